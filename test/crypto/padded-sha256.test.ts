import { readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshCopy } from '../fresh-module.ts';
import { bytesToHex, encodeTagged, ENTRY_TAG, entryHash, fastHashActive, GENESIS, hexToBytes, MAX_MESSAGE_BYTES, PaddedSha256, u32be, useFastHash, useNobleHash } from '../../src/crypto/index.ts';
import { ENTRY_V2_TAG, entryHashV2, EntryHasherV2 } from '../../src/crypto/ledger-entry-v2.ts';
import { CHAIN_CHUNK, EntryHasher } from '../../src/crypto/ledger-hash.ts';
import { chainHashes } from '../../src/core/ledger/ledger.ts';
import { recordToJson, simulate } from '../../src/core/index.ts';
import { findPreset } from '../../src/content/presets/index.ts';

/** The hex blocks of one "Worked test vectors" section of docs/record-format.md: preimage, hash, preimage, hash. */
function docVectors(heading: string, next: string): string[] {
  const doc = readFileSync('docs/record-format.md', 'utf8');
  const section = doc.slice(doc.indexOf(heading), doc.indexOf(next));
  return [...section.matchAll(/```\n([0-9a-f]+)\n```/g)].map((m) => m[1]);
}

const token = hexToBytes('0102030405060708');
const first = { index: 0, unixSeconds: 1_631_854_800, districtId: 197, token };
const second = { index: 1, unixSeconds: 1_631_854_861, districtId: 197, token };

/** The documented two-entry chains, v1 and v2, as computed by whichever path is active. */
function documentedChains(): { v1: string[]; v2: string[] } {
  const h1 = entryHash(GENESIS, { ...first, choice: 1 });
  const h2 = entryHash(h1, { ...second, choice: 0 });
  const d1 = entryHashV2(GENESIS, { ...first, ballotDigest: new Uint8Array(32).fill(0x11) });
  const d2 = entryHashV2(d1, { ...second, ballotDigest: new Uint8Array(32).fill(0x22) });
  return { v1: [h1, h2].map(bytesToHex), v2: [d1, d2].map(bytesToHex) };
}

/** Random ledgers: columns of entries as chainHashes reads them, v1 (choices) or v2 (ballot digests). */
const ledgerArb = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.record({
    count: fc.constant(n),
    time: fc.uint32Array({ minLength: n, maxLength: n }),
    district: fc.uint8Array({ minLength: n, maxLength: n, max: 2 }),
    tokens: fc.uint8Array({ minLength: 8 * n, maxLength: 8 * n }),
    choice: fc.uint8Array({ minLength: n, maxLength: n }),
    digests: fc.uint8Array({ minLength: 32 * n, maxLength: 32 * n }),
    unixOpens: fc.integer({ min: 0, max: 2 ** 31 }),
    encrypted: fc.boolean(),
  }),
);
type RandomLedger = typeof ledgerArb extends fc.Arbitrary<infer T> ? T : never;
const districtIds = [196, 197, 198];
const u32 = fc.integer({ min: 0, max: 0xffff_ffff });

function chainOf(l: RandomLedger): Uint8Array {
  const ballotRef = l.encrypted ? Int32Array.from({ length: l.count }, (_, i) => i) : null;
  const columns = { count: l.count, time: new Uint32Array(l.time.map((t) => t % 2 ** 20)), district: Uint16Array.from(l.district), tokens: l.tokens, choice: l.choice, ballotRef };
  return chainHashes(columns, l.unixOpens, districtIds, undefined, l.encrypted ? { client: l.digests, operator: new Uint8Array(0) } : undefined);
}

/** SHA-256 of `message` through a PaddedSha256 of its length, on whichever path is active. */
function padded(message: Uint8Array): Uint8Array {
  const sha = new PaddedSha256(message.length);
  sha.message.set(message);
  const out = new Uint8Array(32);
  sha.digestInto(out, 0);
  return out;
}

