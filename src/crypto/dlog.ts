/**
 * Small discrete logarithms by baby-step giant-step (Shanks): m with g^m = P, for 0 <= m <= max.
 * One table of `babySteps` points serves every lookup, so a tally of many counts pays for it once;
 * each lookup then takes at most max / babySteps giant steps. Points are compared by canonical
 * encoding (internal coordinates are not canonical), and encoding is the dominant cost, so both the
 * table and the giant steps encode doubled points in batches (encode-batch.ts): Q = g^j exactly when
 * 2·Q = 2·g^j, since doubling is one-to-one in a group of odd order.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeDoubles } from './encode-batch.ts';
import { G, gmul, Point, type GroupElement } from './group.ts';

/** Giant steps are encoded in batches growing from FIRST to LAST: small counts are found without waste. */
const FIRST_BATCH = 8;
const LAST_BATCH = 256;

export class DlogTable {
  /** Encoding of 2·g^j (hex) → j. */
  private readonly table = new Map<string, number>();
  private readonly giant: GroupElement;

  constructor(
    readonly max: number,
    readonly babySteps = Math.max(1, Math.ceil(Math.sqrt(max + 1))),
  ) {
    const steps: GroupElement[] = [];
    let P = Point.ZERO;
    for (let j = 0; j < babySteps; j++) {
      steps.push(P);
      P = P.add(G);
    }
    encodeDoubles(steps).forEach((e, j) => this.table.set(bytesToHex(e), j));
    this.giant = gmul(BigInt(babySteps)).negate();
  }

  /** m in [0, max] with g^m = P, or null if there is none. */
  find(P: GroupElement): number | null {
    const giantSteps = Math.floor(this.max / this.babySteps) + 1;
    let Q = P;
    for (let from = 0, size = FIRST_BATCH; from < giantSteps; from += size, size = Math.min(2 * size, LAST_BATCH)) {
      const batch: GroupElement[] = [];
      for (let i = from; i < Math.min(giantSteps, from + size); i++) {
        batch.push(Q);
        Q = Q.add(this.giant);
      }
      const encodings = encodeDoubles(batch);
      for (let i = 0; i < encodings.length; i++) {
        const j = this.table.get(bytesToHex(encodings[i]));
        if (j !== undefined) {
          const m = (from + i) * this.babySteps + j;
          return m <= this.max ? m : null;
        }
      }
    }
    return null;
  }
}
