/**
 * Hash chaining of ledger entries (SHA-256, @noble/hashes). An entry's hash covers the previous
 * entry's hash and the entry's fields:
 *
 *   hash_i = SHA-256( encodeTagged("tally-lab/ledger-entry@1",
 *              [hash_{i-1}, u32be(i), u32be(unix seconds), u32be(district id), voter token (8 bytes), u8(choice)]) )
 *
 * with hash_{-1} = 32 zero bytes. The preimage is always 105 bytes, so the hot loop writes it into one
 * reusable buffer instead of allocating (this is the same encoding as encodeTagged, tested).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

export const ENTRY_TAG = 'tally-lab/ledger-entry@1';
export const GENESIS = new Uint8Array(32);
export const TOKEN_BYTES = 8;
export const ENTRY_PREIMAGE_BYTES = 4 + 24 + (4 + 32) + (4 + 4) + (4 + 4) + (4 + 4) + (4 + TOKEN_BYTES) + (4 + 1);

/** The fields of one entry, as plain values. */
export interface EntryFields {
  readonly index: number;
  readonly unixSeconds: number;
  readonly districtId: number;
  /** 8 bytes: the voter's pseudonym (public re-vote resolution) or a one-time token (private). */
  readonly token: Uint8Array;
  readonly choice: number;
}

/**
 * Writes entry preimages into one buffer and hashes them with a reused SHA-256 state: a pristine
 * state is cloned into a working one per entry (noble's `_cloneInto`), which avoids two
 * allocations per hash and is ~1.5x faster than the one-shot call on these 105-byte messages.
 */
export class EntryHasher {
  private readonly buf = new Uint8Array(ENTRY_PREIMAGE_BYTES);
  private readonly view = new DataView(this.buf.buffer);
  private readonly pristine = sha256.create();
  private readonly work = sha256.create();
  private readonly digest = new Uint8Array(32);

  constructor() {
    const tag = utf8ToBytes(ENTRY_TAG);
    if (tag.length !== 24) throw new Error('entry tag must be 24 bytes');
    const v = this.view;
    v.setUint32(0, 24);
    this.buf.set(tag, 4);
    // Field lengths are fixed: write them once.
    v.setUint32(28, 32);
    v.setUint32(64, 4);
    v.setUint32(72, 4);
    v.setUint32(80, 4);
    v.setUint32(88, TOKEN_BYTES);
    v.setUint32(100, 1);
  }

  /**
   * Hash of an entry, written to out[outAt .. outAt+32). `prev` and `token` are read from
   * (array, offset) pairs so that columns of hashes and tokens need no subarray allocations.
   */
  hashInto(
    prev: Uint8Array,
    prevAt: number,
    index: number,
    unixSeconds: number,
    districtId: number,
    tokens: Uint8Array,
    tokenAt: number,
    choice: number,
    out: Uint8Array,
    outAt: number,
  ): void {
    const b = this.buf;
    const v = this.view;
    for (let i = 0; i < 32; i++) b[32 + i] = prev[prevAt + i];
    v.setUint32(68, index);
    v.setUint32(76, unixSeconds);
    v.setUint32(84, districtId);
    for (let i = 0; i < TOKEN_BYTES; i++) b[92 + i] = tokens[tokenAt + i];
    b[104] = choice;
    this.pristine._cloneInto(this.work);
    this.work.update(b);
    this.work.digestInto(this.digest);
    out.set(this.digest, outAt);
  }

  /** Like hashInto, returning a fresh 32-byte array. */
  hash(prev: Uint8Array, prevAt: number, index: number, unixSeconds: number, districtId: number, tokens: Uint8Array, tokenAt: number, choice: number): Uint8Array {
    const out = new Uint8Array(32);
    this.hashInto(prev, prevAt, index, unixSeconds, districtId, tokens, tokenAt, choice, out, 0);
    return out;
  }

  /** The preimage bytes of the last hash (for test vectors). */
  lastPreimage(): Uint8Array {
    return this.buf.slice();
  }
}

/** Hash of one entry from plain fields (tests, docs, small verifiers). */
export function entryHash(prev: Uint8Array, e: EntryFields): Uint8Array {
  return new EntryHasher().hash(prev, 0, e.index, e.unixSeconds, e.districtId, e.token, 0, e.choice);
}
