/**
 * The chain walk in stretches (src/core/ledger/chain-segments.ts) gives the sequential walk's hashes
 * byte for byte: when every seam holds, when an entry inside a stretch was changed (the next seam
 * breaks), and when a published head is forged; and where it cuts.
 */
import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { EntryHasher, GENESIS, TOKEN_BYTES } from '../src/crypto/ledger-hash.ts';
import { EntryHasherV2 } from '../src/crypto/ledger-entry-v2.ts';
import { chainJob, chainSegment, cutsAt, headsAt, SPLIT_FROM, stitch } from '../src/core/ledger/chain-segments.ts';
import type { RecordCheckpoint, RecordLedger } from '../src/core/publication/record.ts';
import { runInline, type CryptoSteps } from '../src/core/e2e/crypto-steps.ts';
import { inRuns, runWithPool } from '../src/pool/crypto-pool.ts';
import { cryptoPool } from '../simulations/cli/crypto-workers.ts';

const N = 5_000;

/** The first entry whose hash differs, or -1 (toEqual on 160 kB arrays is slow, and says less). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length) / 32;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return Math.floor(i / 32);
  return -1;
}

function ledgerOf(seed: string, n: number, v2: boolean): { ledger: RecordLedger; last: Uint8Array } {
  const rng = seedrandom(seed);
  const byte = () => Math.floor(rng() * 256);
  const unixSeconds = new Uint32Array(n);
  const districtId = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    unixSeconds[i] = 1_631_750_000 + i * 3;
    districtId[i] = 196 + Math.floor(rng() * 15);
  }
  const tokens = Uint8Array.from({ length: n * TOKEN_BYTES }, byte);
  const last = Uint8Array.from({ length: n * (v2 ? 32 : 1) }, v2 ? byte : () => Math.floor(rng() * 8));
  return { ledger: { count: n, unixSeconds, districtId, tokens, choice: v2 ? null : last }, last };
}

/** The sequential walk, entry by entry from genesis, as the verifier did before the stretches. */
function sequential(ledger: RecordLedger, last: Uint8Array, v2: boolean): Uint8Array {
  const out = new Uint8Array(32 * ledger.count);
  const h1 = new EntryHasher();
  const h2 = new EntryHasherV2();
  for (let i = 0; i < ledger.count; i++) {
    const [prev, prevAt] = i === 0 ? [GENESIS, 0] : [out, (i - 1) * 32];
    if (v2) h2.hashInto(prev, prevAt, i, ledger.unixSeconds[i], ledger.districtId[i], ledger.tokens, i * TOKEN_BYTES, last, i * 32, out, i * 32);
    else h1.hashInto(prev, prevAt, i, ledger.unixSeconds[i], ledger.districtId[i], ledger.tokens, i * TOKEN_BYTES, last[i], out, i * 32);
  }
  return out;
}

const checkpointsAt = (counts: number[], chain: Uint8Array): RecordCheckpoint[] =>
  counts.map((count) => ({ count, head: chain.slice((count - 1) * 32, count * 32), unixSeconds: 0, signature: new Uint8Array(64) }));

/** Walks `ledger` in stretches cut at `cuts`, each started from the published head there. */
function inStretches(ledger: RecordLedger, last: Uint8Array, v2: boolean, cuts: number[], checkpoints: RecordCheckpoint[]): Uint8Array {
  const version = v2 ? 2 : 1;
  const heads = headsAt(cuts, checkpoints);
  const bounds = [0, ...cuts, ledger.count];
  const jobs = bounds.slice(1).map((to, k) => chainJob(ledger, last, version, bounds[k], to, k === 0 ? GENESIS : heads[k - 1]));
  const pieces = jobs.map(chainSegment);
  return stitch(ledger.count, cuts, heads, pieces, (from, head) => chainSegment(chainJob(ledger, last, version, from, ledger.count, head)));
}

