/**
 * The simulated counterpart of an imported vote series (src/core/series/vote-series.ts), and a small summary both
 * go through, so that a real online vote and a simulated one can be put side by side.
 *
 * - `seriesFromRun` bins every ballot of a run's published ledger — every stored ballot, superseded re-votes
 *   included, like the real Moscow file — per district, candidate and `binMinutes` from the opening of online
 *   voting. Bins cover the whole voting window (and any entry stamped after it), zero bins included.
 * - `summarizeSeries` reduces each district to a handful of numbers: ballots, bins, the two leading
 *   candidates' shares, the share cast on the first local calendar day, the peak bin, and the leader's share
 *   in the first and the last third of the bins (does the leader's share drift over time?).
 *
 * Such numbers can suggest that two vote flows differ; they cannot prove that either was honest or rigged.
 * Engine code: no DOM, no Node APIs, no clock.
 */
import type { SimulationRun } from '../run/simulate.ts';
import { localBinLabel, type CandidateSeries, type DistrictSeries, type VoteSeries } from './vote-series.ts';

/** Every ballot of the run's published ledger, binned by `binMinutes` from the opening of online voting. */
export function seriesFromRun(run: SimulationRun, binMinutes = 20): VoteSeries {
  if (!(Number.isInteger(binMinutes) && binMinutes > 0)) {
    throw new RangeError(`binMinutes must be a positive whole number, got ${binMinutes}`);
  }
  const ledger = run.integrity.published;
  const opensMs = run.integrity.live.unixOpens * 1000;
  const binSeconds = binMinutes * 60;
  let last = run.integrity.record.onlineCloses - run.integrity.record.onlineOpens - 1;
  for (let i = 0; i < ledger.count; i++) if (ledger.time[i] > last) last = ledger.time[i];
  const nBins = Math.max(1, Math.floor(Math.max(0, last) / binSeconds) + 1);
  const bins = Array.from({ length: nBins }, (_, b) => new Date(opensMs + b * binSeconds * 1000).toISOString());

  const D = run.scenario.districts.length;
  const K = run.result.parties.length;
  // counts[(d * K + k) * nBins + b]
  const counts = new Uint32Array(D * K * nBins);
  for (let i = 0; i < ledger.count; i++) {
    counts[(ledger.district[i] * K + ledger.choice[i]) * nBins + Math.floor(ledger.time[i] / binSeconds)]++;
  }

  let total = 0;
  const districts: DistrictSeries[] = run.scenario.districts.map((spec, d) => {
    const candidates: CandidateSeries[] = run.result.districts[d].candidates.map((c, k) => {
      const votes = counts.slice((d * K + k) * nBins, (d * K + k + 1) * nBins);
      return { name: c.name, votes, total: votes.reduce((a, b) => a + b, 0) };
    });
    const districtTotal = candidates.reduce((a, c) => a + c.total, 0);
    total += districtTotal;
    return { id: spec.id, bins, binMinutes, candidates, total: districtTotal };
  });
  districts.sort((a, b) => a.id - b.id);
  return { districts, total, binMinutes };
}

export interface SeriesSummary {
  id: number;
  /** Ballots in the district (all bins, all candidates). */
  total: number;
  bins: number;
  /** The two candidates with the most ballots (fewer if the district has fewer), with their share of `total`. */
  top: { name: string; share: number }[];
  /** Share of the ballots in bins that start on the local calendar day of the first bin. */
  dayOneShare: number;
  /** The bin with the most ballots (the earliest on a tie) as local time, or null with no ballots. */
  peak: { label: string; ballots: number } | null;
  /**
   * The overall leader's share of the ballots in the first and in the last third of the bins (null with fewer
   * than three bins or no ballots; a third with no ballots has share NaN).
   */
  leaderDrift: { first: number; last: number } | null;
}

/** Per district, the summary described above; local times at `utcOffsetMinutes` east of UTC (Moscow: 180). */
export function summarizeSeries(s: VoteSeries, utcOffsetMinutes = 180): SeriesSummary[] {
  return s.districts.map((d) => {
    const n = d.bins.length;
    const perBin = new Float64Array(n);
    for (const c of d.candidates) for (let b = 0; b < n; b++) perBin[b] += c.votes[b];
    const share = (x: number, of: number) => (of > 0 ? x / of : 0);
    const ranked = d.candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.total - a.c.total || a.i - b.i);
    const top = ranked.slice(0, 2).map(({ c }) => ({ name: c.name, share: share(c.total, d.total) }));

    const day = (iso: string) => localBinLabel(iso, utcOffsetMinutes).slice(0, 10);
    const firstDay = n > 0 ? day(d.bins[0]) : '';
    let dayOne = 0;
    for (let b = 0; b < n && day(d.bins[b]) === firstDay; b++) dayOne += perBin[b];

    let peakBin = -1;
    for (let b = 0; b < n; b++) if (perBin[b] > 0 && (peakBin < 0 || perBin[b] > perBin[peakBin])) peakBin = b;
    const peak = peakBin < 0 ? null : { label: localBinLabel(d.bins[peakBin], utcOffsetMinutes), ballots: perBin[peakBin] };

    const third = Math.floor(n / 3);
    let leaderDrift: SeriesSummary['leaderDrift'] = null;
    if (third > 0 && d.total > 0) {
      const leader = ranked[0].c;
      const shareIn = (from: number, to: number) => {
        let l = 0;
        let all = 0;
        for (let b = from; b < to; b++) {
          l += leader.votes[b];
          all += perBin[b];
        }
        return all > 0 ? l / all : NaN;
      };
      leaderDrift = { first: shareIn(0, third), last: shareIn(n - third, n) };
    }
    return { id: d.id, total: d.total, bins: n, top, dayOneShare: share(dayOne, d.total), peak, leaderDrift };
  });
}
