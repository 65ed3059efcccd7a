/**
 * The browser bench's setup (issue 14 asks for the built app, not the dev server): `vite build` into a
 * scratch folder, that folder served by `vite preview` on 127.0.0.1 at a free port, and Debian's Chromium
 * driven by playwright-core. Pages record their uncaught errors and console errors, as in the tests' session.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/e2e/chromium.ts';
import { ROOT, VIEWPORT } from '../test/e2e/browser-session.ts';

export interface BuiltAppSession {
  readonly baseUrl: string;
  readonly browser: Browser;
  newPage(): Promise<{ readonly page: Page; readonly errors: string[] }>;
  close(): Promise<void>;
}

/** Builds the app, serves the build and starts Chromium (the caller checks `chromiumPath()` first). */
export async function startBuiltAppSession(): Promise<BuiltAppSession> {
  const outDir = mkdtempSync(join(tmpdir(), 'tally-bench-dist-'));
  const configFile = join(ROOT, 'vite.config.ts');
  await build({ root: ROOT, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: ROOT, configFile, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false } });
  let browser: Browser | undefined;
  try {
    const baseUrl = server.resolvedUrls?.local[0];
    if (!baseUrl) throw new Error('vite preview did not report its address');
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    const launched = browser;
    return {
      baseUrl,
      browser: launched,
      async newPage() {
        const page = await launched.newPage({ viewport: VIEWPORT });
        const errors: string[] = [];
        page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
        page.on('console', (msg) => {
          if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
        });
        return { page, errors };
      },
      async close() {
        await launched.close();
        await server.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
    throw err;
  }
}
