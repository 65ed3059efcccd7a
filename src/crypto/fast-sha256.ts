/**
 * The SHA-256 the ledger's hot loops call: hash-wasm's WebAssembly build (~2-3x noble on the
 * 105-byte entry preimages, in Node and browsers alike) once `initFastHash()` has been awaited,
 * and @noble/hashes until then. Creating the WebAssembly hasher is asynchronous (it compiles a
 * module) while `simulate()` is synchronous, so the init is an explicit step: the CLI commands,
 * the bench and the workers await it once at start; anything that does not (tests, small
 * verifiers) gets noble, byte for byte the same digest (test/crypto/fast-sha256.test.ts checks the
 * two against each other on the documented vectors and on random messages). Noble stays the
 * reference: it is what the docs' vectors were made with, and what `useNobleHash()` goes back to.
 */
import { createSHA256, type IHasher } from 'hash-wasm';
import { sha256 } from '@noble/hashes/sha2.js';

/** The WebAssembly hasher, once created; one instance serves every caller (each call is init-update-digest, never interleaved). */
let wasm: IHasher | null = null;
let pending: Promise<boolean> | null = null;

/**
 * Creates the WebAssembly hasher (once; later calls share the first). Resolves true when the fast
 * path is on, false when this environment cannot compile WebAssembly: noble then stays in charge,
 * with the same digests, only slower. Never rejects, so a caller cannot be left without a hash.
 */
export function initFastHash(): Promise<boolean> {
  if (wasm) return Promise.resolve(true);
  pending ??= createSHA256().then(
    (h) => {
      wasm = h;
      return true;
    },
    () => {
      pending = null;
      return false;
    },
  );
  return pending;
}

/** Goes back to noble (tests that compare the two paths). `initFastHash()` turns the fast path on again. */
export function useNobleHash(): void {
  wasm = null;
  pending = null;
}

/** Which implementation sha256Into uses now. */
export function fastHashActive(): boolean {
  return wasm !== null;
}

/** A reused noble state for the fallback: a pristine state is cloned into a working one per call (no allocation). */
const pristine = sha256.create();
const work = sha256.create();
const nobleOut = new Uint8Array(32);

/** SHA-256 of `message` written to out[outAt .. outAt+32). */
export function sha256Into(message: Uint8Array, out: Uint8Array, outAt: number): void {
  if (wasm) {
    out.set(wasm.init().update(message).digest('binary'), outAt);
    return;
  }
  pristine._cloneInto(work);
  work.update(message);
  work.digestInto(nobleOut);
  out.set(nobleOut, outAt);
}

/** SHA-256 of `message` as a fresh 32-byte array, on the same path as sha256Into. */
export function sha256Fast(message: Uint8Array): Uint8Array {
  if (wasm) return wasm.init().update(message).digest('binary');
  return sha256(message);
}
