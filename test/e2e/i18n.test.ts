/**
 * The page in Russian, in Chromium: every tab and each lesson's first step show no
 * untranslated English word in their rendered text (shadow roots included); the Russian page at
 * 390 px and 1920 px has no label that overflows or is clipped; switching the language keeps the
 * scenario, the seed, the results and the lesson step, with no re-run; and a link asking for an
 * unknown language falls back with a notice.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/core/index.ts';
import { lessons } from '../../src/content/lessons/index.ts';
import { completePreset } from '../../src/ui/shell/scenario-url.ts';
import { pageSession } from './page-session.ts';
import { chromiumPath } from './chromium.ts';

/** Latin words a Russian page may show: names of systems, standards and units, ids the page prints as ids. */
const ALLOWED = new Set(
  'Tally Lab English BRAVO Helios Belenios ElectionGuard Benaloh UTC MSK JSON CSV SHA Ed25519 ID ms npm last online paper overrides none'.split(' ').map((w) => w.toLowerCase()),
);

/** The visible text of the page, through every shadow root, without code, ids and hashes shown as such. */
async function visibleText(p: Page): Promise<string> {
  return p.evaluate(() => {
    const out: string[] = [];
    const skip = new Set(['STYLE', 'SCRIPT', 'CODE', 'TEMPLATE', 'OPTION']);
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (parent && parent.getClientRects().length > 0 && getComputedStyle(parent).visibility !== 'hidden') out.push(node.textContent ?? '');
        return;
      }
      if (!(node instanceof Element) || skip.has(node.tagName) || node.classList.contains('mono') || node.classList.contains('check-id')) return;
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
      node.childNodes.forEach(visit);
    };
    visit(document.querySelector('tally-app')!);
    // The selected option of each select is shown; the others are not.
    const selects: HTMLSelectElement[] = [];
    const find = (root: Document | ShadowRoot) => {
      root.querySelectorAll('select').forEach((s) => selects.push(s));
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && find(el.shadowRoot));
    };
    find(document);
    for (const s of selects) out.push(s.selectedOptions[0]?.textContent ?? '');
    return out.join(' ');
  });
}

