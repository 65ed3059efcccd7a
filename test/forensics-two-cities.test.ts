/**
 * Two cities, one result (docs/integrity.md): moscow-2021 is honest; moscow-2021-rigged has fewer voters
 * pressured at work and 8,800 injected re-votes for the ruling party in every district. Their forensic signals
 * are compared here, one run each, to show what published numbers can and cannot tell (docs/forensics.md).
 */
import { describe, expect, it } from 'vitest';
import { simulate, VoterStatus, type SimulationRun } from '../src/core/index.ts';
import { forensics, type DistrictForensics, type ForensicsReport } from '../src/core/forensics/forensics.ts';
import { publishedFigures } from '../src/core/forensics/forensic-figures.ts';
import { findPreset } from '../src/content/presets/index.ts';

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
    expect(riggedRun.result.districts.every((d) => d.tamperedBallots === 8800)).toBe(true);
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

  it("the leader's drift does differ, but it points at the honest city: its leaders drift more in every district", () => {
    // Pressured voters vote at work on the first morning, so the honest city's ruling candidates start strong
    // and fade; the rigged city has fewer of them, and its injected re-votes are spread over the window.
    for (const [i, d] of honest.districts.entries()) {
      expect(Math.abs(d.leaderDrift.change)).toBeGreaterThan(Math.abs(rigged.districts[i].leaderDrift.change));
    }
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
