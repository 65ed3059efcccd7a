/**
 * End to end, what a student would catch in the page: a failed receipt check that still reassures,
 * night-chart labels on the wrong side of zero, and a rigged city's description shown to the observer
 * before Reveal. The page's fit and accessibility at each size are in classroom-<size>.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { lessons } from '../../src/content/lessons/index.ts';
import { findPreset } from '../../src/content/presets/index.ts';
import { lessonScenarios } from '../../src/content/lessons/run-lesson.ts';
import { Added, simulate } from '../../src/core/index.ts';
import { openAt, SIZES } from './classroom-checks.ts';
import { chromiumPath } from './chromium.ts';
import { pageSession } from './page-session.ts';

describe.skipIf(!chromiumPath())('the page in a classroom', () => {
  const browser = pageSession();

  it('says nothing reassuring when a voter’s receipt check fails', async () => {
    const lesson = lessons.find((l) => l.id === 'who-sees-revotes')!;
    const { after } = lessonScenarios(lesson);
    const run = simulate(after);
    const published = run.integrity.published;
    let victim = -1;
    for (let i = 0; i < published.count && victim < 0; i++) if (published.honestRow[i] < 0 && published.cause[i] === Added.injectedRevote) victim = published.voter[i];
    expect(victim).toBeGreaterThanOrEqual(0);

    const p = await openAt(browser, SIZES[1]);
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
    const p = await openAt(browser, SIZES[2]);
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
    const p = await openAt(browser, SIZES[1], '/?preset=classroom-injected');
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