describe('the chain walk in stretches', () => {
  const cuts = [1_000, 2_500, 4_000];

  for (const v2 of [false, true]) {
    const name = v2 ? 'v2 entries (ballot digests)' : 'v1 entries (choices)';

    it(`${name}: equals the sequential walk when every seam holds`, () => {
      const { ledger, last } = ledgerOf(`seams-${v2}`, N, v2);
      const chain = sequential(ledger, last, v2);
      expect(firstDifference(inStretches(ledger, last, v2, cuts, checkpointsAt(cuts, chain)), chain)).toBe(-1);
    });

    it(`${name}: equals the sequential walk of the changed ledger when an entry inside a stretch was changed`, () => {
      const { ledger, last } = ledgerOf(`edit-${v2}`, N, v2);
      const published = checkpointsAt(cuts, sequential(ledger, last, v2));
      // After the checkpoints were signed, entry 1,800 (in the second stretch) gets another district.
      ledger.districtId[1_800] += 1;
      const changed = sequential(ledger, last, v2);
      const walked = inStretches(ledger, last, v2, cuts, published);
      expect(firstDifference(walked, changed)).toBe(-1);
      // The stretch after the broken seam, started from the signed head, would have agreed with the checkpoints: the re-walk is what makes the difference.
      expect(firstDifference(walked.slice(2_500 * 32), chainSegment(chainJob(ledger, last, v2 ? 2 : 1, 2_500, N, published[1].head)))).toBe(0);
    });
  }

  it('equals the sequential walk when a published head is forged, and when the first seam breaks', () => {
    const { ledger, last } = ledgerOf('forged', N, false);
    const chain = sequential(ledger, last, false);
    const forged = checkpointsAt(cuts, chain);
    forged[0] = { ...forged[0], head: new Uint8Array(32).fill(7) };
    expect(firstDifference(inStretches(ledger, last, false, cuts, forged), chain)).toBe(-1);
    ledger.choice![10] ^= 1;
    expect(firstDifference(inStretches(ledger, last, false, cuts, checkpointsAt(cuts, chain)), sequential(ledger, last, false))).toBe(-1);
  });

  it('inline, a chain request is answered stretch by stretch, with progress up to the whole', () => {
    const { ledger, last } = ledgerOf('inline', 3_000, false);
    const seen: number[] = [];
    function* steps() {
      const jobs = [chainJob(ledger, last, 1, 0, 3_000, GENESIS)];
      return (yield { op: 'chain' as const, jobs, progress: (f: number) => seen.push(f) }) as Uint8Array[];
    }
    expect(firstDifference(runInline(steps())[0], sequential(ledger, last, false))).toBe(-1);
    expect(seen).toEqual([1]);
  });

  it('on two worker threads, gives the same hashes, runs `meanwhile` once while they hash, and reports progress to the whole', async () => {
    const { ledger, last } = ledgerOf('pool', N, false);
    const chain = sequential(ledger, last, false);
    const published = checkpointsAt(cuts, chain);
    const events: string[] = [];
    function* steps(): CryptoSteps<Uint8Array> {
      const heads = headsAt(cuts, published);
      const bounds = [0, ...cuts, N];
      const jobs = bounds.slice(1).map((to, k) => chainJob(ledger, last, 1, bounds[k], to, k === 0 ? GENESIS : heads[k - 1]));
      const pieces = (yield { op: 'chain', jobs, progress: (f) => events.push(`progress ${f}`), meanwhile: () => events.push('meanwhile') }) as Uint8Array[];
      return stitch(N, cuts, heads, pieces, () => new Uint8Array(0));
    }
    const pool = cryptoPool(2);
    try {
      expect(firstDifference(await runWithPool(steps(), pool), chain)).toBe(-1);
    } finally {
      pool.terminate();
    }
    expect(events.filter((e) => e === 'meanwhile')).toHaveLength(1);
    expect(events.at(-1)).toBe('progress 1');
    // Sent before `meanwhile`, answered after it: no stretch waits for this thread.
    expect(events[0]).toBe('meanwhile');
    expect(events).toHaveLength(1 + cuts.length + 1);
  });

  it('gives each worker a run of consecutive stretches of about equal size', () => {
    expect(inRuns([25, 25, 25, 25], 2)).toEqual([[0, 1], [2, 3]]);
    expect(inRuns([10, 10, 10, 10, 10, 10, 10, 5], 2)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
    expect(inRuns([5, 5], 4)).toEqual([[0], [1]]);
    expect(inRuns([40], 2)).toEqual([[0]]);
  });
});

describe('where the walk is cut', () => {
  const at = (counts: number[]) => counts.map((count) => ({ count, head: new Uint8Array(32), unixSeconds: 0, signature: new Uint8Array(64) }));

  it('never cuts a small ledger', () => {
    expect(cutsAt(SPLIT_FROM - 1, at([10_000, 50_000, 90_000]))).toEqual([]);
  });

  it('cuts a large ledger at checkpoints inside it, at least an eighth apart, none in the last sixteenth', () => {
    const n = 1_600_000;
    const every = Array.from({ length: 60 }, (_, k) => Math.round(((k + 1) * n) / 60));
    const cuts = cutsAt(n, at(every));
    expect(cuts.length).toBeGreaterThanOrEqual(6);
    expect(cuts.length).toBeLessThanOrEqual(8);
    expect(cuts.every((c) => every.includes(c) && c < n)).toBe(true);
    expect(cuts.every((c, k) => c - (k === 0 ? 0 : cuts[k - 1]) >= n / 8)).toBe(true);
    expect(n - cuts.at(-1)!).toBeGreaterThanOrEqual(n / 16);
  });

  it('skips checkpoints out of order, repeated or past the ledger', () => {
    expect(cutsAt(800_000, at([300_000, 200_000, 300_000, 900_000, 500_000]))).toEqual([300_000, 500_000]);
  });
});
