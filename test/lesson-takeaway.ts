/** The takeaway test every lesson gets, shared by lessons.test.ts and the files that hold a slow lesson of their own. */
import { expect, it } from 'vitest';
import type { Lesson } from '../src/content/lessons/index.ts';
import { runLesson } from '../src/content/lessons/run-lesson.ts';

export const SEEDS = Array.from({ length: 20 }, (_, i) => `lesson-${i + 1}`);

/** Lessons whose 20 seeds take minutes get a file of their own, so that the suite runs them beside the rest. */
export const OWN_FILE = new Set(['verify-everything']);

/** The runs of the lesson's preset before and after the move, over every seed, satisfy the lesson's own check. */
export function takeawayHolds(lesson: Lesson): void {
  it(`${lesson.title}: the takeaway holds over ${SEEDS.length} seeds`, () => {
    expect(lesson.check(runLesson(lesson, SEEDS))).toBeNull();
  }, 900_000);
}
