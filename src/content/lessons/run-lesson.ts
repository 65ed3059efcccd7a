/** A lesson's runs: its preset before and after the move, for each seed. */
import { runSimulation, seriesFromRun, simulate, summarizeSeries, type ScenarioInput } from '../../core/index.ts';
import { findPreset, withChanges } from '../presets/index.ts';
import type { Lesson, LessonRun } from './lesson.ts';

export function lessonScenarios(lesson: Lesson): { before: ScenarioInput; after: ScenarioInput } {
  const before = findPreset(lesson.preset);
  if (!before) throw new Error(`lesson ${lesson.id}: no preset called ${lesson.preset}`);
  return { before, after: withChanges(before, lesson.move.changes) };
}

export function runLesson(lesson: Lesson, seeds: readonly string[]): LessonRun[] {
  const { before, after } = lessonScenarios(lesson);
  if (!lesson.needsSeries) return seeds.map((seed) => ({ seed, before: runSimulation(before, { seed }), after: runSimulation(after, { seed }) }));
  return seeds.map((seed) => {
    const [b, a] = [simulate(before, { seed }), simulate(after, { seed })];
    return { seed, before: b.result, after: a.result, series: { before: summarizeSeries(seriesFromRun(b)), after: summarizeSeries(seriesFromRun(a)) } };
  });
}
