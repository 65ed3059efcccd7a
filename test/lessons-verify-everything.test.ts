/**
 * The 'cost of verifying everything' lesson's takeaway over 20 seeds (lesson-takeaway.ts): end-to-end
 * cryptography of a village, 20 times, is most of the lessons' time, so it has a file of its own that
 * runs beside lessons.test.ts instead of after it.
 */
import { describe } from 'vitest';
import { findLesson } from '../src/content/lessons/index.ts';
import { takeawayHolds } from './lesson-takeaway.ts';

describe('lessons', () => {
  const lesson = findLesson('verify-everything');
  if (!lesson) throw new Error('no lesson verify-everything');
  takeawayHolds(lesson);
});
