/**
 * Hash chaining of ledger entries (SHA-256 through padded-sha256.ts: a WebAssembly module of our own,
 * with @noble/hashes as the reference and the fallback). An entry's hash covers the previous entry's
 * hash and the entry's fields:
 *
 *   hash_i = SHA-256( encodeTagged("tally-lab/ledger-entry@1",
 *              [hash_{i-1}, u32be(i), u32be(unix seconds), u32be(district id), voter token (8 bytes), u8(choice)]) )
 *
 * with hash_{-1} = 32 zero bytes. The preimage is always 105 bytes, so it is written into one
 * reusable buffer, with its padding, instead of allocating (this is the same encoding as
 * encodeTagged, tested). A chain's entries go through `chainEntries`, in chunks of columns that the
 * module's chain loop hashes one after another (src/crypto/ledger-entry-layout.ts: where each field lies).
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { ENTRY_LAYOUT } from './ledger-entry-layout.ts';
import { CHAIN_CHUNK, PaddedSha256, type ChainColumns } from './padded-sha256.ts';

export { CHAIN_CHUNK, type ChainColumns };

/**
 * Fills rows 0 .. count-1 of `columns` with the fields of entries from .. from+count-1 (counted
 * from the first entry of a chainEntries call).
 */
export type FillColumns = (columns: ChainColumns, from: number, count: number) => void;

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
 * The chained-entry preimage every ledger version shares: the tag, the previous hash, index, time,
 * district and token, then one last field of fixed length (v1: the choice; v2: a ballot digest).
 * Preimages are written into the message buffer of a PaddedSha256, which hashes it in place.
 */
export abstract class ChainedEntryHasher {
  private readonly sha: PaddedSha256;
  protected readonly buf: Uint8Array;
  /** Where the last field's bytes start. */
  protected readonly lastAt = ENTRY_LAYOUT.last;
  private readonly view: DataView;

  constructor(
    tag: string,
    private readonly lastBytes: number,
  ) {
    const tagBytes = utf8ToBytes(tag);
    // The offsets below assume a 24-byte tag, as both versions' tags are.
    if (tagBytes.length !== 24) throw new Error('entry tag must be 24 bytes');
    this.sha = new PaddedSha256(this.lastAt + lastBytes);
    this.buf = this.sha.message;
    const v = (this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length));
    v.setUint32(0, 24);
    this.buf.set(tagBytes, 4);
    // Field lengths are fixed: write them once.
    const lengthOf = (field: number, bytes: number) => v.setUint32(field - 4, bytes);
    lengthOf(ENTRY_LAYOUT.prev, 32);
    lengthOf(ENTRY_LAYOUT.index, 4);
    lengthOf(ENTRY_LAYOUT.unixSeconds, 4);
    lengthOf(ENTRY_LAYOUT.districtId, 4);
    lengthOf(ENTRY_LAYOUT.token, TOKEN_BYTES);
    lengthOf(ENTRY_LAYOUT.last, lastBytes);
  }

  /** Writes the fields before the last one; `prev` and `token` are read from (array, offset) pairs, so columns need no subarrays. */
  protected writeHead(prev: Uint8Array, prevAt: number, index: number, unixSeconds: number, districtId: number, tokens: Uint8Array, tokenAt: number): void {
    const b = this.buf;
    const v = this.view;
    for (let i = 0; i < 32; i++) b[ENTRY_LAYOUT.prev + i] = prev[prevAt + i];
    v.setUint32(ENTRY_LAYOUT.index, index);
    v.setUint32(ENTRY_LAYOUT.unixSeconds, unixSeconds);
    v.setUint32(ENTRY_LAYOUT.districtId, districtId);
    for (let i = 0; i < TOKEN_BYTES; i++) b[ENTRY_LAYOUT.token + i] = tokens[tokenAt + i];
  }

  /**
   * Chains `count` entries, numbered from `first`, onto the hash prev[prevAt .. prevAt+32): their
   * hashes go to out[outAt ..], 32 bytes each. The entries' fields come in chunks of CHAIN_CHUNK
   * rows, written by `fill`; the module's chain loop hashes a chunk in one call (noble, row by row).
   * `progress` hears the share done after each chunk.
   */
  chainEntries(count: number, first: number, prev: Uint8Array, prevAt: number, out: Uint8Array, outAt: number, fill: FillColumns, progress?: (fraction: number) => void): void {
    const columns = this.sha.columns;
    for (let from = 0; from < count; from += CHAIN_CHUNK) {
      const rows = Math.min(CHAIN_CHUNK, count - from);
      fill(columns, from, rows);
      const head = from === 0 ? prev : out;
      const headAt = from === 0 ? prevAt : outAt + 32 * (from - 1);
      const at = outAt + 32 * from;
      this.buf.set(head.subarray(headAt, headAt + 32), ENTRY_LAYOUT.prev);
      if (this.sha.chain(rows, first + from, this.lastBytes)) out.set(columns.hashes.subarray(0, 32 * rows), at);
      else {
        for (let j = 0; j < rows; j++) {
          const p = j === 0 ? head : out;
          const pAt = j === 0 ? headAt : at + 32 * (j - 1);
          this.writeHead(p, pAt, first + from + j, columns.unixSeconds[j], columns.districtIds[j], columns.tokens, j * TOKEN_BYTES);
          this.buf.set(columns.last.subarray(j * this.lastBytes, (j + 1) * this.lastBytes), this.lastAt);
          this.finish(out, at + 32 * j);
        }
      }
      progress?.((from + rows) / count);
    }
  }

  /** Hashes the buffer as written into out[outAt .. outAt+32). */
  protected finish(out: Uint8Array, outAt: number): void {
    this.sha.digestInto(out, outAt);
  }

  /** The preimage bytes of the last hash (for test vectors). */
  lastPreimage(): Uint8Array {
    return this.buf.slice();
  }
}

/** Version 1 entries: the last field is the choice, one byte. */
export class EntryHasher extends ChainedEntryHasher {
  constructor() {
    super(ENTRY_TAG, 1);
  }

  /** Hash of an entry, written to out[outAt .. outAt+32). */
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
    this.writeHead(prev, prevAt, index, unixSeconds, districtId, tokens, tokenAt);
    this.buf[this.lastAt] = choice;
    this.finish(out, outAt);
  }

  /** Like hashInto, returning a fresh 32-byte array. */
  hash(prev: Uint8Array, prevAt: number, index: number, unixSeconds: number, districtId: number, tokens: Uint8Array, tokenAt: number, choice: number): Uint8Array {
    const out = new Uint8Array(32);
    this.hashInto(prev, prevAt, index, unixSeconds, districtId, tokens, tokenAt, choice, out, 0);
    return out;
  }
}

let shared: EntryHasher | undefined;

/** Hash of one entry from plain fields (tests, docs, small verifiers). */
export function entryHash(prev: Uint8Array, e: EntryFields): Uint8Array {
  shared ??= new EntryHasher();
  return shared.hash(prev, 0, e.index, e.unixSeconds, e.districtId, e.token, 0, e.choice);
}
