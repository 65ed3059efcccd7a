/** The simulated vote series (every ballot of the published ledger, binned) and the summary both series share. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVoteSeries, simulate, type VoteSeries } from '../src/core/index.ts';
import { seriesFromRun, summarizeSeries } from '../src/core/series/ledger-series.ts';
import { findPreset } from '../src/content/presets/index.ts';

const FILE = new URL('../public/data/moscow-2021-online-20min.csv', import.meta.url);

function realSeries(): VoteSeries {
  const r = parseVoteSeries(readFileSync(FILE, 'utf8'));
  if ('errors' in r) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.series;
}

describe('seriesFromRun', () => {
  const run = simulate(findPreset('classroom')!);
  const series = seriesFromRun(run);

  it("holds every ballot of the published ledger: per district, the run's onlineCast", () => {
    expect(series.districts.map((d) => d.id)).toEqual(run.scenario.districts.map((d) => d.id).sort((a, b) => a - b));
    for (const d of series.districts) {
      const result = run.result.districts.find((r) => r.id === d.id)!;
      expect(d.total).toBe(result.onlineCast);
      expect(d.candidates.reduce((a, c) => a + c.votes.reduce((x, y) => x + y, 0), 0)).toBe(result.onlineCast);
      expect(d.candidates.map((c) => c.name)).toEqual(result.candidates.map((c) => c.name));
    }
    expect(series.total).toBe(run.result.totals.onlineCast);
    expect(series.total).toBe(run.integrity.published.count);
  });

  it('bins by 20 minutes from the opening of online voting, over the whole window', () => {
    expect(series.binMinutes).toBe(20);
    const [d] = series.districts;
    expect(d.binMinutes).toBe(20);
    expect(Date.parse(d.bins[0])).toBe(run.integrity.live.unixOpens * 1000);
    for (let b = 1; b < d.bins.length; b++) expect(Date.parse(d.bins[b]) - Date.parse(d.bins[b - 1])).toBe(20 * 60_000);
    const window = run.integrity.record.onlineCloses - run.integrity.record.onlineOpens;
    expect(d.bins.length).toBeGreaterThanOrEqual(Math.ceil(window / 1200));
    // A ballot at t seconds lands in bin floor(t / 1200).
    const { time, district, choice } = run.integrity.published;
    const k = choice[0];
    const di = series.districts.findIndex((x) => x.id === run.scenario.districts[district[0]].id);
    expect(series.districts[di].candidates[k].votes[Math.floor(time[0] / 1200)]).toBeGreaterThan(0);
    // Other widths re-bin the same ballots.
    const hourly = seriesFromRun(run, 60);
    expect(hourly.total).toBe(series.total);
    expect(Date.parse(hourly.districts[0].bins[1]) - Date.parse(hourly.districts[0].bins[0])).toBe(3_600_000);
  });

  it('summarizes the simulated series like any other', () => {
    const summary = summarizeSeries(series, run.scenario.timeZone.utcOffsetMinutes);
    for (const s of summary) {
      expect(s.total).toBeGreaterThan(0);
      expect(s.top).toHaveLength(2);
      expect(s.top[0].share).toBeGreaterThanOrEqual(s.top[1].share);
      expect(s.dayOneShare).toBeGreaterThan(0);
      expect(s.dayOneShare).toBeLessThanOrEqual(1);
    }
  });
});

describe('summarizeSeries', () => {
  const real = realSeries();
  const summary = summarizeSeries(real, 180);

  it('gives the 15 Moscow districts of the shipped file', () => {
    expect(summary.map((s) => s.id)).toEqual(Array.from({ length: 15 }, (_, i) => 196 + i));
  });

  it('district 197: total, top two, day one, peak and drift computed from the file', () => {
    const d = real.districts.find((x) => x.id === 197)!;
    const s = summary.find((x) => x.id === 197)!;
    const sum = d.candidates.reduce((a, c) => a + c.total, 0);
    expect(s.total).toBe(sum);
    expect(s.total).toBe(d.total);
    expect(s.bins).toBe(d.bins.length);
    const names = s.top.map((t) => t.name).join(' | ');
    expect(names).toContain('ПОПОВ');
    expect(names).toContain('ЛОБАНОВ');
    expect(s.top[0].name).toMatch(/^ПОПОВ/);
    const popov = d.candidates.find((c) => c.name.startsWith('ПОПОВ'))!;
    expect(s.top[0].share).toBeCloseTo(popov.total / sum, 12);

    // Day one: bins starting before the first local (UTC+3) midnight after the first bin.
    const firstLocal = Date.parse(d.bins[0]) + 180 * 60_000;
    const midnightUtc = Math.floor(firstLocal / 86_400_000 + 1) * 86_400_000 - 180 * 60_000;
    let dayOne = 0;
    let peak = 0;
    let peakAt = '';
    d.bins.forEach((bin, b) => {
      const inBin = d.candidates.reduce((a, c) => a + c.votes[b], 0);
      if (Date.parse(bin) < midnightUtc) dayOne += inBin;
      if (inBin > peak) [peak, peakAt] = [inBin, bin];
    });
    expect(s.dayOneShare).toBeCloseTo(dayOne / sum, 12);
    expect(s.dayOneShare).toBeGreaterThan(0);
    expect(s.dayOneShare).toBeLessThan(1);
    expect(s.peak!.ballots).toBe(peak);
    expect(Date.parse(s.peak!.label.replace(' ', 'T') + 'Z') - 180 * 60_000).toBe(Date.parse(peakAt));

    const third = Math.floor(d.bins.length / 3);
    const share = (from: number, to: number) => {
      let l = 0;
      let all = 0;
      for (let b = from; b < to; b++) {
        l += popov.votes[b];
        all += d.candidates.reduce((a, c) => a + c.votes[b], 0);
      }
      return l / all;
    };
    expect(s.leaderDrift!.first).toBeCloseTo(share(0, third), 12);
    expect(s.leaderDrift!.last).toBeCloseTo(share(d.bins.length - third, d.bins.length), 12);
  });

  it('handles an empty district and a short series', () => {
    const r = parseVoteSeries('district,bin_start_utc,candidate,votes\n5,2021-09-17T05:00Z,"A B",0\n5,2021-09-17T05:20Z,"A B",0\n');
    if ('errors' in r) throw new Error(JSON.stringify(r.errors));
    const [s] = summarizeSeries(r.series);
    expect(s).toEqual({ id: 5, total: 0, bins: 2, top: [{ name: 'A B', share: 0 }], dayOneShare: 0, peak: null, leaderDrift: null });
  });
});
