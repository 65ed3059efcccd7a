/**
 * The moscow-2021 preset against the figures it is calibrated to (issues #2 and #18): the district sizes, the
 * turnout and online figures, the real dump's ballot count, and per district the published winner and runner-up
 * with their paper and online shares from public/data/moscow-2021-districts.csv (its README says where each figure
 * comes from, and which are estimates). One full run, the default seed; tolerances are stated next to each figure.
 */
import { readFileSync } from 'node:fs';
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

/** Shares are held to 2 points, whatever kind of figure they are (the data README says which are estimates). */
const POINTS = 2;

interface Figure {
  district: number;
  channel: 'paper' | 'online';
  role: 'winner' | 'runner-up';
  candidate: string;
  party: string;
  share: number;
  figure: string;
}

/** The calibration figures: one row per district, channel and leading candidate. */
function figures(): Figure[] {
  const [header, ...rows] = readFileSync('public/data/moscow-2021-districts.csv', 'utf8').trim().split('\n');
  const cols = header.split(',');
  return rows.map((line) => {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    const at = (name: string) => cells[cols.indexOf(name)];
    return {
      district: Number(at('district')),
      channel: at('channel') as Figure['channel'],
      role: at('role') as Figure['role'],
      candidate: at('candidate'),
      party: at('party'),
      share: Number(at('share_pct')) / 100,
      figure: at('figure'),
    };
  });
}

const within = (value: number, target: number, relative: number) => {
  expect(value).toBeGreaterThanOrEqual(target * (1 - relative));
  expect(value).toBeLessThanOrEqual(target * (1 + relative));
};

describe('moscow-2021 preset, default seed', () => {
  let run: SimulationRun;
  const get = () => (run ??= simulate(findPreset('moscow-2021')!));
  const rows = figures();

  it('reads 60 figures: 15 districts, two channels, two candidates', () => {
    expect(rows.length).toBe(60);
    expect(new Set(rows.map((r) => r.district)).size).toBe(15);
  });

  it('has the 15 districts 196-210 with their registered voters', () => {
    const { districts } = get().result;
    expect(districts.map((d) => d.id)).toEqual(Object.keys(SIZES).map(Number));
    for (const d of districts) expect([d.name, d.registered]).toEqual(SIZES[d.id]);
    for (const d of districts) expect(d.registered / d.precincts).toBeGreaterThan(1500);
    for (const d of districts) expect(d.registered / d.precincts).toBeLessThan(3000);
  });

  it.each(rows.map((r) => [r.district, r.channel, r.role, r.candidate, r.share, r.figure] as const))(
    'district %i, %s: the %s %s has %f within 2 points (%s)',
    (district, channel, role, candidate, share) => {
      const d = get().result.districts.find((x) => x.id === district)!;
      const row = rows.find((r) => r.district === district && r.channel === channel && r.role === role)!;
      const k = d.candidates.findIndex((c) => c.party === row.party);
      expect(d.candidates[k].name).toBe(candidate);
      const votes = channel === 'paper' ? d.paper : d.online;
      const total = votes.reduce((a, b) => a + b, 0);
      expect(Math.abs(votes[k] / total - share)).toBeLessThan(POINTS / 100);
    },
  );

  it('publishes the winners of 2021: in every district the candidate the mayor’s office backed', () => {
    for (const d of get().result.districts) {
      const winner = rows.find((r) => r.district === d.id && r.role === 'winner')!;
      expect(d.publishedWinner, `district ${d.id}`).toBe(`${d.id}-${winner.party}`);
    }
  });

  it('flips the districts whose paper lead for the opposition is published or derived from published figures', () => {
    const { districts } = get().result;
    for (const id of [196, 197, 198, 208]) expect(districts.find((d) => d.id === id)!.flipped, `district ${id}`).toBe(true);
  });

  it('gives district 197 paper 46,129 (Lobanov) vs 34,305 (Popov) within 5 %', () => {
    const d = get().result.districts.find((x) => x.id === 197)!;
    const votes = (party: string) => d.paper[d.candidates.findIndex((c) => c.party === party)];
    within(votes('cprf'), 46_129, 0.05);
    within(votes('ur'), 34_305, 0.05);
  });

  it('turns out ~50 %, with ~27 % registered online, ~96 % of them voting, online ~half of all ballots', () => {
    const t = get().result.totals;
    within(t.turnoutRate, 0.5, 0.06);
    within(t.onlineRegistered / t.registered, 0.27, 0.04);
    within(t.onlineCounted / t.onlineRegistered, 0.96, 0.01);
    within(t.onlineCounted / t.turnout, 0.5, 0.06);
  });

  it('stores about the real dump’s ballots: 2,003,956 within 3 %, 60,366 more than voters within 25 %', () => {
    const t = get().result.totals;
    within(t.onlineCast, 2_003_956, 0.03);
    within(t.onlineCast - t.onlineCounted, 60_366, 0.25);
  });

  it('casts 61 % of stored online ballots on day one, as the real arrival curve it copies (within 2 points)', () => {
    const { ballots } = get().casting;
    let dayOne = 0;
    // Friday 08:00 to midnight is the first 16 hours of the window.
    for (let i = 0; i < ballots.count; i++) if (ballots.time[i] < 16 * 3600) dayOne++;
    expect(Math.abs(dayOne / ballots.count - 0.612)).toBeLessThan(0.02);
    let first = 0;
    for (let i = 0; i < ballots.count; i++) if (ballots.cause[i] === BallotCause.first) first++;
    expect(first).toBe(get().result.totals.onlineCounted);
    expect(get().result.timeline.onlineOpens).toBe('2021-09-17T05:00:00.000Z');
    expect(get().result.timeline.onlineCloses).toBe('2021-09-19T17:00:00.000Z');
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
