/**
 * What <night-replay> draws: each district's lead of its paper leader over its strongest final
 * rival, step by step, read from the result's timeline; who leads at a step; wall-clock times that
 * do not depend on the machine's time zone.
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../src/core/index.ts';
import { districtPairs, marginSeries, onlineSteps, standing, wallClock } from '../../src/ui/views/night/night-series.ts';
import { findPreset } from '../../src/content/presets/index.ts';

const result = runSimulation({ ...findPreset('classroom')!, release: { onlineDelayHours: 10, onlineReleases: 3 } }, { seed: 'night-series' });
const steps = result.timeline.steps;

describe('night series', () => {
  it('compares each district’s paper leader with its strongest final rival', () => {
    const pairs = districtPairs(result);
    expect(pairs).toHaveLength(result.districts.length);
    pairs.forEach((pair, d) => {
      const district = result.districts[d];
      expect(pair).not.toBeNull();
      expect(district.candidates[pair!.lead].id).toBe(district.paperLeader);
      expect(pair!.rival).not.toBe(pair!.lead);
      if (district.flipped) expect(district.candidates[pair!.rival].id).toBe(district.publishedWinner);
      else expect(district.published[pair!.rival]).toBe(Math.max(...district.published.filter((_, k) => k !== pair!.lead)));
      expect(pair!.flipped).toBe(district.flipped);
    });
  });

  it('is positive while the paper leader leads, and below zero at the end exactly where the lead flipped', () => {
    const points = marginSeries(result);
    const online = onlineSteps(steps);
    expect(online).toHaveLength(3);
    const last = steps.length - 1;
    for (const [d, district] of result.districts.entries()) {
      const beforeOnline = points.find((p) => p.district === d && p.step === online[0] - 1)!;
      expect(beforeOnline.margin).toBeGreaterThan(0);
      const end = points.find((p) => p.district === d && p.step === last)!;
      expect(end.margin < 0).toBe(district.flipped);
      const counted = district.published.reduce((a, b) => a + b, 0);
      const pair = districtPairs(result)[d]!;
      expect(end.margin).toBeCloseTo((district.published[pair.lead] - district.published[pair.rival]) / counted, 12);
    }
    // No point where nothing was counted yet.
    for (const p of points) expect(steps[p.step].counts[p.district].some((x) => x > 0)).toBe(true);
  });

  it('names the leader of a running count, and ties', () => {
    expect(standing([0, 0, 0])).toEqual({ leader: -1, tie: false, margin: 0, counted: 0 });
    expect(standing([3, 5, 1])).toEqual({ leader: 1, tie: false, margin: 2, counted: 9 });
    expect(standing([5, 5, 1])).toEqual({ leader: -1, tie: true, margin: 0, counted: 11 });
    expect(standing([0, 4, 0])).toEqual({ leader: 1, tie: false, margin: 4, counted: 4 });
  });

  it('reads wall-clock times without the machine’s zone', () => {
    const t = wallClock('2021-09-20 14:00');
    expect(t.toISOString()).toBe('2021-09-20T14:00:00.000Z');
    expect(t.getUTCHours()).toBe(14);
  });
});
