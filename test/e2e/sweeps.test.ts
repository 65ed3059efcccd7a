/**
 * End to end: the Sweeps tab. A small version of the shipped sweep (3 seeds a grid point) runs in the
 * page's Web Workers; the table and the charts' points must equal the engine's aggregate of the same
 * sweep computed here in Node, and Cancel must stop a long one. Screenshot: artifacts/screenshots/sweeps.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aggregateSweep, parseSweep, runSweepSeed, type PointSummary, type Sweep } from '../../src/core/index.ts';
import { dotTitle } from '../../src/ui/charts/sweep-chart.ts';
import { formatPercent } from '../../src/ui/common/format.ts';
import { findPreset, presetNames } from '../../src/content/presets/index.ts';
import receiptChecks from '../../src/content/sweeps/receipt-checks.json' with { type: 'json' };
import { SCREENSHOTS, type TestBrowser } from './browser-session.ts';
import { sharedSession } from './shared-session.ts';
import { chromiumPath } from './chromium.ts';

const SEEDS = 3;

describe.skipIf(!chromiumPath())('the Sweeps tab in Chromium', () => {
  let session: TestBrowser;
  let page: Page | undefined;
  let pageErrors: string[] = [];
  let sweep: Sweep;
  let expected: PointSummary[];

  beforeAll(async () => {
    session = await sharedSession();
    sweep = parseSweep({ ...receiptChecks, seeds: { ...receiptChecks.seeds, count: SEEDS } }, findPreset, presetNames);
    expected = aggregateSweep(sweep, Array.from({ length: SEEDS }, (_, s) => runSweepSeed(sweep, s)).flat());
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  afterEach(async () => {
    await page?.close();
    page = undefined;
    expect(pageErrors).toEqual([]);
  });

  async function openSweeps(): Promise<Page> {
    const opened = await session.newPage();
    page = opened.page;
    pageErrors = opened.errors;
    await page.goto(new URL('/', session.baseUrl).toString());
    // The page's own first run shown first, as a user sees it: a tab click during start-up was once lost here.
    await page.locator('[data-testid="lesson-target"][data-ready="true"]').waitFor();
    await page.click('[data-testid="tab-sweeps"]');
    const shown = page;
    await shown.locator('[data-testid="sweep-run"]').waitFor().catch(async (err: Error) => {
      // Say what the page showed instead: which panel, and whether the sweep view was there at all.
      const panel = await shown.locator('section[role="tabpanel"]').getAttribute('data-testid').catch(() => 'no panel');
      const views = await shown.locator('sweep-view').count();
      throw new Error(`${err.message}\nthe page shows ${panel}, with ${views} sweep view(s)`);
    });
    return page;
  }

  it('runs a small sweep and shows the engine’s aggregate in the table and the charts', async () => {
    const p = await openSweeps();
    await p.fill('[data-testid="sweep-seeds"]', String(SEEDS));
    await expect.poll(() => p.locator('[data-testid="sweep-size"]').textContent()).toContain(`20 grid points × ${SEEDS} seeds = ${20 * SEEDS} runs`);
    await p.click('[data-testid="sweep-run"]');
    // Should the table not come, say where the sweep stood (its status line: progress, or the failure).
    await p.locator('[data-testid="sweep-table"]').waitFor({ timeout: 170_000 }).catch(async (err: Error) => {
      const status = await p.locator('[data-testid="sweep-status"]').innerText().catch(() => 'no status line');
      throw new Error(`${err.message}\nthe sweep's status: ${status}`);
    });

    const rows = p.locator('[data-testid="sweep-row"]');
    expect(await rows.count()).toBe(expected.length);
    for (const [i, e] of expected.entries()) {
      const cell = (col: string) => rows.nth(i).locator(`[data-col="${col}"]`).textContent();
      expect(await cell('runs')).toBe(String(SEEDS));
      expect(await cell('detections')).toBe(String(e.detections));
      expect(await cell('rate')).toBe(formatPercent(e.rate));
      expect(await cell('band')).toBe(`${formatPercent(e.low)} – ${formatPercent(e.high)}`);
      expect(await cell('closed')).toBe(formatPercent(e.closedForm!));
    }

    // One chart per attack size; each observed dot's title is that grid point's aggregate.
    const charts = p.locator('[data-testid="sweep-chart"]');
    expect(await charts.count()).toBe(2);
    for (const [c, size] of [25, 100].entries()) {
      expect(await charts.nth(c).getAttribute('data-value')).toBe(String(size));
      const titles = await charts.nth(c).locator('g[aria-description="observed points"] title').allTextContents();
      const want = expected.filter((e) => e.values[1] === size).map((e) => dotTitle(sweep, e));
      expect(titles.sort()).toEqual(want.sort());
      expect(await charts.nth(c).locator('g[aria-description="observed 95 % band"] path').count()).toBe(2);
      expect(await charts.nth(c).locator('g[aria-description="closed form"] path').count()).toBe(2);
    }
    await charts.first().scrollIntoViewIfNeeded();
    await p.screenshot({ path: join(SCREENSHOTS, 'sweeps.png'), fullPage: false });
  }, 200_000);

  it('cancels a running sweep', async () => {
    const p = await openSweeps();
    await p.click('[data-testid="sweep-run"]');
    await p.locator('[data-testid="sweep-cancel"]').click();
    await expect.poll(() => p.locator('[data-testid="sweep-status"]').textContent()).toMatch(/Cancelled after \d+ runs\./);
    expect(await p.locator('[data-testid="sweep-table"]').count()).toBe(0);
    expect(await p.locator('[data-testid="sweep-run"]').isEnabled()).toBe(true);
  }, 60_000);

  it('says what is wrong with the number of seeds', async () => {
    const p = await openSweeps();
    await p.fill('[data-testid="sweep-seeds"]', '0');
    await expect.poll(() => p.locator('[data-testid="sweep-issue"]').textContent()).toBe('seeds.count: must be a positive integer, got 0');
    expect(await p.locator('[data-testid="sweep-run"]').isDisabled()).toBe(true);
  }, 60_000);
});
