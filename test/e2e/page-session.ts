/** Test-file hooks over a browser session (kept apart from browser-session.ts, which the browser bench also loads outside Vitest). */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { TestBrowser } from './browser-session.ts';
import { sharedSession } from './shared-session.ts';

/** How `open` sets a page up: its context (viewport, locale, time zone), and a script run before the app's. */
export interface OpenOptions {
  readonly context?: BrowserContextOptions;
  readonly init?: () => void;
}

/**
 * The hooks most browser test files share: one session (browser and Vite server) for the file, a
 * fresh page per test in a context of its own, closed after it, and no uncaught error or console
 * error on that page. `open(path)` opens the page at `path` and waits for the app's heading.
 */
export function pageSession(): { open(path: string, options?: OpenOptions): Promise<Page>; session(): TestBrowser } {
  let session: TestBrowser | undefined;
  let page: Page | undefined;
  let errors: string[] = [];
  beforeAll(async () => {
    session = await sharedSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
    expect(errors).toEqual([]);
  });
  const current = () => {
    if (!session) throw new Error('the browser session has not started');
    return session;
  };
  return {
    session: current,
    async open(path: string, options: OpenOptions = {}) {
      const opened = await current().newPage(options.context);
      page = opened.page;
      errors = opened.errors;
      if (options.init) await page.addInitScript(options.init);
      await page.goto(new URL(path, current().baseUrl).toString());
      await page.locator('tally-app h1').waitFor();
      return page;
    },
  };
}
