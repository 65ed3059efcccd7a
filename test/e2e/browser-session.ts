/**
 * The browser bench's session: a Vite dev server on a free port serving the project, and Debian's
 * Chromium driven by playwright-core (the end-to-end tests share one of each for the whole run
 * instead: shared-browser.setup.ts, shared-session.ts). Pages opened through
 * the session record every uncaught error and console error, so that a test can assert there were none.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the end-to-end tests write their screenshots. */
export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
/** The viewport of every screenshot. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

export interface SessionOptions {
  /** A dependency cache of its own (instead of node_modules/.vite), so that other runs cannot interfere. */
  readonly cacheDir?: string;
  /** The dev server's crawl entries for pre-bundling (instead of the ones in vite.config.ts). */
  readonly optimizeEntries?: readonly string[];
}

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

/** A browser and the Vite server this session started for it. */
export interface BrowserSession extends TestBrowser {
  readonly server: ViteDevServer;
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

/** Starts the Vite dev server and Chromium (the caller checks `chromiumPath()` first). */
export async function startSession(options: SessionOptions = {}): Promise<BrowserSession> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
    ...(options.optimizeEntries === undefined ? {} : { optimizeDeps: { entries: [...options.optimizeEntries] } }),
    // No file watching or HMR: edits made while the tests run must not reload the page under them.
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  });
  let browser: Browser | undefined;
  try {
    await server.listen();
    const baseUrl = server.resolvedUrls?.local[0];
    if (!baseUrl) throw new Error('the Vite server did not report its address');
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    const launched = browser;
    const session = recordingSession(baseUrl, launched, async () => {
      await launched.close();
      await server.close();
    });
    return { ...session, server };
  } catch (err) {
    await browser?.close();
    await server.close();
    throw err;
  }
}
