/**
 * Counting: paper protocols summed per district, counted online ballots per district, and the
 * winner of each race (plurality; a tie is broken by lot from the district's own stream).
 */
import type { BallotTable } from '../casting/ballots.ts';
import type { Electorate } from '../electorate/electorate.ts';
import type { Rng } from '../base/random.ts';
import { BallotState } from '../casting/resolve.ts';

/** Counts per district and party, D x K row-major, and what the online count rests on. */
export interface ChannelCounts {
  readonly paper: Float64Array;
  readonly online: Float64Array;
  /** Online ballots cast, per district (counted or not). */
  readonly onlineCast: Float64Array;
  readonly onlineCounted: Float64Array;
}

/** Sums precinct protocols (P x K) into districts (D x K). */
export function sumProtocols(e: Electorate, protocols: ArrayLike<number>, districts: number): Float64Array {
  const K = e.parties;
  const out = new Float64Array(districts * K);
  for (let p = 0; p < e.precinctDistrict.length; p++) {
    const d = e.precinctDistrict[p];
    for (let k = 0; k < K; k++) out[d * K + k] += protocols[p * K + k];
  }
  return out;
}

/** Counts the online ballots whose state is `counted`. */
export function countOnline(ballots: BallotTable, state: Uint8Array, districts: number, parties: number) {
  const online = new Float64Array(districts * parties);
  const onlineCast = new Float64Array(districts);
  const onlineCounted = new Float64Array(districts);
  const { district, choice } = ballots;
  for (let i = 0; i < ballots.count; i++) {
    const d = district[i];
    onlineCast[d]++;
    if (state[i] === BallotState.counted) {
      onlineCounted[d]++;
      online[d * parties + choice[i]]++;
    }
  }
  return { online, onlineCast, onlineCounted };
}

/**
 * The index of the largest count; ties broken by lot. Returns -1 when nobody has a vote.
 * `lot` is only called on a tie, so untied races consume no draws.
 */
export function winnerOf(counts: ArrayLike<number>, lot: () => Rng): number {
  let best = -1;
  let top = 0;
  const tied: number[] = [];
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] > top) {
      top = counts[k];
      best = k;
      tied.length = 0;
      tied.push(k);
    } else if (counts[k] === top && top > 0) tied.push(k);
  }
  if (tied.length > 1) return tied[Math.floor(lot()() * tied.length)];
  return best;
}
