import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/longest-first.sequencer.ts';

/**
 * The city-scale cases: full Moscow runs (7.4 million voters, seconds each) in Node or in the page.
 * They are the heavy suite, `npm run test:heavy`, which CI runs after `npm test`; `npm test` leaves
 * them out so that a change is checked in minutes. Why each is here:
 */
const HEAVY = [
  // Four full Moscow runs: honest, rigged, both audited.
  'test/moscow-verdicts.test.ts',
  // Two full moscow-2021 runs against the public figures.
  'test/moscow-calibration.test.ts',
  // Full moscow-2021 and moscow-2021-rigged runs, for their forensic signals.
  'test/forensics-two-cities.test.ts',
  // moscow-2021 and moscow-2021-rigged-audited in the page, and again in Node to compare.
  'test/e2e/page-moscow.test.ts',
];

/** The Chromium-driven files share one build of the app, served once for the run (shared-browser.setup.ts); each file has its own Chromium. */
const BROWSER_SETUP = ['test/e2e/shared-browser.setup.ts'];

// Vitest's default is one worker fewer than the cores: on a 2-core machine, one file at a time. The
// main process mostly waits, and a browser file waits on its page about half the time, so run one
// file more than there are cores (measured on 2 cores: 8 min 24 s against 8 min 52 s with one a
// core). The projects share one worker pool only with the same maxWorkers: the browser files then
// run beside the engine's instead of after them.
const WORKERS = Math.max(2, availableParallelism()) + 1;

// Three projects: the engine/CLI tests in Node; end-to-end tests that drive Debian's Chromium through
// playwright-core against the built app (skipped, with a note, where Chromium is missing); and the
// heavy city-scale files of either kind. `npm test` runs the first two, `npm run test:heavy` the third.
export default defineConfig({
  test: {
    globalSetup: ['test/e2e/browser-notice.ts'],
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', ...HEAVY],
          environment: 'node',
          // One module graph per worker, not per file: importing the engine afresh in every file was a
          // third of the small files' CPU time. No file keeps state that another reads (the files that
          // switch the ledger's SHA-256 or the curve arithmetic to noble switch them back).
          isolate: false,
          // Generous: a timeout catches a hang, not slowness (speed is npm run bench's job), and two
          // workers beside Chromium on two cores give each test well under a core.
          testTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          exclude: HEAVY,
          globalSetup: BROWSER_SETUP,
          environment: 'node',
          // A poll waits for the page to catch up (a re-run after an edit, a chart drawn): on a loaded
          // machine that takes seconds, not the default one.
          expect: { poll: { timeout: 30_000 } },
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'heavy',
          include: HEAVY,
          globalSetup: BROWSER_SETUP,
          environment: 'node',
          expect: { poll: { timeout: 30_000 } },
          testTimeout: 900_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
