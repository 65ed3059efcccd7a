/**
 * End to end, component by component: <ledger-explorer> and <night-replay> in Chromium, mounted
 * on a harness page (test/e2e/harness.html) built with the app for the run (shared-browser.setup.ts). The ledger explorer gets
 * a synthetic ledger of 2,000,000 entries generated in the page (and a real run's ledger); the
 * night replay gets results computed here in Node. Screenshots (1280x800) go to
 * artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runSimulation, simulate, type ScenarioInput, type SimulationResult } from '../../src/core/index.ts';
import { ledgerRows } from '../../src/core/inspect/ledger-rows.ts';
import { findPreset } from '../../src/content/presets/index.ts';
import { smallCity } from '../helpers.ts';
import { SCREENSHOTS, type TestBrowser } from './browser-session.ts';
import { sharedSession } from './shared-session.ts';
import { chromiumPath } from './chromium.ts';
const TWO_MILLION = 2_000_000;

/** The classroom city with the online results released ten hours after the close (after all paper), then one recount. */
function lateClassroom(seed: string): SimulationResult {
  return runSimulation({ ...findPreset('classroom')!, release: { onlineDelayHours: 10, onlineReleases: 2 } }, { seed });
}

/** The moscow-2021 city at 1/40 of its size: the same 15 districts and leads, in half a second. */
function smallMoscow(seed: string): SimulationResult {
  const moscow = findPreset('moscow-2021')!;
  const districts = moscow.districts!.map((d) => ({ ...d, registered: Math.round(d.registered! / 40) }));
  return runSimulation({ ...moscow, districts }, { seed });
}

const INJECTED: ScenarioInput = smallCity({
  verifiability: { ledger: 'public', revoteResolution: 'public', checkpointEveryHours: 6, checkpointAtClose: true },
  adversary: { attacks: [{ kind: 'inject-revotes', size: 50, beneficiary: 'unity' }] },
});