describe('the ledger\'s SHA-256 (WebAssembly) against noble, the reference', () => {
  afterEach(() => {
    useFastHash();
  });

  it('is on from the start, and useNobleHash() / useFastHash() switch every hasher, already made or not', () => {
    expect(fastHashActive()).toBe(true);
    const early = new EntryHasher();
    const h = () => bytesToHex(early.hash(GENESIS, 0, 0, 1_631_854_800, 197, token, 0, 1));
    const fast = h();
    useNobleHash();
    expect(fastHashActive()).toBe(false);
    expect(h()).toBe(fast);
    useFastHash();
    expect(fastHashActive()).toBe(true);
  });

  it('gives FIPS 180-4\'s example digests (one and two blocks) and the empty message\'s', () => {
    const hex = (s: string) => bytesToHex(padded(new TextEncoder().encode(s)));
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the documented ledger entry vectors (v1 and v2) on both paths', () => {
    const v1 = docVectors('### Two chained ledger entries\n', '### Two chained ledger entries, v2');
    const v2 = docVectors('### Two chained ledger entries, v2', '### A checkpoint');
    const expected = { v1: [v1[1], v1[3]], v2: [v2[1], v2[3]] };
    expect(expected.v1).toEqual(['5779d98513de788490abdd222e5bca711c1061a73dc9e541b12644ad22bb2642', '80e0fc193c0f4c28f67e25206528997be63615f6b31aba28d7ee71a7fb4cab97']);
    useNobleHash();
    expect(documentedChains()).toEqual(expected);
    useFastHash();
    expect(fastHashActive()).toBe(true);
    expect(documentedChains()).toEqual(expected);
  });

  it('gives noble\'s digest of random messages of every length it takes, across the block boundaries', () => {
    for (let length = 0; length <= MAX_MESSAGE_BYTES; length++) {
      const message = Uint8Array.from({ length }, (_, i) => (i * 167 + length * 13) & 255);
      expect(bytesToHex(padded(message)), `length ${length}`).toBe(bytesToHex(sha256(message)));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: MAX_MESSAGE_BYTES }), fc.integer({ min: 0, max: 64 }), (message, outAt) => {
        const sha = new PaddedSha256(message.length);
        sha.message.set(message);
        const out = new Uint8Array(outAt + 32);
        sha.digestInto(out, outAt);
        expect(out.subarray(outAt)).toEqual(sha256(message));
        // The padding stays put: hashing the same buffer again gives the same digest.
        sha.digestInto(out, 0);
        expect(out.subarray(0, 32)).toEqual(sha256(message));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps hashers apart: two lengths alive at once each hash their own message', () => {
    const a = new PaddedSha256(105);
    const b = new PaddedSha256(136);
    a.message.fill(1);
    b.message.fill(2);
    const out = new Uint8Array(32);
    a.digestInto(out, 0);
    expect(out).toEqual(sha256(new Uint8Array(105).fill(1)));
    b.digestInto(out, 0);
    expect(out).toEqual(sha256(new Uint8Array(136).fill(2)));
  });

  it('hashes on noble, with the same digests, where WebAssembly is missing or refuses to compile', async () => {
    const message = Uint8Array.from({ length: 136 }, (_, i) => i);
    for (const stand of [undefined, { Module: class { constructor() { throw new RangeError('too large for the main thread'); } } }]) {
      vi.stubGlobal('WebAssembly', stand);
      try {
        const fresh = await freshCopy<typeof import('../../src/crypto/padded-sha256.ts')>(new URL('../../src/crypto/padded-sha256.ts', import.meta.url));
        expect(fresh.fastHashActive()).toBe(false);
        const sha = new fresh.PaddedSha256(message.length);
        sha.message.set(message);
        const out = new Uint8Array(32);
        sha.digestInto(out, 0);
        expect(out).toEqual(sha256(message));
      } finally {
        vi.unstubAllGlobals();
      }
    }
  });

  it('refuses a length it cannot pad into its buffer', () => {
    expect(() => new PaddedSha256(MAX_MESSAGE_BYTES + 1)).toThrow(/length must be an integer from 0 to 503, got 504/);
    expect(() => new PaddedSha256(-1)).toThrow(RangeError);
    expect(() => new PaddedSha256(1.5)).toThrow(RangeError);
  });

  it('chains random ledgers (v1 and v2 entries) to the same hashes as noble', () => {
    fc.assert(
      fc.property(ledgerArb, (l) => {
        useNobleHash();
        const reference = chainOf(l);
        useFastHash();
        expect(bytesToHex(chainOf(l))).toBe(bytesToHex(reference));
      }),
      { numRuns: 100 },
    );
  });

  it('hashes single random entries as noble does, through the reused hashers', () => {
    const v1 = new EntryHasher();
    const v2 = new EntryHasherV2();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), u32, u32, u32, fc.uint8Array({ minLength: 8, maxLength: 8 }), fc.nat(255), fc.uint8Array({ minLength: 32, maxLength: 32 }), (prev, index, unix, district, tok, choice, digest) => {
        const fast1 = v1.hash(prev, 0, index, unix, district, tok, 0, choice);
        expect(bytesToHex(fast1)).toBe(bytesToHex(sha256(v1.lastPreimage())));
        const fast2 = v2.hash(prev, 0, index, unix, district, tok, 0, digest, 0);
        expect(bytesToHex(fast2)).toBe(bytesToHex(sha256(v2.lastPreimage())));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a whole run\'s record and receipts byte-identical (classroom preset)', () => {
    const scenario = findPreset('classroom')!;
    useNobleHash();
    const slow = simulate(scenario);
    useFastHash();
    const fast = simulate(scenario);
    expect(bytesToHex(fast.integrity.live.hashes)).toBe(bytesToHex(slow.integrity.live.hashes));
    expect(bytesToHex(fast.integrity.publishedHashes)).toBe(bytesToHex(slow.integrity.publishedHashes));
    expect(JSON.stringify(recordToJson(fast.integrity.record))).toBe(JSON.stringify(recordToJson(slow.integrity.record)));
    expect(fast.integrity.evidence).toEqual(slow.integrity.evidence);
  });
});

describe('the module\'s chain loop against the documented encoding, hashed by noble entry by entry', () => {
  afterEach(() => useFastHash());

  /** Columns of n random entries, and their chain onto `head` from index `first`, by the formula of docs/record-format.md. */
  function randomStretch(n: number, version: 1 | 2, seed: number) {
    let x = seed;
    const next = () => (x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0);
    const bytes = (k: number) => Uint8Array.from({ length: k }, () => next() >>> 24);
    const lastBytes = version === 1 ? 1 : 32;
    const stretch = {
      head: bytes(32),
      first: next() >>> 8,
      unix: Uint32Array.from({ length: n }, next),
      district: Uint32Array.from({ length: n }, next),
      tokens: bytes(8 * n),
      last: bytes(lastBytes * n),
    };
    const expected: string[] = [];
    let prev = stretch.head;
    for (let j = 0; j < n; j++) {
      const fields = [prev, u32be(stretch.first + j), u32be(stretch.unix[j]), u32be(stretch.district[j]), stretch.tokens.subarray(8 * j, 8 * j + 8), stretch.last.subarray(lastBytes * j, lastBytes * (j + 1))];
      prev = sha256(encodeTagged(version === 1 ? ENTRY_TAG : ENTRY_V2_TAG, fields));
      expected.push(bytesToHex(prev));
    }
    return { ...stretch, lastBytes, expected };
  }

  function chained(s: ReturnType<typeof randomStretch>, version: 1 | 2): string[] {
    const n = s.unix.length;
    const hasher = version === 1 ? new EntryHasher() : new EntryHasherV2();
    // The output starts 32 bytes in, after bytes that must stay untouched.
    const out = new Uint8Array(32 * (n + 1)).fill(0xee);
    const chunks: number[] = [];
    hasher.chainEntries(n, s.first, s.head, 0, out, 32, (c, from, count) => {
      chunks.push(count);
      c.unixSeconds.set(s.unix.subarray(from, from + count));
      c.districtIds.set(s.district.subarray(from, from + count));
      c.tokens.set(s.tokens.subarray(8 * from, 8 * (from + count)));
      c.last.set(s.last.subarray(s.lastBytes * from, s.lastBytes * (from + count)));
    });
    expect(out.subarray(0, 32).every((b) => b === 0xee)).toBe(true);
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(n);
    expect(Math.max(0, ...chunks)).toBeLessThanOrEqual(CHAIN_CHUNK);
    return Array.from({ length: n }, (_, j) => bytesToHex(out.subarray(32 * (j + 1), 32 * (j + 2))));
  }

  it.each([1, 2] as const)('chains v%i entries across chunk boundaries, from any index and head, on both paths', (version) => {
    expect(fastHashActive()).toBe(true);
    for (const n of [0, 1, 2, CHAIN_CHUNK - 1, CHAIN_CHUNK, CHAIN_CHUNK + 1, 2 * CHAIN_CHUNK + 5]) {
      const s = randomStretch(n, version, n * 7 + version);
      expect(chained(s, version), `${n} entries, module`).toEqual(s.expected);
      useNobleHash();
      expect(chained(s, version), `${n} entries, noble`).toEqual(s.expected);
      useFastHash();
    }
  });

  it('leaves the single-entry path of the same hasher as it was', () => {
    const hasher = new EntryHasher();
    const s = randomStretch(3, 1, 99);
    hasher.chainEntries(3, s.first, s.head, 0, new Uint8Array(96), 0, (c) => {
      c.unixSeconds.set(s.unix);
      c.districtIds.set(s.district);
      c.tokens.set(s.tokens);
      c.last.set(s.last);
    });
    const h1 = hasher.hash(GENESIS, 0, 0, 1_631_854_800, 197, token, 0, 1);
    expect(bytesToHex(h1)).toBe(bytesToHex(entryHash(GENESIS, { ...first, choice: 1 })));
    expect(bytesToHex(hasher.lastPreimage())).toBe(bytesToHex(encodeTagged(ENTRY_TAG, [GENESIS, u32be(0), u32be(1_631_854_800), u32be(197), token, Uint8Array.of(1)])));
  });
});
