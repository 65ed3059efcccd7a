/**
 * SHA-256 of fixed-length messages written in place: what the ledger's hot loops hash, 105- and
 * 136-byte entry preimages, millions in a row. Each hasher owns a message buffer: the caller writes
 * the fields that change, `digestInto` hashes the whole buffer. For whole chains, `chain` runs the
 * module's own loop over a chunk of entries in `columns` (ledger-hash.ts: chainEntries).
 *
 * The fast path is a small WebAssembly module of our own (sha256-wasm.generated.ts, made from
 * simulations/build/sha256-wat.ts). The buffer lies inside the module's memory with its padding
 * written once, so a digest is one call: nothing is copied in and nothing allocated. A library's
 * streaming API (init, update, digest) cannot hash in place. hash-wasm, the fastest we measured, spent
 * a third of its time in that per-call JavaScript. The chain loop goes further: no call at all per
 * entry, and each entry's first eight rounds (over the preimage's constant head) done once a chunk.
 *
 * The module compiles synchronously (`simulate()` is synchronous, and there is no init step to
 * forget). Where WebAssembly is missing or refuses, and after `useNobleHash()`, the same buffer is
 * hashed by @noble/hashes, the reference: the digests are the same bytes
 * (test/crypto/padded-sha256.test.ts checks both against each other and FIPS 180-4's vectors).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import {
  CHAIN_CHUNK,
  CHUNK_DISTRICT_AT,
  CHUNK_HASHES_AT,
  CHUNK_LAST_AT,
  CHUNK_TOKENS_AT,
  CHUNK_UNIX_AT,
  DIGEST_AT,
  MAX_BLOCKS,
  MESSAGE_AT,
  SHA256_WASM_HEX,
} from './sha256-wasm.generated.ts';
import { compileHex, instantiate, type WasmModule } from './wasm.ts';

/** What the module exports. */
interface Sha256Exports {
  readonly memory: { readonly buffer: ArrayBuffer };
  readonly hash: (blocks: number) => void;
  readonly chain: (count: number, first: number, lastBytes: number, blocks: number) => void;
}

export { CHAIN_CHUNK };

/**
 * One chunk of ledger entries in columns, as the module's chain loop reads them (rows 0 .. count-1):
 * unix seconds and district ids, tokens (8 bytes a row), the last field (1 or 32 bytes a row), and
 * the hashes the loop writes (32 bytes a row).
 */
export interface ChainColumns {
  readonly unixSeconds: Uint32Array;
  readonly districtIds: Uint32Array;
  readonly tokens: Uint8Array;
  readonly last: Uint8Array;
  readonly hashes: Uint8Array;
}

/** Columns of CHAIN_CHUNK rows in `buffer` at the module's offsets (or in a buffer of their own). */
function chainColumns(buffer: ArrayBuffer, base: number): ChainColumns {
  return {
    unixSeconds: new Uint32Array(buffer, CHUNK_UNIX_AT - base, CHAIN_CHUNK),
    districtIds: new Uint32Array(buffer, CHUNK_DISTRICT_AT - base, CHAIN_CHUNK),
    tokens: new Uint8Array(buffer, CHUNK_TOKENS_AT - base, 8 * CHAIN_CHUNK),
    last: new Uint8Array(buffer, CHUNK_LAST_AT - base, 32 * CHAIN_CHUNK),
    hashes: new Uint8Array(buffer, CHUNK_HASHES_AT - base, 32 * CHAIN_CHUNK),
  };
}

/**
 * The compiled module, or null where this environment cannot compile it synchronously (older
 * Chromium refused modules over 4 KB on a page's main thread, which hashes no ledger: noble does it
 * there). Compiled when the first hasher is made.
 */
let wasmModule: WasmModule | null | undefined;
function compiled(): WasmModule | null {
  if (wasmModule === undefined) wasmModule = compileHex(SHA256_WASM_HEX);
  return wasmModule;
}

let nobleOnly = false;

