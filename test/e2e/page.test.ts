/**
 * End to end: the real page in Chromium, served by a Vite dev server, running the engine in its
 * web worker. Checks that the browser shows exactly what the engine computes in Node for the same
 * preset and seed, that progress shows during a long run, that a new run supersedes a running one,
 * and that a bad link falls back instead of leaving a blank page. Screenshots (1280x800) go to
 * artifacts/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runSimulation, type SimulationResult } from '../../src/core/index.ts';
import { findPreset } from '../../simulations/presets/index.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };

const count = new Intl.NumberFormat('en-US');

/** What a row of the table says, read from its cells' text and its data attributes. */
interface ShownRow {
  readonly id: string;
  readonly name: string;
  readonly cells: Record<string, string>;
  readonly data: Record<string, string>;
  readonly flippedMarker: string | null;
}

function expectedFor(name: string, seed: string): SimulationResult {
  const preset = findPreset(name);
  if (!preset) throw new Error(`no preset ${name}`);
  return runSimulation(preset, { seed });
}

describe.skipIf(!chromiumPath())('the page in Chromium', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let baseUrl: string;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await createServer({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      clearScreen: false,
      // No file watching or HMR: edits made while the tests run must not reload the page under them.
      server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    });
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the Vite server did not report its address');
    baseUrl = url;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page at 1280x800 that records every uncaught error and console error. */
  async function open(path: string): Promise<Page> {
    page = await browser.newPage({ viewport: VIEWPORT });
    pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
    await page.goto(new URL(path, baseUrl).toString());
    await page.locator('tally-app h1').waitFor();
    return page;
  }

  afterEach(async () => {
    await page?.close();
    expect(pageErrors).toEqual([]);
  });

  /** Waits for the table of the run of `preset` with `seed` (not merely any table). */
  async function waitForTable(p: Page, preset: string, seed: string): Promise<void> {
    await p.locator(`[data-testid="district-table"][data-scenario="${preset}"][data-seed="${seed}"]`).waitFor();
  }

  async function shownRows(p: Page): Promise<ShownRow[]> {
    return p.locator('[data-testid="district-row"]').evaluateAll((rows) =>
      rows.map((tr) => {
        const cells: Record<string, string> = {};
        for (const td of tr.querySelectorAll<HTMLElement>('[data-col]')) cells[td.dataset.col!] = td.innerText.trim();
        return {
          id: (tr as HTMLElement).dataset.districtId!,
          name: tr.querySelector('[data-col="district-name"]')!.textContent!.trim(),
          cells,
          data: { ...(tr as HTMLElement).dataset } as Record<string, string>,
          flippedMarker: tr.querySelector('[data-testid="flipped"]')?.textContent?.trim() ?? null,
        };
      }),
    );
  }

  async function totalText(p: Page, testid: string): Promise<string> {
    return (await p.locator(`[data-testid="${testid}"]`).innerText()).trim();
  }

  async function screenshot(p: Page, name: string, fullPage = false): Promise<void> {
    await p.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
  }

  it('shows the classroom run exactly as the engine computes it in Node', async () => {
    const seed = 'e2e-classroom';
    const p = await open('/');
    await p.selectOption('[data-testid="preset-select"]', 'classroom');
    await p.fill('[data-testid="seed-input"]', seed);
    await p.click('[data-testid="run-button"]');
    await waitForTable(p, 'classroom', seed);

    const expected = expectedFor('classroom', seed);
    const rows = await shownRows(p);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.id)).toEqual(expected.districts.map((d) => String(d.id)));
    for (const [i, d] of expected.districts.entries()) {
      const row = rows[i];
      const leader = d.candidates.findIndex((c) => c.id === d.paperLeader);
      const winner = d.candidates.findIndex((c) => c.id === d.publishedWinner);
      expect(row.name).toBe(d.name);
      expect(row.data.published).toBe(d.published.join(','));
      expect(row.data.paper).toBe(d.paper.join(','));
      expect(row.cells.registered).toBe(count.format(d.registered));
      expect(row.cells['paper-leader']).toContain(d.candidates[leader].name);
      expect(row.cells['paper-votes']).toBe(count.format(d.paper[leader]));
      expect(row.cells['published-winner']).toContain(d.candidates[winner].name);
      expect(row.cells['published-votes']).toBe(count.format(d.published[winner]));
      expect(row.cells['online-counted']).toBe(count.format(d.onlineCounted));
      expect(row.cells.revoters).toBe(count.format(d.revoters));
      expect(row.data.flipped).toBe(String(d.flipped));
      expect(row.flippedMarker).toBe(d.flipped ? '⇄ Flipped' : null);
    }

    const t = expected.totals;
    expect(await totalText(p, 'total-registered')).toBe(count.format(t.registered));
    expect(await totalText(p, 'total-turnout')).toBe(`${(t.turnoutRate * 100).toFixed(1)} %`);
    expect(await totalText(p, 'total-paper')).toBe(count.format(t.paperBallots));
    expect(await totalText(p, 'total-online')).toBe(`${count.format(t.onlineCast)} / ${count.format(t.onlineCounted)}`);
    expect(await totalText(p, 'total-revoters')).toBe(count.format(t.revoters));
    expect(await totalText(p, 'total-flips')).toBe(`${t.flips} of 5`);

    const url = new URL(p.url());
    expect(url.searchParams.get('preset')).toBe('classroom');
    expect(url.searchParams.get('seed')).toBe(seed);
    await screenshot(p, 'classroom');
  });

  it('runs moscow-2021 with a progress bar, and its link reproduces the run', async () => {
    const p = await open('/');
    await p.selectOption('[data-testid="preset-select"]', 'moscow-2021');
    await p.fill('[data-testid="seed-input"]', '');
    // Record, from inside the page, whether a progress bar showed up and which stages it named.
    await p.evaluate(() => {
      const root = document.querySelector('tally-app')!.shadowRoot!;
      const seen = { progress: false, stages: [] as string[] };
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      const look = () => {
        if (!root.querySelector('progress[data-testid="progress"]')) return;
        seen.progress = true;
        const stage = root.querySelector('[data-testid="progress-stage"]')?.textContent?.trim();
        if (stage && !seen.stages.includes(stage)) seen.stages.push(stage);
      };
      new MutationObserver(look).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await p.click('[data-testid="run-button"]');
    await waitForTable(p, 'moscow-2021', '2021');

    const seen = await p.evaluate(() => (window as unknown as { progressSeen: { progress: boolean; stages: string[] } }).progressSeen);
    expect(seen.progress).toBe(true);
    expect(seen.stages.some((s) => /electorate|casting|counting/i.test(s))).toBe(true);
    await expect.poll(() => p.locator('[data-testid="progress"]').count()).toBe(0);

    const expected = expectedFor('moscow-2021', '2021');
    const rows = await shownRows(p);
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => r.data.published)).toEqual(expected.districts.map((d) => d.published.join(',')));
    expect(rows.filter((r) => r.flippedMarker !== null)).toHaveLength(expected.totals.flips);
    expect(await totalText(p, 'total-registered')).toBe(count.format(expected.totals.registered));
    await screenshot(p, 'moscow-2021');
    await screenshot(p, 'moscow-2021-full', true);

    // The address now names the run; opening it shows that preset and seed, ready to run again.
    const link = new URL(p.url());
    expect(link.searchParams.get('preset')).toBe('moscow-2021');
    expect(link.searchParams.get('seed')).toBe('2021');
    await p.goto(link.toString());
    await expect.poll(() => p.locator('[data-testid="preset-select"]').inputValue()).toBe('moscow-2021');
    expect(await p.locator('[data-testid="seed-input"]').inputValue()).toBe('2021');
  });

  it('a new run supersedes one that is still going', async () => {
    const p = await open('/?preset=moscow-2021&seed=slow');
    await p.click('[data-testid="run-button"]');
    await p.locator('[data-testid="progress"]').waitFor();
    await p.selectOption('[data-testid="preset-select"]', 'classroom');
    await p.fill('[data-testid="seed-input"]', 'fast');
    await p.click('[data-testid="run-button"]');
    await waitForTable(p, 'classroom', 'fast');
    expect(await p.locator('[data-testid="district-row"]').count()).toBe(5);
    const expected = expectedFor('classroom', 'fast');
    expect(await totalText(p, 'total-registered')).toBe(count.format(expected.totals.registered));
    expect(new URL(p.url()).searchParams.get('preset')).toBe('classroom');
  });

  it('explains an unknown preset in the link and falls back to classroom', async () => {
    const p = await open('/?preset=nope');
    const error = p.locator('[data-testid="error"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/no scenario called “nope”/);
    expect(await p.locator('[data-testid="preset-select"]').inputValue()).toBe('classroom');
    expect(await p.locator('[data-testid="preset-description"]').innerText()).toBe(findPreset('classroom')!.description);
    expect(await p.locator('[data-testid="empty"]').isVisible()).toBe(true);
    await screenshot(p, 'unknown-preset');
  });

  it('reports an invalid seed with its field path instead of running', async () => {
    const p = await open(`/?preset=classroom&seed=${'x'.repeat(65)}`);
    await p.click('[data-testid="run-button"]');
    const error = p.locator('[data-testid="error"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/seed/);
    expect(await p.locator('[data-testid="district-row"]').count()).toBe(0);
  });
});
