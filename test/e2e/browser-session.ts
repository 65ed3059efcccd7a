/**
 * What a browser test file's session is (shared-session.ts starts one on the build that
 * shared-browser.setup.ts serves): Debian's Chromium driven by playwright-core, opening pages that
 * record every uncaught error and console error, so that a test can assert there were none.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the end-to-end tests write their screenshots. */
export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
/** The viewport of every screenshot. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** A page and what went wrong on it: `pageerror: …` and `console: …` lines, as they happen. */
export interface RecordedPage {
  readonly page: Page;
  readonly errors: string[];
}

/** A browser and the address of the app it tests. */
export interface TestBrowser {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A fresh page (at 1280x800 unless the options say otherwise) that records its errors. */
  newPage(options?: BrowserContextOptions): Promise<RecordedPage>;
  close(): Promise<void>;
}

/** `browser` at `baseUrl`, opening pages that record their errors; `close` releases both. */
export function recordingSession(baseUrl: string, browser: Browser, close: () => Promise<void>): TestBrowser {
  return {
    baseUrl,
    browser,
    async newPage(pageOptions: BrowserContextOptions = {}): Promise<RecordedPage> {
      // A context of its own, closed with the page: axe-core's builder refuses a page from browser.newPage().
      const context = await browser.newContext({ viewport: VIEWPORT, ...pageOptions });
      const page = await context.newPage();
      // When the browser shuts down first, the context is already gone: that rejection is expected, and
      // left unhandled it fails the whole run (vitest counts unhandled rejections as errors).
      page.once('close', () => {
        context.close().catch(() => undefined);
      });
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
      return { page, errors };
    },
    close,
  };
}
