/**
 * End to end: the page as a class uses it, at three sizes: a student's phone (390x844), a laptop
 * (1280x800) and a projector (1920x1080, projector mode on), and for fit at the edges (a 360 px phone,
 * a 2560 px projector). On every tab: no sideways page scroll, the verdict in the first screen, and no
 * critical or serious axe-core finding. For each lesson: after "Load the scenario" the verdict is in
 * view, and after "Move it" what changed is in view and has the focus. Screenshots of every tab at
 * every size go to artifacts/screenshots/classroom-<size>-<tab>.png (not committed), for a reviewer.
 *
 * The checks live here and each size has a file of its own (classroom-phone, -laptop, -projector,
 * -edges .test.ts), so that the sizes run side by side: a file's tests run one after another, and
 * one file holding every size was four minutes of the suite, half of it waiting on the page.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { lessons } from '../../src/content/lessons/index.ts';
import { SCREENSHOTS } from './browser-session.ts';
import type { pageSession } from './page-session.ts';

export interface Size {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly projector: boolean;
}

export const SIZES: readonly Size[] = [
  { name: 'phone', width: 390, height: 844, projector: false },
  { name: 'laptop', width: 1280, height: 800, projector: false },
  { name: 'projector', width: 1920, height: 1080, projector: true },
];

/** The edges of what a class brings: the narrowest phone in use, and a 1440p projector. Checked for fit only. */
export const EDGE_SIZES: readonly Size[] = [
  { name: 'small phone', width: 360, height: 740, projector: false },
  { name: '1440p projector', width: 2560, height: 1440, projector: true },
];

/** Each tab, and what shows once it has drawn. */
export const TABS = [
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
export async function inView(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  });
}

/** The critical and serious axe-core findings on the page, one line each (rule, and where). */
export async function seriousFindings(p: Page): Promise<string[]> {
  // Every rule runs; only the violations are gathered in full (what passed is summarised, not listed node by node).
  const { violations } = await new AxeBuilder({ page: p }).options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.length} × e.g. ${JSON.stringify(v.nodes[0]?.target)} (${v.help})`);
}

export const pageWidth = (p: Page) => p.evaluate(() => document.scrollingElement!.scrollWidth);

/** The page at `size` (projector mode on where the size says so), once its first results are in. */
export async function openAt(browser: ReturnType<typeof pageSession>, size: Size, path = '/'): Promise<Page> {
  const projector = () => localStorage.setItem('tally-lab:projector', 'on');
  const opened = await browser.open(path, { context: { viewport: { width: size.width, height: size.height } }, init: size.projector ? projector : undefined });
  await opened.locator('[data-testid="district-table"][data-scenario]').waitFor({ timeout: 60_000 });
  return opened;
}

/** Opens `tab` at the top of the page, once drawn: nothing scrolls sideways and the verdict is in the first screen. */
async function showTab(p: Page, size: Size, tab: (typeof TABS)[number]): Promise<void> {
  await p.click(`[data-testid="tab-${tab.id}"]`);
  await p.locator(tab.ready).first().waitFor({ timeout: 60_000 });
  await p.evaluate(() => window.scrollTo(0, 0));
  expect(await pageWidth(p), `${tab.id}: page width`).toBeLessThanOrEqual(size.width);
  expect(await inView(p.locator('[data-testid="run-verdict"]')), `${tab.id}: the verdict`).toBe(true);
}

/** At `size`: on every tab, nothing scrolls sideways, the verdict is in the first screen, and axe finds nothing critical or serious; the same with the editor open. */
export function tabsFit(browser: ReturnType<typeof pageSession>, size: Size): void {
  it(`${size.name}: every tab fits the screen's width, shows the verdict first, and has no serious accessibility finding`, async () => {
    const p = await openAt(browser, size);
    if (size.projector) expect(await p.locator('tally-app').getAttribute('projector')).toBe('');
    for (const tab of TABS) {
      await showTab(p, size, tab);
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

/** At an edge size: every tab fits and shows the verdict first, and the lesson guide leaves the results room. */
export function edgeFit(browser: ReturnType<typeof pageSession>, size: Size): void {
  it(`${size.name}: every tab fits the screen's width and shows the verdict first; the lesson guide leaves the results room`, async () => {
    const p = await openAt(browser, size);
    for (const tab of TABS) {
      await showTab(p, size, tab);
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

/** At `size`: each lesson's first step shows the verdict, and "Move it" brings what changed into view with the focus. */
export function lessonsWalk(browser: ReturnType<typeof pageSession>, size: Size): void {
  it(`${size.name}: each lesson's first step shows the verdict, and "Move it" brings what changed into view with the focus`, async () => {
    const p = await openAt(browser, size);
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
