/**
 * End to end: the page as a class uses it, at three sizes: a student's phone (390x844), a laptop
 * (1280x800) and a projector (1920x1080, projector mode on), and for fit at the edges (a 360 px phone,
 * a 2560 px projector). On every tab: no sideways page scroll,
 * the verdict in the first screen, and no critical or serious axe-core finding. For each lesson:
 * after "Load the scenario" the verdict is in view, and after "Move it" what changed is in view and
 * has the focus. Then what a student would catch: a failed receipt check that also reassures, and
 * night-chart labels on the wrong side of zero; and a rigged city's description kept from the
 * observer view until Reveal. Screenshots of every tab at every size go to
 * artifacts/screenshots/classroom-<size>-<tab>.png (not committed), for a reviewer to look at.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lessons } from '../../src/content/lessons/index.ts';
import { findPreset } from '../../src/content/presets/index.ts';
import { lessonScenarios } from '../../src/content/lessons/run-lesson.ts';
import { Added, simulate } from '../../src/core/index.ts';
import { SCREENSHOTS } from './browser-session.ts';
import { pageSession } from './page-session.ts';
import { chromiumPath } from './chromium.ts';

interface Size {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly projector: boolean;
}

const SIZES: readonly Size[] = [
  { name: 'phone', width: 390, height: 844, projector: false },
  { name: 'laptop', width: 1280, height: 800, projector: false },
  { name: 'projector', width: 1920, height: 1080, projector: true },
];

/** The edges of what a class brings: the narrowest phone in use, and a 1440p projector. Checked for fit only. */
const EDGE_SIZES: readonly Size[] = [
  { name: 'small phone', width: 360, height: 740, projector: false },
  { name: '1440p projector', width: 2560, height: 1440, projector: true },
];

/** Each tab, and what shows once it has drawn. */
const TABS = [
  { id: 'results', ready: '[data-testid="district-table"][data-scenario]' },
  { id: 'night', ready: '[data-testid="margin-chart"] svg' },
  { id: 'real', ready: '[data-testid="share-chart"] svg, [data-testid="real-failed"]' },
  { id: 'forensics', ready: '[data-testid="forensics-swing-chart"] svg' },
  // The ledger's rows are drawn as they scroll into view: below a phone's first screen there are none yet.
  { id: 'ledger', ready: '[data-testid="ledger-scroller"]' },
  { id: 'voter', ready: '[data-testid="voter-random"]' },
  { id: 'files', ready: '[data-testid="export-result"]' },
  { id: 'sweeps', ready: '[data-testid="sweep-run"]' },
] as const;

/** Whether the element's box overlaps the viewport as it is now. */
async function inView(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  });
}

