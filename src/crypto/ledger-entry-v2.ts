/**
 * Ledger entries of the end-to-end verifiable mode. The entry commits to the digest of the
 * encrypted ballot (src/crypto: ballotDigest) instead of the plaintext choice, which the verifiable
 * mode never publishes:
 *
 *   hash_i = SHA-256( encodeTagged("tally-lab/ledger-entry@2",
 *              [hash_{i-1}, u32be(i), u32be(unix seconds), u32be(district id), voter token (8 bytes), ballot digest (32 bytes)]) )
 *
 * with hash_{-1} = 32 zero bytes. The preimage is always 136 bytes; it shares every field before the
 * last with v1 (ChainedEntryHasher in ledger-hash.ts).
 */
import { ChainedEntryHasher, TOKEN_BYTES } from './ledger-hash.ts';

export const ENTRY_V2_TAG = 'tally-lab/ledger-entry@2';
export const DIGEST_BYTES = 32;
export const ENTRY_V2_PREIMAGE_BYTES = 4 + 24 + (4 + 32) + (4 + 4) + (4 + 4) + (4 + 4) + (4 + TOKEN_BYTES) + (4 + DIGEST_BYTES);

export interface EntryV2Fields {
  readonly index: number;
  readonly unixSeconds: number;
  readonly districtId: number;
  readonly token: Uint8Array;
  /** ballotDigest of the entry's encoded encrypted ballot. */
  readonly ballotDigest: Uint8Array;
}

/** Version 2 entries: the last field is the ballot digest, 32 bytes. */
export class EntryHasherV2 extends ChainedEntryHasher {
  constructor() {
    super(ENTRY_V2_TAG, DIGEST_BYTES);
  }

  /** Hash of an entry into out[outAt .. outAt+32); prev, token and digest are read from (array, offset) pairs. */
  hashInto(
    prev: Uint8Array,
    prevAt: number,
    index: number,
    unixSeconds: number,
    districtId: number,
    tokens: Uint8Array,
    tokenAt: number,
    digests: Uint8Array,
    digestAt: number,
    out: Uint8Array,
    outAt: number,
  ): void {
    this.writeHead(prev, prevAt, index, unixSeconds, districtId, tokens, tokenAt);
    const b = this.buf;
    for (let i = 0; i < DIGEST_BYTES; i++) b[this.lastAt + i] = digests[digestAt + i];
    this.finish(out, outAt);
  }

  hash(prev: Uint8Array, prevAt: number, index: number, unixSeconds: number, districtId: number, tokens: Uint8Array, tokenAt: number, digests: Uint8Array, digestAt: number): Uint8Array {
    const out = new Uint8Array(32);
    this.hashInto(prev, prevAt, index, unixSeconds, districtId, tokens, tokenAt, digests, digestAt, out, 0);
    return out;
  }
}

let shared: EntryHasherV2 | undefined;

/** Hash of one v2 entry from plain fields (tests, docs, small verifiers). */
export function entryHashV2(prev: Uint8Array, e: EntryV2Fields): Uint8Array {
  shared ??= new EntryHasherV2();
  return shared.hash(prev, 0, e.index, e.unixSeconds, e.districtId, e.token, 0, e.ballotDigest, 0);
}