/** Hash on noble from now on, in every hasher (tests that compare the two paths). */
export function useNobleHash(): void {
  nobleOnly = true;
}

/** Hash on the WebAssembly module again, where it compiled. */
export function useFastHash(): void {
  nobleOnly = false;
}

/** Whether digests are made by the WebAssembly module now. */
export function fastHashActive(): boolean {
  return compiled() !== null && !nobleOnly;
}

/** The longest message one hasher takes: MAX_BLOCKS blocks, less the padding's 9 bytes. */
export const MAX_MESSAGE_BYTES = 64 * MAX_BLOCKS - 9;

/** A reused noble state for the fallback: a pristine state is cloned into a working one per call (no allocation). */
const pristine = sha256.create();
const work = sha256.create();
const nobleOut = new Uint8Array(32);

export class PaddedSha256 {
  /** The message, `length` bytes: write into it, then call digestInto. */
  readonly message: Uint8Array;
  private readonly blocks: number;
  private readonly hashBlocks: ((blocks: number) => void) | null;
  private readonly chainLoop: Sha256Exports['chain'] | null;
  private readonly digest: Uint8Array | null;
  /** The chain loop's columns: in the module's memory, or (noble's path) in a buffer of their own. */
  readonly columns: ChainColumns;

  constructor(readonly length: number) {
    if (!Number.isInteger(length) || length < 0 || length > MAX_MESSAGE_BYTES) throw new RangeError(`PaddedSha256: length must be an integer from 0 to ${MAX_MESSAGE_BYTES}, got ${length}`);
    this.blocks = Math.ceil((length + 9) / 64);
    // One instance per hasher: each has its own memory, so hashers of different lengths never share a buffer.
    const module = compiled();
    const instance = module ? instantiate<Sha256Exports>(module) : null;
    if (instance) {
      const memory = instance.memory.buffer;
      this.message = new Uint8Array(memory, MESSAGE_AT, length);
      // FIPS 180-4 §5.1.1: a 1 bit, zeros, then the length in bits as a 64-bit big-endian number.
      const padded = new Uint8Array(memory, MESSAGE_AT, 64 * this.blocks);
      padded.fill(0, length);
      padded[length] = 0x80;
      new DataView(memory).setUint32(MESSAGE_AT + 64 * this.blocks - 4, length * 8);
      this.hashBlocks = instance.hash;
      this.chainLoop = instance.chain;
      this.digest = new Uint8Array(memory, DIGEST_AT, 32);
      this.columns = chainColumns(memory, 0);
    } else {
      this.message = new Uint8Array(length);
      this.hashBlocks = null;
      this.chainLoop = null;
      this.digest = null;
      this.columns = chainColumns(new ArrayBuffer(CHUNK_HASHES_AT + 32 * CHAIN_CHUNK - CHUNK_UNIX_AT), CHUNK_UNIX_AT);
    }
  }

  /**
   * The module's chain loop over rows 0 .. count-1 of `columns`, for a message laid out as a ledger
   * entry (src/crypto/ledger-entry-layout.ts) whose last field is `lastBytes` long: row j is entry
   * first+j, chained onto the previous hash as the message holds it. Returns false on noble's path,
   * where the caller hashes the rows one by one.
   */
  chain(count: number, first: number, lastBytes: number): boolean {
    if (!this.chainLoop || nobleOnly) return false;
    this.chainLoop(count, first, lastBytes, this.blocks);
    return true;
  }

  /** SHA-256 of the message as it stands, written to out[outAt .. outAt+32). */
  digestInto(out: Uint8Array, outAt: number): void {
    if (this.hashBlocks && !nobleOnly) {
      this.hashBlocks(this.blocks);
      const d = this.digest!;
      for (let i = 0; i < 32; i++) out[outAt + i] = d[i];
      return;
    }
    pristine._cloneInto(work);
    work.update(this.message);
    work.digestInto(nobleOut);
    out.set(nobleOut, outAt);
  }
}
