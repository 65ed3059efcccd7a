/**
 * A browser test file's session on the shared Vite server and Chromium that
 * test/e2e/shared-browser.setup.ts starts once per run. Closing it closes only this file's pages.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import { recordingSession, SCREENSHOTS, type TestBrowser } from './browser-session.ts';

/** Connects to the shared browser (the caller checks `chromiumPath()` first). */
export async function sharedSession(): Promise<TestBrowser> {
  const baseUrl = inject('e2eBaseUrl');
  const ws = inject('e2eBrowserWs');
  if (!baseUrl || !ws) throw new Error('no shared browser: run browser tests through a Vitest project whose globalSetup is test/e2e/shared-browser.setup.ts');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.connect(ws);
  return recordingSession(baseUrl, browser, () => browser.close());
}
