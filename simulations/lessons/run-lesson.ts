/** A lesson's runs: its preset before and after the move, for each seed. */
import { runSimulation, type ScenarioInput } from '../../src/core/index.ts';
import { findPreset, withChanges } from '../presets/index.ts';
import type { Lesson, LessonRun } from './lesson.ts';

export function lessonScenarios(lesson: Lesson): { before: ScenarioInput; after: ScenarioInput } {
  const before = findPreset(lesson.preset);
  if (!before) throw new Error(`lesson ${lesson.id}: no preset called ${lesson.preset}`);
  return { before, after: withChanges(before, lesson.move.changes) };
}

export function runLesson(lesson: Lesson, seeds: readonly string[]): LessonRun[] {
  const { before, after } = lessonScenarios(lesson);
  return seeds.map((seed) => ({ seed, before: runSimulation(before, { seed }), after: runSimulation(after, { seed }) }));
}
