/**
 * Voter tokens on ledger entries (8 bytes each). With public re-vote resolution an entry carries
 * the voter's pseudonym (the same on every ballot of that voter, so anyone can apply "last ballot
 * counts"); with private resolution it carries a one-time token that links nothing.
 *
 * Both are a keyed 64-bit Feistel permutation of a counter (the voter's index, or the entry's
 * index), keyed from the scenario seed: distinct inputs always give distinct tokens, and no table
 * is stored. A sandbox's unlinkability, not a cryptographic one (docs/integrity.md).
 */
import { TOKEN_BYTES } from '../../crypto/ledger-hash.ts';
import type { StreamFactory } from '../base/random.ts';

export class TokenMaker {
  private readonly keys: Uint32Array;

  constructor(streams: StreamFactory, seed: string, label: string) {
    const rng = streams(seed, label);
    this.keys = Uint32Array.from({ length: 4 }, () => Math.floor(rng() * 2 ** 32));
  }

  /** Writes the token of `n` (an integer below 2^32) into out[at .. at+8). */
  write(n: number, out: Uint8Array, at: number): void {
    let left = n >>> 0;
    let right = 0x9e3779b9;
    for (let round = 0; round < 4; round++) {
      const f = mix(right ^ this.keys[round]);
      const next = left ^ f;
      left = right;
      right = next;
    }
    out[at] = left >>> 24;
    out[at + 1] = (left >>> 16) & 255;
    out[at + 2] = (left >>> 8) & 255;
    out[at + 3] = left & 255;
    out[at + 4] = right >>> 24;
    out[at + 5] = (right >>> 16) & 255;
    out[at + 6] = (right >>> 8) & 255;
    out[at + 7] = right & 255;
  }

  /** Writes the token of each ns[k] into out[8k .. 8k+8): a ledger's tokens, in one loop of their own. */
  writeAll(ns: Uint32Array, out: Uint8Array): void {
    for (let k = 0; k < ns.length; k++) this.write(ns[k], out, k * TOKEN_BYTES);
  }

  token(n: number): Uint8Array {
    const out = new Uint8Array(TOKEN_BYTES);
    this.write(n, out, 0);
    return out;
  }
}

/** A 32-bit avalanche mix (murmur3's finaliser). */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
