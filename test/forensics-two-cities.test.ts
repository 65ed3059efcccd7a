/**
 * Two cities, one result (docs/integrity.md): moscow-2021 is honest; moscow-2021-rigged has fewer voters
 * pressured at work and 13,000 ballots a district cast for the candidate the mayor's office backed, in the name of
 * online registrants who did not vote. Their forensic signals
 * are compared here, one run each, to show what published numbers can and cannot tell (docs/forensics.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVoteSeries, simulate, summarizeSeries, VoterStatus, type SimulationRun } from '../src/core/index.ts';
import { forensics, type DistrictForensics, type ForensicsReport } from '../src/core/forensics/forensics.ts';
import { publishedFigures } from '../src/core/forensics/forensic-figures.ts';
import { findPreset, MOSCOW_PHANTOMS } from '../src/content/presets/index.ts';

const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
const sd = (a: number[]) => {
  const m = mean(a);
  return Math.sqrt(a.reduce((s, x) => s + (x - m) ** 2, 0) / (a.length - 1));
};

describe('two cities, one result: the forensic signals', () => {
  const honestRun = simulate(findPreset('moscow-2021')!);
  const riggedRun = simulate(findPreset('moscow-2021-rigged')!);
  const honest = forensics(publishedFigures(honestRun));
  const rigged = forensics(publishedFigures(riggedRun));

  it('the truth differs: one city is rigged in every district, the other in none, and both publish the same winners', () => {
    expect(honestRun.result.districts.every((d) => d.tamperedBallots === 0)).toBe(true);
    expect(riggedRun.result.districts.every((d) => d.tamperedBallots === MOSCOW_PHANTOMS)).toBe(true);
    expect(riggedRun.result.districts.map((d) => d.publishedWinner)).toEqual(honestRun.result.districts.map((d) => d.publishedWinner));
  });

  const signals: [string, (d: DistrictForensics, r: ForensicsReport) => number][] = [
    ['channel gap of the ruling party', (d, r) => d.gap[r.focusParty.index]],
    ['turnout-vs-leader slope', (d) => d.turnoutFit.slope],
    ['turnout-vs-leader correlation', (d) => d.turnoutFit.correlation],
    ['unexplained swing', (d) => d.swing.unexplained],
  ];
  for (const [name, signal] of signals) {
    it(`the ${name} differs between the cities by less than it varies across either city's districts`, () => {
      const a = honest.districts.map((d) => signal(d, honest));
      const b = rigged.districts.map((d) => signal(d, rigged));
      expect(Math.abs(mean(b) - mean(a))).toBeLessThan(Math.min(sd(a), sd(b)));
    });
  }

  it('the explained swing differs between the cities by less than its own standard error, in every district', () => {
    for (const [i, d] of honest.districts.entries()) {
      const other = rigged.districts[i];
      expect(Math.abs(other.swing.explained - d.swing.explained)).toBeLessThan(Math.min(d.swing.explainedSe, other.swing.explainedSe));
    }
  });

  it("the leader's drift does differ, and the real series' drift sits nearer the honest city's", () => {
    // The honest city's leaders fade a little (later re-votes drift away from them); the rigged city's phantom
    // ballots are spread evenly over the window, later than the real turnout, so its leaders gain. The real leaders
    // fade (mean −3.6 points), which neither city reproduces: nothing in either links the hour to the choice.
    for (const [i, d] of honest.districts.entries()) expect(rigged.districts[i].leaderDrift.change).toBeGreaterThan(d.leaderDrift.change);
    const parsed = parseVoteSeries(readFileSync('public/data/moscow-2021-online-20min.csv', 'utf8'));
    if (!('series' in parsed)) throw new Error('the shipped series does not parse');
    const real = summarizeSeries(parsed.series);
    const realDrift = mean(real.map((d) => d.leaderDrift!.last - d.leaderDrift!.first));
    const [h, r] = [honest, rigged].map((f) => mean(f.districts.map((d) => d.leaderDrift.change)));
    expect(Math.abs(h - realDrift)).toBeLessThan(Math.abs(r - realDrift));
  });

  it("the age-support estimate is within three standard errors of the paper voters' true support by band", () => {
    for (const [run, report] of [
      [honestRun, honest],
      [riggedRun, rigged],
    ] as [SimulationRun, ForensicsReport][]) {
      const truth = trueBandSupport(run, report.focusParty.index);
      expect(Math.abs(report.ageSupport.young - (truth[0] - truth[1]))).toBeLessThan(3 * Math.sqrt(report.ageSupport.cov[0][0]));
      expect(Math.abs(report.ageSupport.old - (truth[2] - truth[1]))).toBeLessThan(3 * Math.sqrt(report.ageSupport.cov[1][1]));
    }
  });
});

/** The focus party's share of the sincere preferences of paper voters in each age band (known only to the sandbox). */
function trueBandSupport(run: SimulationRun, party: number): number[] {
  const voters = [0, 0, 0];
  const forParty = [0, 0, 0];
  const { age, preference } = run.electorate;
  const PAPER = VoterStatus.votedPaper;
  for (let v = 0; v < run.electorate.voters; v++) {
    if ((run.casting.status[v] & PAPER) === 0) continue;
    voters[age[v]]++;
    if (preference[v] === party) forParty[age[v]]++;
  }
  return forParty.map((x, a) => x / voters[a]);
}
