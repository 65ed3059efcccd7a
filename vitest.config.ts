import { defineConfig } from 'vitest/config';

// Two projects: the engine/CLI tests in Node, and end-to-end tests that drive Debian's Chromium
// through playwright-core against a Vite server (skipped, with a note, where Chromium is missing).
export default defineConfig({
  test: {
    globalSetup: ['test/e2e/browser-notice.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
