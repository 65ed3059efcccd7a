/**
 * Vitest global setup of the projects that drive Chromium: one Vite dev server for the whole run,
 * shared by every browser test file (test/e2e/shared-session.ts opens its own Chromium on it).
 * Starting it once, instead of once per file, saves its start-up and its transform of the app in
 * every file; and with one server there is one dependency pre-bundling, done before any test, so
 * files can run side by side without racing each other over the dependency cache. (Chromium is not
 * shared: a browser reached through `chromium.connect` cannot hand a download's path to the test.)
 */
import { join } from 'node:path';
import { createServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { ROOT } from './browser-session.ts';
import { chromiumPath } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Vite server's address, or '' where Chromium is missing (the browser tests skip). */
    e2eBaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!chromiumPath()) {
    project.provide('e2eBaseUrl', '');
    return async () => {};
  }
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    // A dependency cache of its own, so that a developer's `npm start` or another run sharing
    // node_modules/.vite cannot interfere; and every page the tests open is a crawl entry (the app,
    // its workers, the component and editor harnesses), so that every dependency is pre-bundled at
    // start, not discovered mid-test (which reloads the page with "504 Outdated Optimize Dep").
    cacheDir: join(ROOT, 'node_modules', '.vite-e2e'),
    optimizeDeps: { entries: ['index.html', 'src/worker/*.worker.ts', 'test/e2e/harness.html', 'test/e2e/editor-harness.html'] },
    // No file watching or HMR: edits made while the tests run must not reload the page under them.
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  });
  await server.listen();
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) {
    await server.close();
    throw new Error('the Vite server did not report its address');
  }
  project.provide('e2eBaseUrl', baseUrl);
  return async () => {
    await server.close();
  };
}
