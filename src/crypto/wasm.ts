/**
 * The part of the WebAssembly API the engine's two modules use (padded-sha256.ts, field25519.ts):
 * synchronous compilation and instantiation. WebAssembly is a language global in Node and in every
 * browser, but its types come with the DOM's or Node's, which the engine's tsconfig leaves out.
 */
import { hexToBytes } from '@noble/hashes/utils.js';

/** A compiled module, opaque here. */
export type WasmModule = object;

interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => WasmModule;
  readonly Instance: new (module: WasmModule, imports: object) => { readonly exports: object };
}

/** The global as it stands now (read at each call, so tests can take it away). */
const api = () => (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** The module whose bytes `hex` spells, compiled synchronously; null where WebAssembly is missing or refuses. */
export function compileHex(hex: string): WasmModule | null {
  const wasm = api();
  if (!wasm) return null;
  try {
    return new wasm.Module(hexToBytes(hex));
  } catch {
    return null;
  }
}

/** The exports of a new instance of `module` (no imports); null where instantiation fails. */
export function instantiate<Exports>(module: WasmModule): Exports | null {
  const wasm = api();
  if (!wasm) return null;
  try {
    return new wasm.Instance(module, {}).exports as Exports;
  } catch {
    return null;
  }
}
