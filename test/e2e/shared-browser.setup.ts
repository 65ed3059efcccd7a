/**
 * Vitest global setup of the projects that drive Chromium: the app built once for the whole run and
 * served statically, shared by every browser test file (test/e2e/shared-session.ts opens its own
 * Chromium on it). The build holds the sandbox, the phone page and the two component harnesses.
 *
 * Why a build and not the dev server: a page opened on the dev server fetches and parses every module
 * of the app and of its workers one by one, about 5 s of the machine's CPU and 3 s of wall time on
 * two cores, where the built page takes 2 s and 1.3 s; each of the 54 browser tests opens one or more.
 * It is also what users get. `vite build` of the four pages takes about 3 s. (Chromium is not shared:
 * a browser reached through `chromium.connect` cannot hand a download's path to the test.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { ROOT } from './browser-session.ts';
import { chromiumPath } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app's address, or '' where Chromium is missing (the browser tests skip). */
    e2eBaseUrl: string;
  }
}

/** The pages the browser tests open, by their path from the root (the build keeps the paths). */
const PAGES = {
  main: 'index.html',
  phone: 'phone.html',
  harness: 'test/e2e/harness.html',
  editor: 'test/e2e/editor-harness.html',
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!chromiumPath()) {
    project.provide('e2eBaseUrl', '');
    return async () => {};
  }
  const outDir = mkdtempSync(join(tmpdir(), 'tally-e2e-dist-'));
  const configFile = join(ROOT, 'vite.config.ts');
  const removeBuild = () => rmSync(outDir, { recursive: true, force: true });
  try {
    await build({
      root: ROOT,
      configFile,
      logLevel: 'error',
      // No source maps: nothing reads them, and they are most of the build's time and size.
      build: { outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input: Object.fromEntries(Object.entries(PAGES).map(([k, v]) => [k, join(ROOT, v)])) } },
    });
  } catch (err) {
    removeBuild();
    throw err;
  }
  const server = await preview({ root: ROOT, configFile, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false } });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) {
    await server.close();
    removeBuild();
    throw new Error('vite preview did not report its address');
  }
  project.provide('e2eBaseUrl', baseUrl);
  return async () => {
    await server.close();
    removeBuild();
  };
}
