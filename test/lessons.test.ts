/**
 * Every lesson's takeaway holds over 20 seeds: the runs of its preset before and after the move
 * satisfy the lesson's own check (simulations/lessons).
 */
import { describe, expect, it } from 'vitest';
import { lessons } from '../simulations/lessons/index.ts';
import { runLesson } from '../simulations/lessons/run-lesson.ts';
import { findPreset } from '../simulations/presets/index.ts';
import { checkScenario } from '../src/core/index.ts';
import { lessonScenarios } from '../simulations/lessons/run-lesson.ts';

const SEEDS = Array.from({ length: 20 }, (_, i) => `lesson-${i + 1}`);

describe('lessons', () => {
  it('form a path of at least six steps, each starting from a preset, with valid scenarios before and after the move', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(6);
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
    for (const lesson of lessons) {
      expect(findPreset(lesson.preset), lesson.id).toBeDefined();
      const { before, after } = lessonScenarios(lesson);
      expect(checkScenario(before).issues, lesson.id).toEqual([]);
      expect(checkScenario(after).issues, lesson.id).toEqual([]);
    }
  });

  for (const lesson of lessons) {
    it(`${lesson.title}: the takeaway holds over ${SEEDS.length} seeds`, () => {
      expect(lesson.check(runLesson(lesson, SEEDS))).toBeNull();
    }, 180_000);
  }
});
