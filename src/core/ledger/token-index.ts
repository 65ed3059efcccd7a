/**
 * Grouping ledger entries by voter token: an LSD radix sort of entry indices by their 8-byte
 * token (four 16-bit passes, stable, so each voter's entries stay in ledger order). Used to
 * re-apply "last ballot counts" from pseudonyms, and to look a voter's entries up.
 */
import { TOKEN_BYTES } from '../../crypto/ledger-hash.ts';

export interface TokenIndex {
  /** Entry indices ordered by token, then by index. */
  readonly order: Uint32Array;
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
}

export function indexByToken(tokens: Uint8Array, count: number): TokenIndex {
  const hi = new Uint32Array(count);
  const lo = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const at = i * TOKEN_BYTES;
    hi[i] = ((tokens[at] << 24) | (tokens[at + 1] << 16) | (tokens[at + 2] << 8) | tokens[at + 3]) >>> 0;
    lo[i] = ((tokens[at + 4] << 24) | (tokens[at + 5] << 16) | (tokens[at + 6] << 8) | tokens[at + 7]) >>> 0;
  }
  let order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let next = new Uint32Array(count);
  const buckets = new Uint32Array(65537);
  for (const [col, shift] of [
    [lo, 0],
    [lo, 16],
    [hi, 0],
    [hi, 16],
  ] as const) {
    buckets.fill(0);
    for (let i = 0; i < count; i++) buckets[((col[order[i]] >>> shift) & 0xffff) + 1]++;
    for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
    for (let i = 0; i < count; i++) next[buckets[(col[order[i]] >>> shift) & 0xffff]++] = order[i];
    [order, next] = [next, order];
  }
  return { order, hi, lo };
}

/** The entries carrying this token, in ledger order (binary search in the index). */
export function entriesWithToken(index: TokenIndex, token: Uint8Array): number[] {
  const h = ((token[0] << 24) | (token[1] << 16) | (token[2] << 8) | token[3]) >>> 0;
  const l = ((token[4] << 24) | (token[5] << 16) | (token[6] << 8) | token[7]) >>> 0;
  const { order, hi, lo } = index;
  const less = (i: number) => hi[i] < h || (hi[i] === h && lo[i] < l);
  let a = 0;
  let b = order.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (less(order[m])) a = m + 1;
    else b = m;
  }
  const out: number[] = [];
  for (let k = a; k < order.length && hi[order[k]] === h && lo[order[k]] === l; k++) out.push(order[k]);
  return out;
}
