/**
 * Grouping ledger entries by voter token: entry indices sorted by their 8-byte token, stably, so
 * each voter's entries stay in ledger order. Used to re-apply "last ballot counts" from
 * pseudonyms, and to look a voter's entries up.
 *
 * An LSD radix sort on the token's first 4 bytes (two 16-bit passes), each pass reading its keys
 * in order (the keys travel with the indices, so no pass reads at random), then a stable
 * sort by the last 4 bytes inside each run of equal first halves. Tokens are random, so such
 * runs are one voter's re-votes or a rare 32-bit collision: short. The result is the
 * order by (token, index), the same as a full 64-bit radix sort at half the passes.
 */
import { TOKEN_BYTES } from '../../crypto/ledger-hash.ts';

export interface TokenIndex {
  /** Entry indices ordered by token, then by index. */
  readonly order: Uint32Array;
  /** The tokens' first and last 4 bytes (big-endian), in that order: hi[k], lo[k] are entry order[k]'s, so a walk over the index reads them in sequence. */
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
}

export function indexByToken(tokens: Uint8Array, count: number): TokenIndex {
  const hiOf = new Uint32Array(count);
  const loOf = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const at = i * TOKEN_BYTES;
    hiOf[i] = ((tokens[at] << 24) | (tokens[at + 1] << 16) | (tokens[at + 2] << 8) | tokens[at + 3]) >>> 0;
    loOf[i] = ((tokens[at + 4] << 24) | (tokens[at + 5] << 16) | (tokens[at + 6] << 8) | tokens[at + 7]) >>> 0;
  }
  const buckets = new Uint32Array(65537);
  // Pass 1, low 16 bits of hi: entries are read in ledger order.
  const mid = new Uint32Array(count);
  const midHi = new Uint32Array(count);
  for (let i = 0; i < count; i++) buckets[(hiOf[i] & 0xffff) + 1]++;
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
  for (let i = 0; i < count; i++) {
    const at = buckets[hiOf[i] & 0xffff]++;
    mid[at] = i;
    midHi[at] = hiOf[i];
  }
  // Pass 2, high 16 bits of hi: keys read in pass-1 order, from the column that came along.
  buckets.fill(0);
  const order = new Uint32Array(count);
  const hi = new Uint32Array(count);
  for (let i = 0; i < count; i++) buckets[(midHi[i] >>> 16) + 1]++;
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
  for (let i = 0; i < count; i++) {
    const at = buckets[midHi[i] >>> 16]++;
    order[at] = mid[i];
    hi[at] = midHi[i];
  }
  // The second halves in that order (carrying them through both passes measured slower than this one gather).
  const lo = new Uint32Array(count);
  for (let k = 0; k < count; k++) lo[k] = loOf[order[k]];
  // Runs of equal hi, by lo then index: insertion sort when short (the usual case), a comparison
  // sort when long (a crafted record could hold a million entries sharing a first half).
  for (let k = 0; k < count; ) {
    let end = k + 1;
    while (end < count && hi[end] === hi[k]) end++;
    if (end - k > 32) {
      // Index order is kept within equal lo, so a run already in lo order (one token) is done.
      let sorted = true;
      for (let a = k + 1; a < end && sorted; a++) sorted = lo[a - 1] <= lo[a];
      if (!sorted) {
        const ranks = Array.from({ length: end - k }, (_, r) => k + r).sort((a, b) => lo[a] - lo[b] || order[a] - order[b]);
        const entries = ranks.map((r) => order[r]);
        const halves = ranks.map((r) => lo[r]);
        order.set(entries, k);
        lo.set(halves, k);
      }
      k = end;
      continue;
    }
    for (let a = k + 1; a < end; a++) {
      const e = order[a];
      const key = lo[a];
      let b = a - 1;
      while (b >= k && lo[b] > key) {
        order[b + 1] = order[b];
        lo[b + 1] = lo[b];
        b--;
      }
      order[b + 1] = e;
      lo[b + 1] = key;
    }
    k = end;
  }
  return { order, hi, lo };
}

/** The entries carrying this token, in ledger order (binary search in the index). */
export function entriesWithToken(index: TokenIndex, token: Uint8Array): number[] {
  const h = ((token[0] << 24) | (token[1] << 16) | (token[2] << 8) | token[3]) >>> 0;
  const l = ((token[4] << 24) | (token[5] << 16) | (token[6] << 8) | token[7]) >>> 0;
  const { order, hi, lo } = index;
  const less = (k: number) => hi[k] < h || (hi[k] === h && lo[k] < l);
  let a = 0;
  let b = order.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (less(m)) a = m + 1;
    else b = m;
  }
  const out: number[] = [];
  for (let k = a; k < order.length && hi[k] === h && lo[k] === l; k++) out.push(order[k]);
  return out;
}