describe.skipIf(!chromiumPath())('components in Chromium', () => {
  let session: TestBrowser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    // The shared server pre-bundles what the harness imports too (shared-browser.setup.ts), so that no late discovery reloads the page under a test.
    session = await sharedSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  async function open(): Promise<Page> {
    // A browser far from Moscow: what the components show must not depend on the machine's zone.
    ({ page, errors: pageErrors } = await session.newPage({ timezoneId: 'America/Los_Angeles' }));
    await page.goto(new URL('/test/e2e/harness.html', session.baseUrl).toString());
    await page.locator('body[data-ready="true"]').waitFor();
    return page;
  }

  afterEach(async () => {
    await page?.close();
    expect(pageErrors).toEqual([]);
  });

  async function screenshot(p: Page, name: string): Promise<void> {
    await p.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }

  /** The visible range the explorer reports. */
  async function visible(p: Page): Promise<{ first: number; last: number }> {
    const range = p.locator('[data-testid="visible-range"]');
    return { first: Number(await range.getAttribute('data-first')), last: Number(await range.getAttribute('data-last')) };
  }

  /** The visible range once scrolling has stopped (wheel and Page Down scroll smoothly, over several frames). */
  async function settled(p: Page): Promise<{ first: number; last: number }> {
    let previous = await visible(p);
    for (let i = 0; i < 50; i++) {
      await p.waitForTimeout(150);
      const now = await visible(p);
      if (now.first === previous.first && now.last === previous.last) return now;
      previous = now;
    }
    throw new Error('the list kept scrolling');
  }

  /** Row elements in the explorer's DOM (loaded rows and placeholders). */
  function rowsInDom(p: Page): Promise<number> {
    return p.evaluate(() => window.harness.ledger().renderedRows);
  }

  const loadedRow = (p: Page, index: number) => p.locator(`[data-testid="ledger-row"][data-index="${index}"]`);

  describe('<ledger-explorer>', () => {
    it('jumps through 2,000,000 entries, scrolls by wheel and keyboard, and keeps the DOM small', async () => {
      const p = await open();
      await p.evaluate((count) => {
        window.harness.mountLedger({ count, chainStatus: { status: 'passed', what: 'The chain of 2,000,000 entries was recomputed.', detail: 'It matches all 20 checkpoints.' } });
      }, TWO_MILLION);
      await loadedRow(p, 0).waitFor();
      expect(await p.locator('[data-testid="chain-status"]').getAttribute('data-status')).toBe('passed');
      expect(await p.locator('[data-testid="chain-status"]').innerText()).toContain('Chain walk passed');
      // Entry 0 chains from 64 zeros; every later loaded row from the one above it.
      expect(await loadedRow(p, 0).locator('[data-testid="prev-link"]').getAttribute('data-link')).toBe('ok');
      expect(await loadedRow(p, 1).locator('[data-testid="prev-link"]').getAttribute('data-link')).toBe('ok');
      expect(await p.locator('[data-testid="visible-range"]').innerText()).toContain('of 2,000,000');

      // Jump by typing: the row is rendered, at the top, chained to its loaded neighbour.
      const started = Date.now();
      await p.locator('[data-testid="jump-input"]').fill('1500000');
      await p.locator('[data-testid="jump-input"]').press('Enter');
      await loadedRow(p, 1_500_000).waitFor();
      const typedJumpMs = Date.now() - started;
      await expect.poll(async () => (await visible(p)).first).toBe(1_500_000);
      const row = loadedRow(p, 1_500_000);
      expect(await row.innerText()).toContain('1,500,000');
      await loadedRow(p, 1_500_001).waitFor();
      expect(await loadedRow(p, 1_500_001).locator('[data-testid="prev-link"]').getAttribute('data-link')).toBe('ok');
      const inWindow = Number(await p.locator('[data-testid="ledger-scroller"]').getAttribute('data-window-size'));
      expect(inWindow).toBeLessThanOrEqual(100_000);
      const afterJump = await rowsInDom(p);
      expect(afterJump).toBeLessThan(1000);
      expect(afterJump).toBeGreaterThan(5);

      // The same measured inside the page, from the call to the rendered row.
      const jumpMs = await p.evaluate(async (target) => {
        const el = window.harness.ledger();
        const t0 = performance.now();
        void el.jumpTo(target);
        const root = el.shadowRoot!;
        while (!root.querySelector(`[data-testid="ledger-row"][data-index="${target}"]`)) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      }, 1_234_567);
      await expect.poll(async () => (await visible(p)).first).toBe(1_234_567);

      // Mouse wheel: later entries come into view and load.
      const box = (await p.locator('[data-testid="ledger-scroller"]').boundingBox())!;
      await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const before = (await visible(p)).first;
      for (let i = 0; i < 4; i++) await p.mouse.wheel(0, 1500);
      await expect.poll(async () => (await visible(p)).first).toBeGreaterThan(before + 100);
      const wheeled = await settled(p);
      await loadedRow(p, wheeled.last).waitFor();

      // Keyboard: Page Down in the list, then the arrow keys from row to row.
      await p.locator('[data-testid="ledger-scroller"]').focus();
      for (let i = 0; i < 3; i++) await p.keyboard.press('PageDown');
      await expect.poll(async () => (await visible(p)).first).toBeGreaterThan(wheeled.first + 15);
      const paged = await settled(p);
      await loadedRow(p, paged.first).focus();
      for (let i = 0; i < 25; i++) await p.keyboard.press('ArrowDown');
      const focused = await p.evaluate(() => (window.harness.ledger().shadowRoot!.activeElement as HTMLElement | null)?.dataset.index);
      expect(Number(focused)).toBe(paged.first + 25);
      await expect.poll(() => p.locator('[data-testid="inspector"]').getAttribute('data-index')).toBe(String(paged.first + 25));
      expect(await p.locator('[data-testid="inspector-hash"]').innerText()).toMatch(/^[0-9a-f]{64}$/);

      const rendered = await rowsInDom(p);
      expect(rendered).toBeLessThan(1000);
      const stats = await p.evaluate(() => {
        const el = window.harness.ledger();
        const source = el.source as ReturnType<typeof window.harness.syntheticSource>;
        return { requests: source.requests.length, cached: el.cachedEntries, pageSize: el.pageSize, cachePages: el.cachePages };
      });
      // Pages are fetched on demand and a bounded number kept: a few dozen requests, not thousands.
      expect(stats.requests).toBeLessThan(60);
      expect(stats.cached).toBeLessThanOrEqual(stats.pageSize * stats.cachePages);
      console.log(
        `ledger-explorer, 2,000,000 entries: ${rendered} rows in the DOM; jump to 1,500,000 by typing ${typedJumpMs} ms ` +
          `(Playwright round trips included), jumpTo(1,234,567) to rendered row ${jumpMs.toFixed(0)} ms; ` +
          `${stats.requests} page requests, ${stats.cached} entries cached`,
      );
    });

    it('moves its window past the edge, reaches the last entry, and marks checkpoints and teacher fields', async () => {
      const p = await open();
      await p.evaluate((count) => {
        window.harness.mountLedger({ count, teacher: true, chainStatus: { status: 'passed', detail: 'The chain matches all 20 checkpoints.' } });
      }, TWO_MILLION);
      await loadedRow(p, 0).waitFor();
      await p.evaluate(() => window.harness.ledger().jumpTo(1_500_000));
      await loadedRow(p, 1_500_000).waitFor();
      const scroller = p.locator('[data-testid="ledger-scroller"]');
      const start = Number(await scroller.getAttribute('data-window-start'));
      expect(start).toBeLessThan(1_500_000);
      expect(start + 100_000).toBeGreaterThan(1_500_000);

      // Scroll to the end of the window: it moves on, keeping those entries in view, and scrolling continues past the old end.
      await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight - el.clientHeight - 400));
      await expect.poll(async () => Number(await scroller.getAttribute('data-window-start'))).toBeGreaterThan(start);
      const moved = await settled(p);
      expect(moved.first).toBeGreaterThan(start + 90_000);
      await loadedRow(p, moved.first).waitFor();
      const box = (await scroller.boundingBox())!;
      await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 40 && (await visible(p)).last <= start + 100_000; i++) await p.mouse.wheel(0, 4000);
      await expect.poll(async () => (await visible(p)).last).toBeGreaterThan(start + 100_000);

      // The last entry.
      await p.locator('[data-testid="jump-input"]').fill(String(TWO_MILLION - 1));
      await p.locator('[data-testid="jump-button"]').click();
      await loadedRow(p, TWO_MILLION - 1).waitFor();
      await expect.poll(async () => (await visible(p)).last).toBe(TWO_MILLION - 1);
      // A number out of range is refused in words.
      await p.locator('[data-testid="jump-input"]').fill(String(TWO_MILLION));
      await p.locator('[data-testid="jump-button"]').click();
      await expect.poll(() => p.locator('[role="alert"]').innerText()).toContain('from 0 to 1,999,999');

      // Checkpoint 15 covers entries 0..1,499,999; entry 1,500,007 is an injected re-vote that supersedes 1,500,006.
      await p.locator('[data-testid="jump-input"]').fill('1499997');
      await p.locator('[data-testid="jump-input"]').press('Enter');
      await loadedRow(p, 1_500_007).waitFor();
      const band = p.locator('[data-testid="checkpoint"][data-number="15"]');
      expect(await band.getAttribute('data-after')).toBe('1499999');
      expect(await band.innerText()).toContain('Checkpoint 15');
      const injected = loadedRow(p, 1_500_007);
      expect(await injected.getAttribute('data-touched')).toBe('true');
      expect(await injected.locator('[data-testid="teacher-tag"]').innerText()).toBe('INJECTED');
      expect(await loadedRow(p, 1_500_006).innerText()).toContain('superseded');
      expect(await loadedRow(p, 1_500_005).getAttribute('data-touched')).toBe('false');
      // Point at a row: the inspector shows its full hash, and the row above's hash lights up as the one it links to.
      await loadedRow(p, 1_500_001).hover();
      await expect.poll(() => p.locator('[data-testid="inspector"]').getAttribute('data-index')).toBe('1500001');
      expect(await loadedRow(p, 1_500_000).locator('[data-testid="hash"]').getAttribute('class')).toContain('linked');
      await loadedRow(p, 1_499_997).hover();
      await screenshot(p, 'ledger-explorer');

      // Teacher view off: no teacher column, no highlight.
      await p.evaluate(() => (window.harness.ledger().teacher = false));
      await expect.poll(() => p.locator('[data-testid="teacher-tag"]').count()).toBe(0);
      expect(await loadedRow(p, 1_500_007).getAttribute('data-touched')).toBe('false');
      expect(await rowsInDom(p)).toBeLessThan(1000);
    });

    it('shows a real run’s published ledger: the hashes computed in Node, injected re-votes in the teacher view', async () => {
      const seed = 'e2e-ledger';
      const run = simulate(INJECTED, { seed });
      const count = run.integrity.published.count;
      const all = ledgerRows(run, 0, count, true);
      const firstInjected = all.find((r) => r.teacher!.origin === 'injected re-vote')!;
      const lastCheckpoint = run.integrity.record.checkpoints.at(-1)!;

      const p = await open();
      const mounted = await p.evaluate(({ input, seed }) => window.harness.mountRealLedger(input, seed, true), { input: INJECTED, seed });
      expect(mounted.count).toBe(count);
      await loadedRow(p, 0).waitFor();
      expect(await loadedRow(p, 0).locator('[data-testid="hash"]').getAttribute('title')).toContain(all[0].hash);
      expect(await p.locator('[data-testid="chain-status"]').getAttribute('data-status')).toBe(run.result.evidence.find((e) => e.check === 'chain-walk')!.status);

      await p.locator('[data-testid="jump-input"]').fill(String(firstInjected.index));
      await p.locator('[data-testid="jump-input"]').press('Enter');
      const row = loadedRow(p, firstInjected.index);
      await row.waitFor();
      expect(await row.getAttribute('data-touched')).toBe('true');
      expect(await row.locator('[data-testid="teacher-tag"]').innerText()).toBe('INJECTED');
      expect(await row.innerText()).toContain(firstInjected.choice);
      expect(await row.locator('[data-testid="hash"]').getAttribute('title')).toContain(firstInjected.hash);
      expect(await row.locator('[data-testid="prev-link"]').getAttribute('data-link')).toMatch(/ok|unknown/);

      await p.evaluate((i) => window.harness.ledger().jumpTo(i), lastCheckpoint.count - 1);
      const band = p.locator(`[data-testid="checkpoint"][data-number="${run.integrity.record.checkpoints.length}"]`);
      await band.waitFor();
      expect(await band.getAttribute('data-after')).toBe(String(lastCheckpoint.count - 1));
      expect(await band.innerText()).toContain('Its signed head is the hash');
      await screenshot(p, 'ledger-explorer-real');
    });
  });

  describe('<night-replay>', () => {
    const seed = 'e2e-replay';
    const result = lateClassroom(seed);
    const steps = result.timeline.steps;
    const online = steps.findIndex((s) => s.kind === 'online');

    const shownStep = async (p: Page) => Number(await p.locator('[data-testid="replay-now"]').getAttribute('data-step'));
    const leaderOf = (p: Page, districtId: number) => p.locator(`[data-testid="replay-row"][data-district-id="${districtId}"]`).getAttribute('data-leader');

    it('replays the classroom night: paper leaders first, reversed leads once the online results are out', async () => {
      expect(online).toBeGreaterThan(0);
      const flipping = result.districts.filter((d) => d.flipped);
      expect(flipping.length).toBeGreaterThan(0);

      const p = await open();
      await p.evaluate((r) => {
        window.harness.mountReplay(r);
      }, result);
      await p.locator('[data-testid="margin-chart"] svg').first().waitFor();
      // It opens with every paper protocol in, just before the online release.
      expect(await shownStep(p)).toBe(online - 1);
      expect(await p.locator('[data-testid="replay-time"]').innerText()).toContain(steps[online - 1].local);

      // To the end: every district shows its published winner, and the chart has one line per district.
      await p.click('[data-testid="replay-end"]');
      await expect.poll(() => shownStep(p)).toBe(steps.length - 1);
      for (const d of result.districts) expect(await leaderOf(p, d.id)).toBe(d.publishedWinner);
      const lines = p.locator('[data-testid="margin-chart"] g[aria-description="district lead"] path');
      await expect.poll(() => lines.count()).toBe(result.districts.length);
      expect(await p.locator('[data-testid="margin-chart"] h2').innerText()).toContain('Who leads each district');

      // The step before the online release (all paper in): the paper leader leads every district.
      await p.locator('[data-testid="replay-slider"]').fill(String(online - 1));
      await expect.poll(() => shownStep(p)).toBe(online - 1);
      for (const d of result.districts) expect(await leaderOf(p, d.id)).toBe(d.paperLeader);
      expect(await p.locator('[data-testid="reversed"]').count()).toBe(0);

      // "Next online release": the flipping districts now show the published winner, marked as reversed.
      await p.click('[data-testid="replay-next-online"]');
      await expect.poll(() => shownStep(p)).toBe(online);
      expect(await p.locator('[data-testid="replay-kind"]').innerText()).toMatch(/online release/i);
      expect(await p.locator('[data-testid="replay-time"]').innerText()).toContain(steps[online].local);
      expect(await p.locator('[data-testid="replay-label"]').innerText()).toBe(steps[online].label);
      for (const d of flipping) {
        expect(await leaderOf(p, d.id)).toBe(d.publishedWinner);
        expect(await p.locator(`[data-testid="replay-row"][data-district-id="${d.id}"] [data-testid="reversed"]`).count()).toBe(1);
      }
      expect(await p.locator('[data-testid="reversed"]').count()).toBe(flipping.length);

      // The slider works from the keyboard.
      await p.locator('[data-testid="replay-slider"]').focus();
      await p.keyboard.press('Home');
      await expect.poll(() => shownStep(p)).toBe(0);
      await p.keyboard.press('ArrowRight');
      await p.keyboard.press('ArrowRight');
      await expect.poll(() => shownStep(p)).toBe(2);
      await p.click('[data-testid="replay-back"]');
      await expect.poll(() => shownStep(p)).toBe(1);
      await p.click('[data-testid="replay-forward"]');
      await expect.poll(() => shownStep(p)).toBe(2);

      // Play the whole night in 4 s, then pause.
      await p.selectOption('[data-testid="replay-speed"]', '4');
      await p.click('[data-testid="replay-play"]');
      expect(await p.locator('[data-testid="replay-play"]').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => shownStep(p)).toBeGreaterThan(4);
      await p.click('[data-testid="replay-play"]');
      expect(await p.locator('[data-testid="replay-play"]').getAttribute('aria-pressed')).toBe('false');
      const paused = await shownStep(p);
      await p.waitForTimeout(400);
      expect(await shownStep(p)).toBe(paused);
    });

    it('shows the fifteen Moscow districts reversing at the online release', async () => {
      const moscow = smallMoscow('e2e');
      expect(moscow.districts).toHaveLength(15);
      expect(moscow.totals.flips).toBeGreaterThan(5);
      const first = moscow.timeline.steps.findIndex((s) => s.kind === 'online');
      const p = await open();
      await p.evaluate((r) => {
        window.harness.mountReplay(r);
      }, moscow);
      await p.locator('[data-testid="margin-chart"] svg').first().waitFor();
      await p.click('[data-testid="replay-next-online"]');
      await expect.poll(() => shownStep(p)).toBe(first);
      const lines = p.locator('[data-testid="margin-chart"] g[aria-description="district lead"] path');
      await expect.poll(() => lines.count()).toBe(15);
      expect(await p.locator('[data-testid="reversed"]').count()).toBe(moscow.totals.flips);
      expect(await p.locator('[data-testid="replay-row"]').count()).toBe(15);
      // Local Moscow time, whatever the browser's zone: the clock, and the axis (midnight is 20 September in Moscow).
      expect(await p.locator('[data-testid="replay-time"]').innerText()).toContain(`${moscow.timeline.steps[first].local} MSK`);
      const ticks = await p.locator('[data-testid="margin-chart"] g[aria-label="x-axis tick label"] text').evaluateAll((texts) => texts.map((t) => t.textContent));
      expect(ticks).toContain('20 Sep');
      expect(ticks).toContain('12:00');
      await screenshot(p, 'night-replay');
      await p.click('[data-testid="replay-end"]');
      for (const d of moscow.districts) expect(await leaderOf(p, d.id)).toBe(d.publishedWinner);
    });

    it('replays a night without online results, and a city of one district', async () => {
      const paperOnly = runSimulation({ ...findPreset('classroom')!, online: { enabled: false } }, { seed: 'e2e-paper' });
      expect(paperOnly.timeline.steps.every((s) => s.kind === 'paper')).toBe(true);
      const single = runSimulation(smallCity({ districts: [{ id: 7, name: 'Lakeside', registered: 4000 }] }), { seed: 'e2e-one' });
      expect(single.districts).toHaveLength(1);

      const p = await open();
      await p.evaluate((r) => {
        window.harness.mountReplay(r);
      }, paperOnly);
      await p.locator('[data-testid="margin-chart"] svg').first().waitFor();
      expect(await p.locator('[data-testid="no-online"]').count()).toBe(1);
      expect(await p.locator('[data-testid="replay-next-online"]').isDisabled()).toBe(true);
      // With nothing released online, the night opens at its end: every protocol in.
      expect(await shownStep(p)).toBe(paperOnly.timeline.steps.length - 1);
      expect(await p.locator('[data-testid="replay-end"]').isDisabled()).toBe(true);
      for (const d of paperOnly.districts) expect(await leaderOf(p, d.id)).toBe(d.paperLeader);
      await expect.poll(() => p.locator('[data-testid="margin-chart"] g[aria-description="district lead"] path').count()).toBe(paperOnly.districts.length);

      await p.evaluate((r) => {
        window.harness.mountReplay(r);
      }, single);
      await p.locator('[data-testid="margin-chart"] svg').first().waitFor();
      await p.click('[data-testid="replay-end"]');
      await expect.poll(() => shownStep(p)).toBe(single.timeline.steps.length - 1);
      expect(await p.locator('[data-testid="replay-row"]').count()).toBe(1);
      expect(await leaderOf(p, 7)).toBe(single.districts[0].publishedWinner);
      await expect.poll(() => p.locator('[data-testid="margin-chart"] g[aria-description="district lead"] path').count()).toBe(1);
    });
  });
});
