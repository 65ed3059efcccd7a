/**
 * The paper audit's own sampler: anyone holding the public audit seed re-draws the same ballots.
 * Draw i of a district is SHA-256 in counter mode over the seed, reduced modulo the district's
 * ballot count, in the spirit of R. L. Rivest's reference sampler for election audits
 * (sampler.py, 2011: SHA-256 of the seed and a counter, as an integer, modulo the population):
 *
 *   h_i = SHA-256(tagged("tally-lab/paper-audit-draw@1", seed, u32be(districtId), u32be(i)))
 *   ballot_i = (h_i read as a 256-bit big-endian integer) mod N
 *
 * The modulo bias is below N / 2^256: nil. Ballot b (0-based) of the district is found through the
 * ballot manifest, the district's precincts in record order with their ballot counts: precinct p
 * holds ballots start_p .. start_p + n_p - 1, and the ballot is at position b - start_p of its box.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { encodeTagged, u32be } from '../../crypto/encoding.ts';

export const AUDIT_DRAW_TAG = 'tally-lab/paper-audit-draw@1';

/** The i-th ballot drawn (0-based, counting from 0) among `ballots` ballots of the district. */
export function auditDraw(seed: Uint8Array, districtId: number, i: number, ballots: number): number {
  if (!(Number.isInteger(ballots) && ballots > 0 && ballots <= 0xffff_ffff)) throw new RangeError(`auditDraw: ballots must be an integer from 1 to 2^32 - 1, got ${ballots}`);
  const h = sha256(encodeTagged(AUDIT_DRAW_TAG, [seed, u32be(districtId), u32be(i)]));
  // Horner's rule, byte by byte: r < 2^32, so r * 256 + 255 stays exact in a double (a test checks it against BigInt).
  let r = 0;
  for (let k = 0; k < h.length; k++) r = (r * 256 + h[k]) % ballots;
  return r;
}

/** A ballot manifest: where ballot b of a district is, as (precinct, position in its box). */
export class BallotManifest {
  readonly total: number;
  readonly #starts: number[];

  /** `precincts`: the district's precinct indices in record order; `ballots`: each one's ballot count. */
  constructor(
    readonly precincts: readonly number[],
    ballots: readonly number[],
  ) {
    this.#starts = [];
    let at = 0;
    for (const n of ballots) {
      this.#starts.push(at);
      at += n;
    }
    this.total = at;
  }

  locate(ballot: number): { precinct: number; position: number } {
    // The last precinct starting at or before the ballot (empty boxes share a start; skip them).
    let a = 0;
    let b = this.#starts.length - 1;
    while (a < b) {
      const m = (a + b + 1) >>> 1;
      if (this.#starts[m] <= ballot) a = m;
      else b = m - 1;
    }
    return { precinct: this.precincts[a], position: ballot - this.#starts[a] };
  }
}

/**
 * The candidate of the ballot at `position` in a box holding `counts[k]` ballots for candidate k:
 * the box's ballots are taken sorted by candidate index, so positions 0 .. counts[0] - 1 hold
 * candidate 0's ballots, the next counts[1] candidate 1's, and so on. -1: no ballot there.
 */
export function candidateAt(counts: readonly number[] | ArrayLike<number>, position: number): number {
  let at = position;
  for (let k = 0; k < counts.length; k++) {
    if (at < counts[k]) return k;
    at -= counts[k];
  }
  return -1;
}
