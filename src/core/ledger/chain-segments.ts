/**
 * The verifier's chain walk in pieces that can run side by side. The ledger is one hash chain, so
 * entry i needs entry i-1's hash; but every signed checkpoint publishes the head at its count, so
 * the stretch after a checkpoint can be recomputed from that published head while the stretch
 * before it is still being hashed. Where the stretch before ends on exactly the published head
 * (the seam holds), the pieces are the one chain; at the first seam that does not hold, the chain
 * is recomputed from there on in one pass, so the result is always byte for byte the sequential walk.
 */
import { DIGEST_BYTES, EntryHasherV2 } from '../../crypto/ledger-entry-v2.ts';
import { EntryHasher, TOKEN_BYTES } from '../../crypto/ledger-hash.ts';

/** The columns of a published ledger that its chain covers (a RecordLedger has them). */
export interface ChainColumns {
  readonly count: number;
  readonly unixSeconds: Uint32Array;
  readonly districtId: Uint32Array;
  readonly tokens: Uint8Array;
}

/** A published head: the chain's hash after its first `count` entries (a RecordCheckpoint has them). */
export interface PublishedHead {
  readonly count: number;
  readonly head: Uint8Array;
}

/** One stretch of the chain: entries first .. first+count-1, started from `head` (the hash before `first`). */
export interface ChainJob {
  /** 1: the last field is the choice (1 byte); 2: a ballot digest (32 bytes). */
  readonly version: 1 | 2;
  readonly first: number;
  readonly head: Uint8Array;
  readonly unixSeconds: Uint32Array;
  readonly districtId: Uint32Array;
  /** TOKEN_BYTES per entry. */
  readonly tokens: Uint8Array;
  /** The last field of each entry: a choice byte (v1) or a 32-byte digest (v2). */
  readonly last: Uint8Array;
}

/** The hashes of a job's entries, 32 bytes each. */
export function chainSegment(job: ChainJob): Uint8Array {
  const n = job.unixSeconds.length;
  const out = new Uint8Array(32 * n);
  const hasher = job.version === 1 ? new EntryHasher() : new EntryHasherV2();
  const lastBytes = job.version === 1 ? 1 : DIGEST_BYTES;
  hasher.chainEntries(n, job.first, job.head, 0, out, 0, (c, from, count) => {
    c.unixSeconds.set(job.unixSeconds.subarray(from, from + count));
    c.districtIds.set(job.districtId.subarray(from, from + count));
    c.tokens.set(job.tokens.subarray(from * TOKEN_BYTES, (from + count) * TOKEN_BYTES));
    c.last.set(job.last.subarray(from * lastBytes, (from + count) * lastBytes));
  });
  return out;
}

/** Below this many entries a ledger is walked in one piece: the split saves nothing worth a seam. */
export const SPLIT_FROM = 100_000;
/** Pieces are at least this share of the ledger, so a pool gets a few each and none waits long for the last. */
const PIECES = 8;

/**
 * The job for entries [from, to), started from `head`. The columns are copied (slice), so a job
 * sent to a worker carries only its own stretch.
 */
export function chainJob(ledger: ChainColumns, last: Uint8Array, version: 1 | 2, from: number, to: number, head: Uint8Array): ChainJob {
  const w = version === 1 ? 1 : 32;
  return {
    version,
    first: from,
    head,
    unixSeconds: ledger.unixSeconds.slice(from, to),
    districtId: ledger.districtId.slice(from, to),
    tokens: ledger.tokens.slice(from * TOKEN_BYTES, to * TOKEN_BYTES),
    last: last.slice(from * w, to * w),
  };
}

/**
 * Where the walk is cut: entry counts of checkpoints inside the ledger, at least count/PIECES
 * apart, in order, each the first entry of a piece. Empty for small ledgers (one piece from genesis).
 */
export function cutsAt(count: number, checkpoints: readonly PublishedHead[]): number[] {
  if (count < SPLIT_FROM) return [];
  const minGap = count / PIECES;
  const cuts: number[] = [];
  let lastCut = 0;
  for (const c of checkpoints) {
    if (c.count <= lastCut || c.count >= count) continue;
    if (c.count - lastCut < minGap || count - c.count < minGap / 2) continue;
    cuts.push(c.count);
    lastCut = c.count;
  }
  return cuts;
}

/** The published head at each cut (the first checkpoint with that count). */
export function headsAt(cuts: readonly number[], checkpoints: readonly PublishedHead[]): Uint8Array[] {
  return cuts.map((n) => checkpoints.find((c) => c.count === n)!.head);
}

const sameHead = (a: Uint8Array, aAt: number, b: Uint8Array): boolean => {
  for (let i = 0; i < 32; i++) if (a[aAt + i] !== b[i]) return false;
  return true;
};

/**
 * Joins the pieces' hashes into the chain. `cuts[k]` starts piece k+1 from `heads[k]`; if the piece
 * before does not end on that head, everything from that cut on is hashed again from the true head
 * (`rehash(from, head)` returns the hashes of entries from..count-1).
 */
export function stitch(
  count: number,
  cuts: readonly number[],
  heads: readonly Uint8Array[],
  pieces: readonly Uint8Array[],
  rehash: (from: number, head: Uint8Array) => Uint8Array,
): Uint8Array {
  const hashes = new Uint8Array(32 * count);
  const starts = [0, ...cuts];
  for (let k = 0; k < pieces.length; k++) {
    const at = starts[k];
    if (k > 0 && !sameHead(hashes, (at - 1) * 32, heads[k - 1])) {
      hashes.set(rehash(at, hashes.slice((at - 1) * 32, at * 32)), at * 32);
      return hashes;
    }
    hashes.set(pieces[k], at * 32);
  }
  return hashes;
}
