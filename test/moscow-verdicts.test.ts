/**
 * Two cities, one published result (issue #3): the honest and the rigged Moscow publish nearly the
 * same district results; Moscow-like verifiability cannot tell them apart, audited verifiability can.
 */
import { describe, expect, it } from 'vitest';
import { runSimulation, type SimulationResult } from '../src/core/index.ts';
import { findPreset, MOSCOW_PHANTOMS } from '../src/content/presets/index.ts';

const runs = new Map<string, SimulationResult>();
const run = (name: string) => runs.get(name) ?? runs.set(name, runSimulation(findPreset(name)!)).get(name)!;
const statuses = (r: SimulationResult) => [...new Set(r.districts.map((d) => d.verdict.status))];

describe('two cities, one published result', () => {
  it('honest and rigged publish nearly the same results (within 1.5 % per candidate) and the same flips', () => {
    const honest = run('moscow-2021');
    const rigged = run('moscow-2021-rigged');
    expect(rigged.districts.map((d) => d.flipped)).toEqual(honest.districts.map((d) => d.flipped));
    honest.districts.forEach((d, i) => {
      const r = rigged.districts[i];
      expect(r.publishedWinner).toBe(d.publishedWinner);
      // The district's two leading candidates (parties differ by district).
      const leading = d.published.map((v, k) => [v, k]).sort((a, b) => b[0] - a[0]).slice(0, 2).map(([, k]) => k);
      for (const k of leading) expect(Math.abs(r.published[k] - d.published[k]) / d.published[k]).toBeLessThan(0.015);
    });
    // The rigged city's truth is not what it published: its winners' true margins are smaller, and some lost.
    expect(rigged.districts.every((d) => d.tamperedBallots === MOSCOW_PHANTOMS)).toBe(true);
    expect(rigged.districts.some((d) => d.truthWinner !== d.publishedWinner)).toBe(true);
    const margin = (votes: readonly number[], winner: number) => votes[winner] - Math.max(...votes.filter((_, k) => k !== winner));
    for (const d of rigged.districts) {
      const w = d.candidates.findIndex((c) => c.id === d.publishedWinner);
      expect(margin(d.truth, w), `district ${d.id}`).toBeLessThan(margin(d.published, w));
    }
  });

  it('with Moscow-like verifiability both are unverifiable, and no check fails', () => {
    for (const name of ['moscow-2021', 'moscow-2021-rigged']) {
      const r = run(name);
      expect(statuses(r), name).toEqual(['unverifiable']);
      expect(r.evidence.filter((e) => e.status === 'failed'), name).toEqual([]);
      expect(r.verdict.status).toBe('unverifiable');
    }
  });

  it('audited, the honest city is verified and the rigged one is caught by receipts in every district', () => {
    const honest = run('moscow-2021-audited');
    expect(statuses(honest)).toEqual(['verified']);
    expect(honest.verdict.status).toBe('verified');
    // Every paper ballot recounted, 3 % of registrants checking: the bound is far below every margin.
    for (const d of honest.districts) expect(d.verdict.outcomeConfirmed, `district ${d.id}`).toBe(true);
    const rigged = run('moscow-2021-rigged-audited');
    expect(statuses(rigged)).toEqual(['tampering-detected']);
    for (const d of rigged.districts) expect(d.verdict.failedChecks).toEqual(['receipts']);
    expect(rigged.districts[1].verdict.reason).toMatch(/cast in their name/);
  });
});
