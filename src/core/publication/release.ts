/**
 * The night after the close: precinct protocols reach the results website one by one, online
 * results come out after a delay, possibly several times ("recounts"). Builds the timeline of
 * what the public saw, with the running totals at each step.
 */
import type { Electorate } from '../electorate/electorate.ts';
import type { Rng } from '../base/random.ts';
import { formatLocal, isoUtc } from '../base/time.ts';

/** One moment the public saw the running totals change. */
export interface TimelineStep {
  /** UTC instant, ISO-8601. */
  readonly at: string;
  /** Scenario-local wall time, `YYYY-MM-DD HH:MM`. */
  readonly local: string;
  readonly kind: 'paper' | 'online';
  readonly label: string;
  /** Per district: precinct protocols published so far. */
  readonly reported: readonly number[];
  /** Per district, per candidate: the published running total. */
  readonly counts: readonly (readonly number[])[];
}

/** One publication of online results: when, and the counts it gave (D x K). */
export interface OnlineRelease {
  readonly atMs: number;
  readonly label: string;
  readonly counts: Float64Array;
}

export interface NightInput {
  readonly electorate: Electorate;
  readonly districts: number;
  /** Published precinct protocols, P x K. */
  readonly protocols: ArrayLike<number>;
  readonly pollsCloseMs: number;
  readonly protocolHoursMin: number;
  readonly protocolHoursMax: number;
  readonly updateMinutes: number;
  readonly onlineReleases: readonly OnlineRelease[];
  readonly utcOffsetMinutes: number;
  /** Stream `release/paper`: one draw per precinct for its protocol's delay. */
  readonly rng: Rng;
}

/** When each precinct's protocol appears on the website (ms, UTC), and the timeline of steps. */
export function replayNight(input: NightInput): { reportedAtMs: Float64Array; steps: TimelineStep[] } {
  const { electorate: e, districts: D, protocols, rng } = input;
  const K = e.parties;
  const P = e.precinctDistrict.length;
  const update = input.updateMinutes * 60_000;
  const reportedAtMs = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    // Two-draw average: protocols bunch in the middle of the night, a few come early or late.
    const hours = input.protocolHoursMin + (input.protocolHoursMax - input.protocolHoursMin) * ((rng() + rng()) / 2);
    const arrived = input.pollsCloseMs + hours * 3_600_000;
    reportedAtMs[p] = input.pollsCloseMs + Math.ceil((arrived - input.pollsCloseMs) / update) * update;
  }

  type Event = { atMs: number; precincts: number[]; release?: OnlineRelease };
  const byTime = new Map<number, Event>();
  const eventAt = (atMs: number) => byTime.get(atMs) ?? byTime.set(atMs, { atMs, precincts: [] }).get(atMs)!;
  for (let p = 0; p < P; p++) eventAt(reportedAtMs[p]).precincts.push(p);
  for (const release of input.onlineReleases) eventAt(release.atMs).release = release;
  const events = [...byTime.values()].sort((a, b) => a.atMs - b.atMs);

  const paper = new Float64Array(D * K);
  const reported = new Array<number>(D).fill(0);
  let online: Float64Array | undefined;
  const steps: TimelineStep[] = [];
  for (const event of events) {
    for (const p of event.precincts) {
      const d = e.precinctDistrict[p];
      reported[d]++;
      for (let k = 0; k < K; k++) paper[d * K + k] += protocols[p * K + k];
    }
    if (event.release) online = event.release.counts;
    const counts = Array.from({ length: D }, (_, d) =>
      Array.from({ length: K }, (_, k) => paper[d * K + k] + (online ? online[d * K + k] : 0)),
    );
    const total = reported.reduce((a, b) => a + b, 0);
    steps.push({
      at: isoUtc(event.atMs),
      local: formatLocal(event.atMs, input.utcOffsetMinutes),
      kind: event.release ? 'online' : 'paper',
      label: event.release
        ? event.release.label
        : `${total.toLocaleString('en-US')} of ${P.toLocaleString('en-US')} precinct protocols`,
      reported: [...reported],
      counts,
    });
  }
  return { reportedAtMs, steps };
}
