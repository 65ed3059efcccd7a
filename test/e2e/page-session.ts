/** Test-file hooks over a browser session (kept apart from browser-session.ts, which the browser bench also loads outside Vitest). */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { TestBrowser } from './browser-session.ts';
import { sharedSession } from './shared-session.ts';

/**
 * The hooks most browser test files share: one session (browser and Vite server) for the file, a
 * fresh page per test, closed after it, and no uncaught error or console error on that page.
 * `open(path)` opens the page at `path` and waits for the app's heading.
 */
export function pageSession(): { open(path: string): Promise<Page>; session(): TestBrowser } {
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
    async open(path: string) {
      const opened = await current().newPage();
      page = opened.page;
      errors = opened.errors;
      await page.goto(new URL(path, current().baseUrl).toString());
      await page.locator('tally-app h1').waitFor();
      return page;
    },
  };
}
