/**
 * Small discrete logarithms by baby-step giant-step: m with g^m = P, for 0 <= m <= max. One table
 * of `babySteps` points serves every lookup, so a tally of many counts pays for it once; each
 * lookup then takes at most max / babySteps giant steps. Points are compared by their canonical
 * ristretto encoding (internal coordinates are not canonical).
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { G, gmul, Point, type GroupElement } from './group.ts';

export class DlogTable {
  private readonly table = new Map<string, number>();
  private readonly giant: GroupElement;

  constructor(
    readonly max: number,
    readonly babySteps = Math.max(1, Math.ceil(Math.sqrt(max + 1))),
  ) {
    let P = Point.ZERO;
    for (let j = 0; j < babySteps; j++) {
      this.table.set(bytesToHex(P.toBytes()), j);
      P = P.add(G);
    }
    this.giant = gmul(BigInt(babySteps)).negate();
  }

  /** m in [0, max] with g^m = P, or null if there is none. */
  find(P: GroupElement): number | null {
    let Q = P;
    for (let i = 0; i * this.babySteps <= this.max; i++) {
      const j = this.table.get(bytesToHex(Q.toBytes()));
      if (j !== undefined) {
        const m = i * this.babySteps + j;
        return m <= this.max ? m : null;
      }
      Q = Q.add(this.giant);
    }
    return null;
  }
}