/** The critical and serious axe-core findings on the page, one line each (rule, and where). */
async function seriousFindings(p: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: p }).analyze();
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.length} × e.g. ${JSON.stringify(v.nodes[0]?.target)} (${v.help})`);
}

const pageWidth = (p: Page) => p.evaluate(() => document.scrollingElement!.scrollWidth);

describe.skipIf(!chromiumPath())('the page in a classroom, phone to projector', () => {
  const browser = pageSession();

  /** The page at `size` (projector mode on where the size says so), once its first results are in. */
  async function open(size: Size, path = '/'): Promise<Page> {
    const projector = () => localStorage.setItem('tally-lab:projector', 'on');
    const opened = await browser.open(path, { context: { viewport: { width: size.width, height: size.height } }, init: size.projector ? projector : undefined });
    await opened.locator('[data-testid="district-table"][data-scenario]').waitFor({ timeout: 60_000 });
    return opened;
  }

  for (const size of SIZES) {
    it(`${size.name}: every tab fits the screen's width, shows the verdict first, and has no serious accessibility finding`, async () => {
      const p = await open(size);
      if (size.projector) expect(await p.locator('tally-app').getAttribute('projector')).toBe('');
      for (const tab of TABS) {
        await p.click(`[data-testid="tab-${tab.id}"]`);
        await p.locator(tab.ready).first().waitFor({ timeout: 60_000 });
        await p.evaluate(() => window.scrollTo(0, 0));
        expect(await pageWidth(p), `${tab.id}: page width`).toBeLessThanOrEqual(size.width);
        expect(await inView(p.locator('[data-testid="run-verdict"]')), `${tab.id}: the verdict`).toBe(true);
        if (tab.id === 'results') {
          expect(await inView(p.locator('[data-testid="verdict-banner"]')), 'the verdict banner').toBe(true);
          expect(await inView(p.locator('[data-testid="totals"]')), 'the headline numbers').toBe(true);
        }
        expect(await seriousFindings(p), `${tab.id}: axe`).toEqual([]);
        await p.screenshot({ path: join(SCREENSHOTS, `classroom-${size.name}-${tab.id}.png`) });
      }
      // The editor: a drawer on the phone, beside the results elsewhere; either way nothing scrolls sideways.
      await p.click('[data-testid="tab-results"]');
      await p.click('[data-testid="editor-toggle"]');
      await p.locator('[data-testid="editor-panel"]').waitFor();
      expect(await pageWidth(p)).toBeLessThanOrEqual(size.width);
      const results = await p.locator('[data-testid="panel-results"]').boundingBox();
      if (size.name !== 'phone') expect(results!.width).toBeGreaterThan(400);
      expect(await seriousFindings(p), 'editor open: axe').toEqual([]);
      await p.screenshot({ path: join(SCREENSHOTS, `classroom-${size.name}-editor.png`) });
      // Nine axe-core passes over the whole page, on two shared cores.
    }, 300_000);
  }

  for (const size of EDGE_SIZES) {
    it(`${size.name}: every tab fits the screen's width and shows the verdict first; the lesson guide leaves the results room`, async () => {
      const p = await open(size);
      for (const tab of TABS) {
        await p.click(`[data-testid="tab-${tab.id}"]`);
        await p.locator(tab.ready).first().waitFor({ timeout: 60_000 });
        await p.evaluate(() => window.scrollTo(0, 0));
        expect(await pageWidth(p), `${tab.id}: page width`).toBeLessThanOrEqual(size.width);
        expect(await inView(p.locator('[data-testid="run-verdict"]')), `${tab.id}: the verdict`).toBe(true);
        await p.screenshot({ path: join(SCREENSHOTS, `classroom-${size.name.replace(' ', '-')}-${tab.id}.png`) });
      }
      await p.click('[data-testid="tab-results"]');
      await p.click('[data-testid="lessons-toggle"]');
      await p.click('[data-testid="lesson-start"]');
      await p.locator(`[data-testid="district-table"][data-scenario="${lessons[0].preset}"]`).waitFor({ timeout: 60_000 });
      expect(await pageWidth(p), 'lessons open: page width').toBeLessThanOrEqual(size.width);
      await expect.poll(() => inView(p.locator('[data-testid="verdict-banner"]')), { message: 'lessons open: the verdict' }).toBe(true);
      await p.screenshot({ path: join(SCREENSHOTS, `classroom-${size.name.replace(' ', '-')}-lesson.png`) });
      if (size.width < 700) {
        // On a phone the guide is a sheet over the results: its title stays in sight, and a student lowers it.
        const guide = p.locator('lesson-guide');
        const share = async () => (await guide.boundingBox())!.height / size.height;
        expect(await share(), 'the open sheet').toBeLessThanOrEqual(0.43);
        await p.locator('[data-testid="lesson-collapse"]').click();
        await expect.poll(share, { message: 'the lowered sheet' }).toBeLessThan(0.15);
        expect(await p.locator('[data-testid="lesson-question"]').isVisible()).toBe(false);
        await expect.poll(() => inView(p.locator('[data-testid="totals"]')), { message: 'the headline numbers' }).toBe(true);
        await p.screenshot({ path: join(SCREENSHOTS, `classroom-${size.name.replace(' ', '-')}-lesson-lowered.png`) });
        await p.locator('[data-testid="lesson-collapse"]').click();
        await p.locator('[data-testid="lesson-question"]').waitFor();
        expect(await p.locator('[data-testid="lesson-collapse"]').getAttribute('aria-expanded')).toBe('true');
      } else expect(await p.locator('[data-testid="lesson-collapse"]').isVisible()).toBe(false);
    }, 300_000);
  }

  for (const size of SIZES) {
    it(`${size.name}: each lesson's first step shows the verdict, and "Move it" brings what changed into view with the focus`, async () => {
      const p = await open(size);
      await p.click('[data-testid="lessons-toggle"]');
      for (const [index, lesson] of lessons.entries()) {
        if (index > 0) await p.click('[data-testid="lesson-next"]');
        await expect.poll(() => p.locator('[data-testid="lesson-guide"]').getAttribute('data-lesson')).toBe(lesson.id);
        await p.click('[data-testid="lesson-start"]');
        await p.locator(`[data-testid="district-table"][data-scenario="${lesson.preset}"]`).waitFor({ timeout: 60_000 });
        await expect.poll(() => inView(p.locator('[data-testid="verdict-banner"]')), { message: `${lesson.id}: the verdict` }).toBe(true);
        expect(await pageWidth(p)).toBeLessThanOrEqual(size.width);

        await p.click('[data-testid="lesson-move"]');
        const target = p.locator(`[data-testid="lesson-target"][data-view="${lesson.watch.view}"][data-ready="true"]`);
        await target.waitFor({ timeout: 120_000 });
        await expect.poll(() => inView(target), { message: `${lesson.id}: what changed` }).toBe(true);
        await expect.poll(() => target.evaluate((el) => el.matches(':focus') || el.contains(document.activeElement) || el.getRootNode() !== document && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
        expect(await p.locator('[data-testid="lesson-announce"]').innerText()).not.toBe('');
        if (index === 0) await p.screenshot({ path: join(SCREENSHOTS, `classroom-${size.name}-lesson.png`) });
      }
      expect(await seriousFindings(p), 'lessons open: axe').toEqual([]);
    }, 300_000);
  }

  it('says nothing reassuring when a voter’s receipt check fails', async () => {
    const lesson = lessons.find((l) => l.id === 'who-sees-revotes')!;
    const { after } = lessonScenarios(lesson);
    const run = simulate(after);
    const published = run.integrity.published;
    let victim = -1;
    for (let i = 0; i < published.count && victim < 0; i++) if (published.honestRow[i] < 0 && published.cause[i] === Added.injectedRevote) victim = published.voter[i];
    expect(victim).toBeGreaterThanOrEqual(0);

    const p = await open(SIZES[1]);
    await p.click('[data-testid="lessons-toggle"]');
    for (let i = 0; i < lessons.indexOf(lesson); i++) await p.click('[data-testid="lesson-next"]');
    await p.click('[data-testid="lesson-start"]');
    await p.locator(`[data-testid="district-table"][data-scenario="${lesson.preset}"]`).waitFor({ timeout: 60_000 });
    await p.click('[data-testid="lesson-move"]');
    await p.locator('[data-testid="voter-number"]').waitFor({ timeout: 60_000 });
    await p.fill('[data-testid="voter-number"]', String(victim));
    await p.click('[data-testid="voter-show"]');
    await p.locator(`[data-testid="voter"][data-index="${victim}"]`).waitFor();
    await p.click('[data-testid="check-receipt"]');
    const check = p.locator('[data-testid="receipt-check"]');
    await check.waitFor();
    expect(await check.getAttribute('data-status')).toBe('failed');
    const text = await check.innerText();
    expect(text).toMatch(/did not cast/);
    expect(text).not.toMatch(/No ballot you did not cast was recorded/);
  });

  it('labels each district of the night chart on the same side of zero as its line', async () => {
    const p = await open(SIZES[2]);
    await p.click('[data-testid="tab-night"]');
    // The night opens with the paper protocols all in (not at step 1), and plays in at most 10 s.
    const now = p.locator('[data-testid="replay-now"]');
    await now.waitFor();
    expect(await now.getAttribute('data-kind')).toBe('paper');
    expect(Number(await now.getAttribute('data-step'))).toBeGreaterThan(0);
    expect(Number(await p.locator('[data-testid="replay-speed"]').inputValue())).toBeLessThanOrEqual(10);
    await p.locator('[data-testid="replay-end"]').click();
    const chart = p.locator('[data-testid="margin-chart"]');
    await chart.locator('g[aria-description="district labels"] text').first().waitFor();
    const sides = await chart.evaluate((el) => {
      const zero = el.querySelector('g[aria-description="zero line"] line')!.getBoundingClientRect().top;
      const ends = [...el.querySelectorAll('g[aria-description="line ends"] circle')].map((c) => c.getBoundingClientRect());
      const labels = [...el.querySelectorAll('g[aria-description="district labels"] text')].map((t) => t.getBoundingClientRect());
      return ends.map((e, i) => ({ line: Math.sign(zero - (e.top + e.height / 2)), label: Math.sign(zero - (labels[i].top + labels[i].height / 2)) }));
    });
    expect(sides.length).toBeGreaterThan(0);
    expect(sides.some((s) => s.line < 0)).toBe(true);
    for (const s of sides) expect(s.label).toBe(s.line);
    // Legends and axis text are at least 14 px on the projector.
    const small = await chart.evaluate((el) =>
      [...el.querySelectorAll('text, [class*="-swatches"] span, [class*="-swatches"] div')]
        .map((t) => parseFloat(getComputedStyle(t).fontSize))
        .filter((px) => px < 14),
    );
    expect(small).toEqual([]);
  });

  it('keeps a rigged city’s secret in the observer view until Reveal or the teacher view', async () => {
    const p = await open(SIZES[1], '/?preset=classroom-injected');
    const description = p.locator('[data-testid="preset-description"]');
    expect(await description.getAttribute('data-truth')).toBe('hidden');
    expect(await description.innerText()).not.toMatch(/inject|1,200/i);
    // Nor do the scenarios' names: the picker and the run's line name the city and a letter.
    const options = () => p.locator('[data-testid="preset-select"] option').allInnerTexts();
    const picked = () => p.locator('[data-testid="preset-select"] option:checked').innerText();
    expect((await options()).join(' | ')).not.toMatch(/rigged|inject|rewrit|substitut|coerc|protocol|cheat/i);
    expect(await picked()).toBe('Classroom city F');
    await expect.poll(() => p.locator('[data-testid="run-info"]').innerText()).toContain('Ran Classroom city F with seed');
    await p.click('[data-testid="reveal-truth"]');
    expect(await description.innerText()).toBe(findPreset('classroom-injected')!.description);
    expect(await picked()).toBe('classroom-injected');
    await p.click('[data-testid="reveal-truth"]');
    expect(await description.getAttribute('data-truth')).toBe('hidden');
    await p.check('[data-testid="teacher-toggle"]');
    expect(await description.innerText()).toBe(findPreset('classroom-injected')!.description);
    expect(await p.locator('[data-testid="reveal-truth"]').count()).toBe(0);
  });
});
