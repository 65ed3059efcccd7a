/**
 * Seeded, labelled nonces (after ElectionGuard's `Nonces(seed, ...headers)`): in the sandbox every
 * secret scalar is derived from the scenario seed, so a run can be replayed bit for bit. Secure
 * only as a teaching device: anyone who knows the seed knows every secret.
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { hashToScalar } from './group.ts';
import { u32be } from './encoding.ts';

export const NONCE_TAG = 'tally-lab/nonce@1';

export class Nonces {
  private readonly seed: Uint8Array;
  constructor(seed: string, ...headers: string[]) {
    this.seed = utf8ToBytes(JSON.stringify([seed, ...headers]));
  }

  /** The i-th nonce of this sequence; never zero. */
  get(i: number, ...more: number[]): bigint {
    const k = hashToScalar(NONCE_TAG, [this.seed, u32be(i), ...more.map(u32be)]);
    return k === 0n ? 1n : k;
  }
}
