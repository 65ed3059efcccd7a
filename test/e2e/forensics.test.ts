/**
 * End to end: the Forensics tab on the classroom preset. The four charts render, and the numbers written on the
 * page are the engine's own forensics of the same scenario and seed, computed here in Node.
 * Screenshot (1280x800): artifacts/screenshots/forensics.png.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forensics, publishedFigures, simulate } from '../../src/core/index.ts';
import { formatPoints } from '../../src/ui/common/format.ts';
import { findPreset } from '../../src/content/presets/index.ts';
import { SCREENSHOTS } from './browser-session.ts';
import { pageSession } from './page-session.ts';
import { chromiumPath } from './chromium.ts';

describe.skipIf(!chromiumPath())('the Forensics tab in Chromium', () => {
  const browser = pageSession();

  it("draws the four charts, with the engine's numbers for the same seed", async () => {
    const p = await browser.open('/?preset=classroom');
    await p.locator('[data-testid="district-table"][data-scenario="classroom"]').waitFor({ timeout: 90_000 });
    await p.click('[data-testid="tab-forensics"]');
    await expect.poll(() => p.locator('[data-testid="tab-forensics"]').getAttribute('aria-selected')).toBe('true');
    await p.locator('[data-testid="forensics-swing-chart"] svg').waitFor({ timeout: 30_000 });
    for (const chart of ['shares', 'gap', 'turnout', 'swing']) {
      expect(await p.locator(`[data-testid="forensics-${chart}-chart"] svg`).count()).toBe(1);
    }

    const report = forensics(publishedFigures(simulate(findPreset('classroom')!)));
    const text = (id: string) => p.locator(`[data-testid="${id}"]`).innerText();
    const check = async (i: number) => {
      const d = report.districts[i];
      expect(await text('swing-unexplained')).toBe(formatPoints(d.swing.unexplained));
      expect(await text('swing-explained')).toBe(formatPoints(d.swing.explained));
      expect(await text('ruling-gap')).toBe(formatPoints(d.gap[report.focusParty.index]));
      expect(await text('turnout-slope')).toBe(d.turnoutFit.slope.toFixed(3).replace('-', '−'));
      expect(await text('leader-drift-change')).toBe(formatPoints(d.leaderDrift.change));
      expect(await p.locator('[data-testid="forensics-turnout-chart"]').getAttribute('data-points')).toBe(String(d.precincts.turnout.length));
      // One dot per precinct in the scatter.
      expect(await p.locator('[data-testid="forensics-turnout-chart"] svg g[aria-description="precincts"] circle').count()).toBe(d.precincts.turnout.length);
    };
    await check(0);
    await p.locator('[data-testid="forensics-district"]').selectOption(String(report.districts[2].id));
    await expect.poll(() => text('swing-unexplained')).toBe(formatPoints(report.districts[2].swing.unexplained));
    await check(2);
    expect(await p.locator('forensics-view .caption').count()).toBe(4);
    for (const caption of await p.locator('forensics-view .caption').allInnerTexts()) expect(caption).toMatch(/Suggests:[\s\S]*Cannot prove/);

    await p.locator('[data-testid="tabs"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await p.screenshot({ path: join(SCREENSHOTS, 'forensics.png') });
  });
});