/** English words left in a text: Latin words of three letters or more not in ALLOWED nor `data` (ids, file paths and check ids aside). */
function englishWords(text: string, data: ReadonlySet<string> = new Set()): string[] {
  // File paths (docs/audits.md) and knob paths (mobilisation.workHoursShare) are names, not words.
  const words = text.replace(/[\w.-]+\/[\w./-]+/g, ' ').replace(/\b[a-z]\w*(\.[a-z]\w*)+\b/g, ' ').match(/[A-Za-z][A-Za-z’'-]{2,}/g) ?? [];
  const ids = new Set<string>(CHECKS);
  return [...new Set(words.filter((w) => !ALLOWED.has(w.toLowerCase()) && !ids.has(w) && !data.has(w) && !/^[a-z]+(-[a-z0-9]+)+$/.test(w)))];
}

/** The words of a scenario's own data (ids and names as its file writes them): the editor shows them as they are. */
function dataWords(preset: string): Set<string> {
  const s = completePreset(preset);
  const names = [...s.parties.flatMap((p) => [p.id, p.name]), ...s.districts.map((d) => d.name), s.name, s.timeZone.label];
  return new Set(names.flatMap((n) => n.split(/[\s-]+/)));
}

const ready = (p: Page) => p.locator('[data-testid="lesson-target"][data-ready="true"]').waitFor();

describe.skipIf(!chromiumPath())('the page in Russian', () => {
  const { open } = pageSession();

  async function openRu(path = '/?lang=ru', width = 1280, height = 900): Promise<Page> {
    const p = await open(path, { context: { viewport: { width, height }, locale: 'en-US' } });
    await ready(p);
    return p;
  }

  it('has no English words in the scenario editor, beyond the scenario’s own ids and names', async () => {
    const p = await openRu('/?preset=classroom-injected&lang=ru');
    await p.click('[data-testid="editor-toggle"]');
    await p.locator('scenario-editor [data-testid="editor-summary"]').waitFor();
    expect(englishWords(await visibleText(p), dataWords('classroom-injected'))).toEqual([]);
  });

  it('has no English words on any tab, with the teacher view on', async () => {
    const p = await openRu('/?preset=classroom-injected&lang=ru');
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('ru');
    await p.click('[data-testid="teacher-toggle"]');
    for (const tab of ['results', 'night', 'real', 'forensics', 'ledger', 'voter', 'files', 'sweeps']) {
      await p.click(`[data-testid="tab-${tab}"]`);
      if (tab !== 'sweeps') await ready(p);
      if (tab === 'sweeps') await p.locator('sweep-view [data-testid="sweep-size"]').waitFor();
      if (tab === 'real') await p.locator('real-series-view [data-testid="share-chart"] svg').first().waitFor();
      if (tab === 'forensics') await p.locator('forensics-view [data-testid="forensics-swing-chart"] svg').waitFor();
      if (tab === 'voter') {
        await p.click('[data-testid="voter-random"]');
        await p.locator('[data-testid="voter"]').waitFor();
        await p.click('[data-testid="check-receipt"]');
        await p.locator('[data-testid="receipt-check"]').waitFor();
      }
      expect(englishWords(await visibleText(p)), `tab ${tab}`).toEqual([]);
    }
  });

  it('has no English words in each lesson’s first step', async () => {
    const p = await openRu();
    await p.click('[data-testid="lessons-toggle"]');
    for (const [i, lesson] of lessons.entries()) {
      await p.locator(`[data-testid="lesson-guide"][data-lesson="${lesson.id}"]`).waitFor();
      await p.click('[data-testid="lesson-start"]');
      await p.locator('[data-testid="lesson-guide"][data-step="started"]').waitFor();
      await ready(p);
      await p.click('[data-testid="lesson-reveal"]');
      expect(englishWords(await visibleText(p)), `lesson ${lesson.id}`).toEqual([]);
      if (i < lessons.length - 1) await p.click('[data-testid="lesson-next"]');
    }
  });

  /** Labels that overflow their box or the page (visually hidden labels, 1 px wide by design, aside). */
  const clippedLabels = (p: Page) =>
    p.evaluate(() => {
        const bad: string[] = [];
        const check = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll<HTMLElement>('button, label, th, summary, legend, h1, h2, h3, h4, .badge, [role="tab"], dt')) {
            if (el.getClientRects().length === 0 || el.getBoundingClientRect().width <= 2) continue;
            const style = getComputedStyle(el);
            const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis' || style.whiteSpace === 'nowrap';
            // A header cell whose words are wider than it spills under its neighbour even without clipping.
            const spills = el.tagName === 'TH' && el.scrollWidth > el.clientWidth + 1;
            if ((clips || spills) && el.scrollWidth > el.clientWidth + 1) bad.push(`${el.tagName.toLowerCase()}: ${el.textContent?.trim().slice(0, 60)}`);
            const r = el.getBoundingClientRect();
            // Beyond the page, unless a scrolling region holds it (the tabs, a wide table): those scroll on purpose.
            let up: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
            let scrolled = false;
            while (up && !scrolled) {
              scrolled = ['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX);
              up = up.parentElement ?? ((up.getRootNode() as ShadowRoot).host || null);
            }
            if (!scrolled && r.right > document.documentElement.clientWidth + 1) bad.push(`${el.tagName.toLowerCase()} beyond the page: ${el.textContent?.trim().slice(0, 60)}`);
          }
          root.querySelectorAll('*').forEach((el) => el.shadowRoot && check(el.shadowRoot));
        };
        check(document);
        return bad;
      });

  for (const width of [390, 1280, 1920]) {
    it(`has no overflowing or clipped label at ${width} px: the results, the lessons, the editor`, async () => {
      const p = await openRu('/?preset=classroom-injected&lang=ru', width, 900);
      const fits = async (what: string) => {
        expect(await clippedLabels(p), what).toEqual([]);
        expect(await p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1), `${what}: the page scrolls sideways`).toBe(true);
      };
      await fits('results');
      await p.click('[data-testid="lessons-toggle"]');
      await fits('lessons');
      await p.click('[data-testid="lessons-toggle"]');
      await p.click('[data-testid="editor-toggle"]');
      await p.locator('scenario-editor [data-testid="editor-summary"]').waitFor();
      await fits('editor');
    });
  }

  it('switching the language keeps the scenario, the seed, the results and the lesson step, without a re-run', async () => {
    const p = await openRu('/?preset=classroom&seed=keep-me&lang=en');
    await p.click('[data-testid="lessons-toggle"]');
    await p.click('[data-testid="lesson-start"]');
    await p.locator('[data-testid="lesson-guide"][data-step="started"]').waitFor();
    await ready(p);
    const before = {
      table: await p.locator('[data-testid="district-table"]').evaluate((t) => [...t.querySelectorAll('tr[data-district-id]')].map((r) => (r as HTMLElement).dataset.published).join(';')),
      info: await p.locator('[data-testid="run-info"]').innerText(),
      url: new URL(p.url()),
    };
    // What a re-run would fetch (a worker's script, data); not the favicon, which Chromium fetches again at whim.
    const fetched = () => p.evaluate(() => performance.getEntriesByType('resource').filter((e) => !e.name.endsWith('/favicon.svg')).length);
    const runs = await fetched();
    await p.click('[data-testid="lang-ru"]');
    await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expect.poll(() => p.locator('[data-testid="run-info"]').innerText()).toMatch(/^Запущен/);
    const after = await p.locator('[data-testid="district-table"]').evaluate((t) => [...t.querySelectorAll('tr[data-district-id]')].map((r) => (r as HTMLElement).dataset.published).join(';'));
    expect(after).toBe(before.table);
    expect(await p.locator('[data-testid="lesson-guide"]').getAttribute('data-step')).toBe('started');
    const url = new URL(p.url());
    expect(url.searchParams.get('lang')).toBe('ru');
    expect(url.searchParams.get('preset')).toBe(before.url.searchParams.get('preset'));
    expect(url.searchParams.get('seed')).toBe(before.url.searchParams.get('seed'));
    // The run's time in ms is the same number: the result shown is the one from before the switch.
    expect((await p.locator('[data-testid="run-info"]').innerText()).match(/(\d[\d\s]*) мс/)?.[1].replace(/\s/g, '')).toBe(before.info.match(/([\d,]+) ms/)?.[1].replace(/,/g, ''));
    expect(await fetched()).toBe(runs);
    expect(await p.evaluate(() => localStorage.getItem('tally-lab:lang'))).toBe('ru');
  });

  it('falls back with a notice for a language it does not speak', async () => {
    const p = await openRu('/?preset=classroom&lang=xx');
    const notice = p.locator('[data-testid="language-notice"]');
    await expect.poll(() => notice.innerText()).toMatch(/“xx”/);
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await notice.innerText()).toMatch(/does not speak; it is shown in English/);
  });
});
