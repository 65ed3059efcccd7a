/**
 * What <night-replay> draws: each district's lead of its paper leader over its strongest final
 * rival, step by step, read from the result's timeline; who leads at a step; wall-clock times that
 * do not depend on the machine's time zone.
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../src/core/index.ts';
import { districtPairs, labelPositions, marginSeries, onlineSteps, openingStep, standing, wallClock } from '../../src/ui/views/night/night-series.ts';
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

  it('labels each line on its own side of zero, apart where there is room', () => {
    // The Moscow night's end: the kept leads far above zero, the reversed ones crowded just below.
    const margins = [0.31, 0.3, 0.29, 0.12, -0.02, -0.025, -0.03, -0.04, -0.05, 0.005];
    const domain: [number, number] = [-0.1, 0.34];
    const gap = 0.015;
    const ys = labelPositions(margins, domain, gap);
    ys.forEach((y, i) => {
      expect(Math.sign(y)).toBe(Math.sign(margins[i]));
      expect(y).toBeGreaterThanOrEqual(domain[0]);
      expect(y).toBeLessThanOrEqual(domain[1]);
    });
    const sorted = [...ys].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k] - sorted[k - 1]).toBeGreaterThanOrEqual(gap - 1e-12);
    // A lone label stays at its point.
    expect(labelPositions([0.1], domain, gap)).toEqual([0.1]);
    // Too many for the room below zero: squeezed, but still below it.
    const crowded = labelPositions([-0.01, -0.011, -0.012, -0.013, -0.014, -0.015], [-0.03, 0.2], gap);
    for (const y of crowded) expect(y).toBeLessThan(0);
  });

  it('keeps the Moscow night’s reversed districts labelled below zero at the end', () => {
    const moscow = findPreset('moscow-2021')!;
    const districts = moscow.districts!.map((d) => ({ ...d, registered: Math.round(d.registered! / 40) }));
    const r = runSimulation({ ...moscow, districts }, { seed: 'e2e' });
    const last = r.timeline.steps.length - 1;
    const ends = marginSeries(r).filter((p) => p.step === last);
    expect(ends.filter((p) => p.margin < 0).length).toBe(r.totals.flips);
    const lo = Math.min(...ends.map((p) => p.margin));
    const hi = Math.max(...ends.map((p) => p.margin));
    const ys = labelPositions(ends.map((p) => p.margin), [lo - 0.02, hi + 0.02], 0.016);
    ends.forEach((p, i) => expect(Math.sign(ys[i])).toBe(Math.sign(p.margin)));
  });

  it('opens the night when every paper protocol is in, just before the first online release', () => {
    const online = onlineSteps(steps);
    const open = openingStep(steps, online);
    expect(open).toBe(online[0] - 1);
    expect(steps[open].kind).toBe('paper');
    expect(steps[open].reported).toEqual(result.districts.map((d) => d.precincts));
    const paperOnly = steps.filter((s) => s.kind === 'paper');
    expect(openingStep(paperOnly, [])).toBe(paperOnly.length - 1);
    expect(openingStep([], [])).toBe(0);
  });
});
