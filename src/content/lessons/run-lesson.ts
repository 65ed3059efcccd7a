/** A lesson's runs: its preset before and after the move, for each seed. */
import { seriesFromRun, simulate, StageMemo, summarizeSeries, type ScenarioInput } from '../../core/index.ts';
import { findPreset, withChanges } from '../presets/index.ts';
import type { Lesson, LessonRun } from './lesson.ts';

export function lessonScenarios(lesson: Lesson): { before: ScenarioInput; after: ScenarioInput } {
  const before = findPreset(lesson.preset);
  if (!before) throw new Error(`lesson ${lesson.id}: no preset called ${lesson.preset}`);
  return { before, after: withChanges(before, lesson.move.changes) };
}

/**
 * A move mostly changes what is published or checked, not who votes: the two runs of a seed share one
 * StageMemo, so the city and its ballots are made once (the memo reuses a stage only when every knob it
 * reads is the same, and the results are those of fresh runs: test/sweep.test.ts).
 */
export function runLesson(lesson: Lesson, seeds: readonly string[]): LessonRun[] {
  const { before, after } = lessonScenarios(lesson);
  return seeds.map((seed) => {
    const memo = new StageMemo();
    const [b, a] = [simulate(before, { seed, memo }), simulate(after, { seed, memo })];
    if (!lesson.needsSeries) return { seed, before: b.result, after: a.result };
    return { seed, before: b.result, after: a.result, series: { before: summarizeSeries(seriesFromRun(b)), after: summarizeSeries(seriesFromRun(a)) } };
  });
}
