/**
 * Walker's alias method (Vose's construction): O(1) draws from a fixed discrete distribution
 * with a single uniform. See M. D. Vose, "A linear algorithm for generating random numbers
 * with a given distribution", IEEE TSE 17(9), 1991.
 */
import type { Rng } from './random.ts';

export interface AliasTable {
  readonly size: number;
  /** Probability of keeping column i (else take alias[i]). */
  readonly keep: Float64Array;
  readonly alias: Uint16Array;
}

/** Builds a table from non-negative weights (not necessarily normalised; at least one positive). */
export function aliasTable(weights: ArrayLike<number>): AliasTable {
  const n = weights.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`aliasTable: weight ${i} is ${w}`);
    total += w;
  }
  if (n === 0 || total <= 0) throw new RangeError('aliasTable: needs at least one positive weight');
  const keep = new Float64Array(n);
  const alias = new Uint16Array(n);
  const scaled = new Float64Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) {
    scaled[i] = (weights[i] * n) / total;
    (scaled[i] < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    keep[s] = scaled[s];
    alias[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  // Leftovers are 1 up to rounding.
  for (const i of [...large, ...small]) {
    keep[i] = 1;
    alias[i] = i;
  }
  return { size: n, keep, alias };
}

/**
 * Draws an index with one uniform: its integer part picks the column, its fraction the coin.
 * Hot loops inline this body instead of calling it (see electorate.ts).
 */
export function aliasDraw(table: AliasTable, rng: Rng): number {
  const x = rng() * table.size;
  const i = x | 0;
  return x - i < table.keep[i] ? i : table.alias[i];
}
