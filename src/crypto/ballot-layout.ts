/**
 * The fixed-length byte layout of an encrypted ballot of K candidates (288·K + 96 bytes):
 *
 *   K × (a ‖ b)                                   ciphertexts, 64 bytes each
 *   K × (t0a ‖ t0b ‖ t1a ‖ t1b ‖ c0 ‖ z0 ‖ z1)    zero-or-one proofs, 224 bytes each
 *   ta ‖ tb ‖ z                                   the sum proof, 96 bytes
 *
 * points as 32-byte ristretto255 encodings, scalars as 32 bytes little-endian. The ciphertexts come
 * first so that the sum proof's transcript hashes them as one slice.
 */
import type { EncryptedBallot } from './encrypted-ballot.ts';

export const CIPHERTEXT_SLOT = 64;
export const ZERO_ONE_SLOT = 224;
export const SUM_SLOT = 96;

export interface BallotLayout {
  readonly candidates: number;
  readonly length: number;
  /** End of the ciphertexts block (start of the proofs). */
  readonly ciphertextsEnd: number;
  readonly a: (k: number) => number;
  readonly b: (k: number) => number;
  readonly proof: (k: number) => number;
  /** Offset of the sum proof. */
  readonly sum: number;
  /** Offsets of the 6K + 2 points in byte order: a_k, b_k of each candidate; t0a … t1b of each; ta, tb. */
  readonly points: readonly number[];
}

export function ballotLayout(candidates: number): BallotLayout {
  const ciphertextsEnd = CIPHERTEXT_SLOT * candidates;
  const sum = ciphertextsEnd + ZERO_ONE_SLOT * candidates;
  const points: number[] = [];
  for (let k = 0; k < 2 * candidates; k++) points.push(32 * k);
  for (let k = 0; k < candidates; k++) for (let j = 0; j < 4; j++) points.push(ciphertextsEnd + ZERO_ONE_SLOT * k + 32 * j);
  points.push(sum, sum + 32);
  return {
    candidates,
    length: sum + SUM_SLOT,
    ciphertextsEnd,
    a: (k) => CIPHERTEXT_SLOT * k,
    b: (k) => CIPHERTEXT_SLOT * k + 32,
    proof: (k) => ciphertextsEnd + ZERO_ONE_SLOT * k,
    sum,
    points,
  };
}

/**
 * The bytes of ballots made or decoded here, kept beside the (immutable) ballot object: encoding a
 * point costs as much as a fixed-base multiplication, and the verifier hashes exactly these bytes.
 * A ballot object built by hand (a forgery in a test) has no entry and is encoded afresh.
 */
const known = new WeakMap<EncryptedBallot, Uint8Array>();

export function rememberBytes(ballot: EncryptedBallot, bytes: Uint8Array): void {
  known.set(ballot, bytes);
}

export function rememberedBytes(ballot: EncryptedBallot): Uint8Array | undefined {
  return known.get(ballot);
}
