/**
 * A browser test file's session: its own Chromium, on the Vite server that
 * test/e2e/shared-browser.setup.ts starts once per run. Closing it closes this Chromium only.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import { recordingSession, SCREENSHOTS, type TestBrowser } from './browser-session.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

/** Launches Chromium against the shared server (the caller checks `chromiumPath()` first). */
export async function sharedSession(): Promise<TestBrowser> {
  const baseUrl = inject('e2eBaseUrl');
  if (!baseUrl) throw new Error('no shared Vite server: run browser tests through a Vitest project whose globalSetup is test/e2e/shared-browser.setup.ts');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  return recordingSession(baseUrl, browser, () => browser.close());
}
