/**
 * End to end: the "Real data" tab. The real Moscow 2021 online vote (public/data/) beside the shown run's
 * online vote, district by district: both series drawn in both charts, the real Cyrillic candidate names shown in Latin letters as
 * text, and a run without the district (the classroom preset) drawing the real series alone with a note.
 * Screenshot (1280x800): artifacts/screenshots/real-data.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './browser-session.ts';
import { pageSession } from './page-session.ts';
import { chromiumPath } from './chromium.ts';

describe.skipIf(!chromiumPath())('the Real data tab in Chromium', () => {
  const { open } = pageSession();

  /** Waits for the table of the run of `preset` (not merely any table). */
  async function waitForTable(p: Page, preset: string): Promise<void> {
    await p.locator(`[data-testid="district-table"][data-scenario="${preset}"]`).waitFor({ timeout: 90_000 });
  }

  /** How many lines each chart draws (Plot's line marks: one path per series). */
  async function linePaths(p: Page, testid: string): Promise<number> {
    return p.locator(`[data-testid="${testid}"] svg g[aria-description] path`).count();
  }

  it('draws the real and the simulated series of district 197 side by side', async () => {
    const p = await open('/?preset=moscow-2021');
    await waitForTable(p, 'moscow-2021');
    await p.click('[data-testid="tab-real"]');
    await expect.poll(() => p.locator('[data-testid="tab-real"]').getAttribute('aria-selected')).toBe('true');
    const select = p.locator('[data-testid="real-district"]');
    await select.waitFor({ timeout: 30_000 });
    await select.selectOption('197');
    expect(await select.inputValue()).toBe('197');

    // Both series: top 3 + others for the real and for the simulated run; two cumulative lines.
    const share = p.locator('[data-testid="share-chart"]');
    await expect.poll(() => share.getAttribute('data-series'), { timeout: 30_000 }).toBe('8');
    await expect.poll(() => p.locator('[data-testid="cumulative-chart"]').getAttribute('data-series')).toBe('2');
    expect(await p.locator('[data-testid="share-chart"] svg').count()).toBe(1);
    expect(await p.locator('[data-testid="cumulative-chart"] svg').count()).toBe(1);
    expect(await linePaths(p, 'share-chart')).toBeGreaterThanOrEqual(8);
    expect(await linePaths(p, 'cumulative-chart')).toBeGreaterThanOrEqual(2);
    expect(await p.locator('[data-testid="no-district"]').count()).toBe(0);

    // One naming scheme: the real ballot names in Latin letters, as the simulated city writes them; the ballot's Cyrillic in the title.
    const legend = (await p.locator('[data-testid="real-legend"]').innerText()).trim();
    expect(legend).not.toMatch(/[А-Яа-яЁё]/);
    expect(legend.match(/Yevgeny Popov/g)).toHaveLength(2);
    expect(await p.locator('[data-testid="real-legend"] [title*="ПОПОВ"]').count()).toBe(1);
    expect(await p.locator('[data-testid="share-chart"] svg').innerHTML()).toContain('local time (MSK)');
    expect(await p.locator('[data-testid="real-caption"]').innerText()).toMatch(/suggests[\s\S]*superseded[\s\S]*who votes when/);

    await p.locator('[data-testid="tabs"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await p.screenshot({ path: join(SCREENSHOTS, 'real-data.png') });
  });

  it('draws the real series alone, with a note, when the run has no such district', async () => {
    const p = await open('/?preset=classroom');
    await waitForTable(p, 'classroom');
    await p.click('[data-testid="tab-real"]');
    await p.locator('[data-testid="no-district"]').waitFor({ timeout: 30_000 });
    expect(await p.locator('[data-testid="no-district"]').innerText()).toContain(
      'this run has no district 197: choose the moscow-2021 or moscow-2021-rigged preset to compare'.replace(/^t/, 'T'),
    );
    expect(await p.locator('[data-testid="real-district"]').inputValue()).toBe('197');
    expect(await p.locator('[data-testid="share-chart"]').getAttribute('data-series')).toBe('4');
    expect(await p.locator('[data-testid="cumulative-chart"]').getAttribute('data-series')).toBe('1');
    expect(await p.locator('[data-testid="real-legend"]').innerText()).toContain('Popov');
  });
});
