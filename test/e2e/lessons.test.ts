/**
 * End to end: lesson mode. The guide opens at the first lesson; "Load the scenario" runs its preset,
 * "Move it" moves the knob and opens the view to watch, and what the page then shows is what the
 * engine computes in Node for the same scenario after the move. The takeaway stays hidden until asked.
 * Screenshot (1280x800): artifacts/screenshots/lesson.png.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessons } from '../../src/content/lessons/index.ts';
import { lessonScenarios } from '../../src/content/lessons/run-lesson.ts';
import { runSimulation } from '../../src/core/index.ts';
import { SCREENSHOTS } from './browser-session.ts';
import { pageSession } from './page-session.ts';
import { chromiumPath } from './chromium.ts';

describe.skipIf(!chromiumPath())('lesson mode in Chromium', () => {
  const browser = pageSession();

  it('steps through the first lesson: load, move the knob, watch, takeaway', async () => {
    const p = await browser.open('/');

    await p.click('[data-testid="lessons-toggle"]');
    const guide = p.locator('[data-testid="lesson-guide"]');
    const lesson = lessons[0];
    expect(await guide.getAttribute('data-lesson')).toBe(lesson.id);
    expect(await p.locator('[data-testid="lesson-question"]').innerText()).toBe(lesson.question);
    expect(await p.locator('[data-testid="lesson-takeaway"]').count()).toBe(0);
    expect(await p.locator('[data-testid="lesson-move"]').isDisabled()).toBe(true);

    await p.click('[data-testid="lesson-start"]');
    await p.locator(`[data-testid="district-table"][data-scenario="${lesson.preset}"]`).waitFor({ timeout: 60_000 });
    expect(await p.locator('[data-testid="preset-select"]').inputValue()).toBe(lesson.preset);

    // The move re-runs and opens the view to watch; that run is the engine's, knob moved.
    await p.click('[data-testid="lesson-move"]');
    expect(await guide.getAttribute('data-step')).toBe('moved');
    await expect.poll(() => p.locator(`[data-testid="tab-${lesson.watch.view}"]`).getAttribute('aria-selected')).toBe('true');
    const { after } = lessonScenarios(lesson);
    const expected = runSimulation(after);
    const onlineSteps = expected.timeline.steps.filter((s) => s.kind === 'online').length;
    expect(onlineSteps).toBe(4);
    await p.locator('[data-testid="replay-end"]').waitFor({ timeout: 60_000 });
    await p.click('[data-testid="replay-end"]');
    await expect.poll(() => p.locator('[data-testid="replay-now"]').getAttribute('data-step')).toBe(String(expected.timeline.steps.length - 1));
    expect(await p.locator('[data-testid="replay-now"]').getAttribute('data-kind')).toBe('online');
    // The address holds the moved knob (as the changes from the preset), so the link reproduces the step.
    const changes = new URL(p.url()).searchParams.get('s') ?? '';
    expect(JSON.parse(Buffer.from(changes, 'base64url').toString('utf8'))).toEqual(lesson.move.changes);

    await p.click('[data-testid="lesson-reveal"]');
    expect(await p.locator('[data-testid="lesson-takeaway"]').innerText()).toBe(lesson.takeaway);
    await p.screenshot({ path: join(SCREENSHOTS, 'lesson.png') });

    // The next lesson starts over, its takeaway hidden.
    await p.click('[data-testid="lesson-next"]');
    expect(await guide.getAttribute('data-lesson')).toBe(lessons[1].id);
    expect(await guide.getAttribute('data-step')).toBe('not-started');
    expect(await p.locator('[data-testid="lesson-takeaway"]').count()).toBe(0);
  });

  it('shows, in the teacher view, the pressured voters who escape, and those deterred once re-votes are public', async () => {
    const p = await browser.open('/');
    await p.click('[data-testid="lessons-toggle"]');
    const index = lessons.findIndex((l) => l.id === 'coercion');
    for (let i = 0; i < index; i++) await p.click('[data-testid="lesson-next"]');
    const lesson = lessons[index];
    expect(await p.locator('[data-testid="lesson-guide"]').getAttribute('data-lesson')).toBe('coercion');
    await p.click('[data-testid="teacher-toggle"]');

    const sum = (r: ReturnType<typeof runSimulation>, k: 'coerced' | 'escaped' | 'deterred') => String(r.districts.reduce((a, d) => a + d.coercion[k], 0));
    const { before, after } = lessonScenarios(lesson);
    await p.click('[data-testid="lesson-start"]');
    await p.locator(`[data-testid="district-table"][data-scenario="${lesson.preset}"]`).waitFor({ timeout: 60_000 });
    const expectedBefore = runSimulation(before);
    const coercion = p.locator('[data-testid="coercion"]');
    expect(await coercion.getAttribute('data-coerced')).toBe(sum(expectedBefore, 'coerced'));
    expect(await coercion.getAttribute('data-escaped')).toBe(sum(expectedBefore, 'escaped'));
    expect(await coercion.getAttribute('data-deterred')).toBe('0');

    await p.click('[data-testid="lesson-move"]');
    const expectedAfter = runSimulation(after);
    await expect.poll(() => coercion.getAttribute('data-deterred'), { timeout: 60_000 }).toBe(sum(expectedAfter, 'deterred'));
    expect(await coercion.getAttribute('data-escaped')).toBe('0');
    expect(await coercion.innerText()).toMatch(/did not dare/);
  });
});
