/**
 * The moscow-2021 preset against the public figures it is calibrated to (issue #2), over two
 * seeds. Tolerances are stated next to each figure; a full run is 7.4 million voters.
 */
import { describe, expect, it } from 'vitest';
import { BallotCause, simulate, type SimulationRun } from '../src/core/index.ts';
import { findPreset } from '../src/content/presets/index.ts';

const SIZES: Record<number, [string, number]> = {
  196: ['Babushkinsky', 488_448],
  197: ['Kuntsevsky', 493_019],
  198: ['Leningradsky', 506_038],
  199: ['Lyublinsky', 508_542],
  200: ['Medvedkovsky', 453_521],
  201: ['Nagatinsky', 486_522],
  202: ['Novomoskovsky', 513_106],
  203: ['Orekhovo-Borisovsky', 512_496],
  204: ['Perovsky', 482_016],
  205: ['Preobrazhensky', 495_848],
  206: ['Tushinsky', 462_805],
  207: ['Khovrinsky', 481_272],
  208: ['Tsentralny', 473_354],
  209: ['Cheremushkinsky', 513_810],
  210: ['Chertanovsky', 500_000],
};

const within = (value: number, target: number, relative: number) => {
  expect(value).toBeGreaterThanOrEqual(target * (1 - relative));
  expect(value).toBeLessThanOrEqual(target * (1 + relative));
};

describe.each(['2021', 'calibration-2'])('moscow-2021 preset, seed %s', (seed) => {
  let run: SimulationRun;
  const get = () => (run ??= simulate(findPreset('moscow-2021')!, { seed }));

  it('has the 15 districts 196-210 with their registered voters', () => {
    const { districts } = get().result;
    expect(districts.map((d) => d.id)).toEqual(Object.keys(SIZES).map(Number));
    for (const d of districts) expect([d.name, d.registered]).toEqual(SIZES[d.id]);
    for (const d of districts) expect(d.registered / d.precincts).toBeGreaterThan(1500);
    for (const d of districts) expect(d.registered / d.precincts).toBeLessThan(3000);
  });

  it('turns out ~50 %, with ~27 % registered online, ~96 % of them voting, online ~half of all ballots', () => {
    const t = get().result.totals;
    within(t.turnoutRate, 0.5, 0.06);
    within(t.onlineRegistered / t.registered, 0.27, 0.04);
    within(t.onlineCounted / t.onlineRegistered, 0.96, 0.01);
    within(t.onlineCounted / t.turnout, 0.5, 0.06);
    within(t.onlineCast, 2_220_000, 0.05);
  });

  it('has ~15 % of online voters re-voting, and ~60 % of first online ballots on day one', () => {
    const r = get();
    within(r.result.totals.revoters / r.result.totals.onlineCounted, 0.15, 0.1);
    const { ballots } = r.casting;
    let first = 0;
    let dayOne = 0;
    // Friday 08:00 to midnight is the first 16 hours of the window.
    for (let i = 0; i < ballots.count; i++) {
      if (ballots.cause[i] !== BallotCause.first) continue;
      first++;
      if (ballots.time[i] < 16 * 3600) dayOne++;
    }
    within(dayOne / first, 0.6, 0.05);
    expect(r.result.timeline.onlineOpens).toBe('2021-09-17T05:00:00.000Z');
    expect(r.result.timeline.onlineCloses).toBe('2021-09-19T17:00:00.000Z');
  });

  it('gives district 197 paper 46,129 (opposition) vs 34,305 (ruling party) within 5 %', () => {
    const d = get().result.districts.find((x) => x.id === 197)!;
    const votes = (party: string) => d.paper[d.candidates.findIndex((c) => c.party === party)];
    within(votes('cprf'), 46_129, 0.05);
    within(votes('ur'), 34_305, 0.05);
    expect(d.candidates.find((c) => c.party === 'cprf')!.name).toBe('Mikhail Lobanov');
    expect(d.flipped).toBe(true);
  });

  it('has paper leads for the opposition in most districts, 8 to 11 of them reversed by the online count', () => {
    const { districts, totals } = get().result;
    const oppositionLeads = districts.filter((d) => d.paperLeader?.endsWith('-cprf')).length;
    expect(oppositionLeads).toBeGreaterThanOrEqual(10);
    expect(totals.flips).toBeGreaterThanOrEqual(8);
    expect(totals.flips).toBeLessThanOrEqual(11);
    for (const d of districts.filter((x) => x.flipped)) expect(d.publishedWinner).toMatch(/-ur$/);
  });

  it('publishes online results the next afternoon, after the paper protocols, with recount releases', () => {
    const steps = get().result.timeline.steps;
    const online = steps.filter((s) => s.kind === 'online');
    expect(online.length).toBe(4);
    expect(online[0].local.slice(0, 10)).toBe('2021-09-20');
    const hour = Number(online[0].local.slice(11, 13));
    expect(hour).toBeGreaterThanOrEqual(12);
    expect(hour).toBeLessThanOrEqual(18);
    const lastPaper = steps.filter((s) => s.kind === 'paper').at(-1)!;
    expect(lastPaper.at < online[0].at).toBe(true);
    // Honest recounts of an unchanged database agree with each other.
    for (const s of online.slice(1)) expect(s.counts).toEqual(online[0].counts);
  });
});
