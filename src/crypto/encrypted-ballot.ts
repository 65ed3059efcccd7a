/**
 * The shape of an encrypted ballot: one exponential-ElGamal ciphertext per candidate, a proof per
 * ciphertext that it holds 0 or 1, and a proof that they sum to one. Its own file, because both
 * the prover (ballot.ts) and the byte layout (ballot-layout.ts) need it and neither needs the other's code.
 */
import type { SumProof, ZeroOneProof } from './ballot-proofs.ts';
import type { Ciphertext } from './elgamal.ts';

export interface EncryptedBallot {
  readonly ciphertexts: readonly Ciphertext[];
  readonly proofs: readonly ZeroOneProof[];
  readonly sumProof: SumProof;
}
