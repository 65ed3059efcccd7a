/**
 * Every lesson's takeaway holds over 20 seeds: the runs of its preset before and after the move
 * satisfy the lesson's own check (src/content/lessons). The slowest lesson's takeaway is in a file
 * of its own (lessons-verify-everything.test.ts), which runs beside this one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessons } from '../src/content/lessons/index.ts';
import { findPreset } from '../src/content/presets/index.ts';
import { checkScenario, parseVoteSeries, summarizeSeries } from '../src/core/index.ts';
import { REAL_197 } from '../src/content/lessons/real-stream.ts';
import { lessonScenarios } from '../src/content/lessons/run-lesson.ts';
import { OWN_FILE, takeawayHolds } from './lesson-takeaway.ts';

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

  it('quote the real stream of district 197 as the shipped file has it', () => {
    const parsed = parseVoteSeries(readFileSync('public/data/moscow-2021-online-20min.csv', 'utf8'));
    if (!('series' in parsed)) throw new Error('the shipped series does not parse');
    const s = summarizeSeries(parsed.series).find((d) => d.id === 197)!;
    expect(s.top[0].share).toBeCloseTo(REAL_197.popovShare, 3);
    expect(s.top[1].share).toBeCloseTo(REAL_197.lobanovShare, 3);
    expect(s.leaderDrift!.first).toBeCloseTo(REAL_197.leaderFirstThird, 3);
    expect(s.leaderDrift!.last).toBeCloseTo(REAL_197.leaderLastThird, 3);
  });

  for (const lesson of lessons) if (!OWN_FILE.has(lesson.id)) takeawayHolds(lesson);
});
