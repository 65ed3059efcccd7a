/**
 * Ledger entries of the end-to-end verifiable mode. The entry commits to the digest of the
 * encrypted ballot (src/crypto: ballotDigest) instead of the plaintext choice, which the verifiable
 * mode never publishes:
 *
 *   hash_i = SHA-256( encodeTagged("tally-lab/ledger-entry@2",
 *              [hash_{i-1}, u32be(i), u32be(unix seconds), u32be(district id), voter token (8 bytes), ballot digest (32 bytes)]) )
 *
 * with hash_{-1} = 32 zero bytes. The preimage is always 136 bytes; like EntryHasher (v1), one
 * reusable buffer and a cloned SHA-256 state serve every entry.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { TOKEN_BYTES } from './ledger-hash.ts';

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

export class EntryHasherV2 {
  private readonly buf = new Uint8Array(ENTRY_V2_PREIMAGE_BYTES);
  private readonly view = new DataView(this.buf.buffer);
  private readonly pristine = sha256.create();
  private readonly work = sha256.create();
  private readonly digest = new Uint8Array(32);

  constructor() {
    const tag = utf8ToBytes(ENTRY_V2_TAG);
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
    v.setUint32(100, DIGEST_BYTES);
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
    const b = this.buf;
    const v = this.view;
    for (let i = 0; i < 32; i++) b[32 + i] = prev[prevAt + i];
    v.setUint32(68, index);
    v.setUint32(76, unixSeconds);
    v.setUint32(84, districtId);
    for (let i = 0; i < TOKEN_BYTES; i++) b[92 + i] = tokens[tokenAt + i];
    for (let i = 0; i < DIGEST_BYTES; i++) b[104 + i] = digests[digestAt + i];
    this.pristine._cloneInto(this.work);
    this.work.update(b);
    this.work.digestInto(this.digest);
    out.set(this.digest, outAt);
  }

  hash(prev: Uint8Array, prevAt: number, index: number, unixSeconds: number, districtId: number, tokens: Uint8Array, tokenAt: number, digests: Uint8Array, digestAt: number): Uint8Array {
    const out = new Uint8Array(32);
    this.hashInto(prev, prevAt, index, unixSeconds, districtId, tokens, tokenAt, digests, digestAt, out, 0);
    return out;
  }

  /** The preimage bytes of the last hash (for test vectors). */
  lastPreimage(): Uint8Array {
    return this.buf.slice();
  }
}

/** Hash of one v2 entry from plain fields (tests, docs, small verifiers). */
export function entryHashV2(prev: Uint8Array, e: EntryV2Fields): Uint8Array {
  return new EntryHasherV2().hash(prev, 0, e.index, e.unixSeconds, e.districtId, e.token, 0, e.ballotDigest, 0);
}
