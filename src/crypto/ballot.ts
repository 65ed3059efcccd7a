/**
 * An encrypted ballot: one exponential-ElGamal ciphertext per candidate (one-hot: a 1 for the
 * chosen candidate, 0 elsewhere), a proof that each encrypts 0 or 1, and a proof that they sum to
 * exactly one. Every proof is bound to the ballot's context (its election and position), so it
 * cannot be lifted onto another ballot.
 */
import { addCiphertexts, encrypt, ZERO_CIPHERTEXT, type Ciphertext } from './elgamal.ts';
import { G, mod, type GroupElement } from './group.ts';
import type { Nonces } from './nonces.ts';
import { proveEqualLogs, proveZeroOrOne, verifyEqualLogs, verifyZeroOrOne, type ChaumPedersenProof, type ZeroOneProof } from './proofs.ts';

export interface EncryptedBallot {
  readonly ciphertexts: readonly Ciphertext[];
  readonly proofs: readonly ZeroOneProof[];
  /** Chaum-Pedersen proof that the product of the ciphertexts encrypts 1. */
  readonly sumProof: ChaumPedersenProof;
}

/**
 * Encrypts a choice among `candidates`, drawing every nonce from `nonces` at `index` (the ballot's
 * number): randomness r_k, and three proof nonces per candidate, then one for the sum proof.
 * Returns the ballot and its randomness (what a Benaloh challenge reveals).
 */
export function encryptBallot(pk: GroupElement, choice: number, candidates: number, nonces: Nonces, index: number, context: Uint8Array): { ballot: EncryptedBallot; randomness: bigint[] } {
  const randomness: bigint[] = [];
  const ciphertexts: Ciphertext[] = [];
  const proofs: ZeroOneProof[] = [];
  for (let k = 0; k < candidates; k++) {
    const r = nonces.get(index, k, 0);
    const m = k === choice ? 1 : 0;
    const ct = encrypt(pk, BigInt(m), r);
    randomness.push(r);
    ciphertexts.push(ct);
    proofs.push(proveZeroOrOne(pk, ct, m, r, { w: nonces.get(index, k, 1), fakeC: nonces.get(index, k, 2), fakeZ: nonces.get(index, k, 3) }, context));
  }
  const total = sumCiphertexts(ciphertexts);
  const R = mod(randomness.reduce((a, b) => a + b, 0n));
  const sumProof = proveEqualLogs(pk, total.a, total.b.subtract(G), R, nonces.get(index, candidates, 4), context);
  return { ballot: { ciphertexts, proofs, sumProof }, randomness };
}

export function sumCiphertexts(cts: readonly Ciphertext[]): Ciphertext {
  return cts.reduce(addCiphertexts, ZERO_CIPHERTEXT);
}

/** Why a ballot is invalid, or null when every proof verifies. */
export function ballotProblem(pk: GroupElement, ballot: EncryptedBallot, candidates: number, context: Uint8Array): string | null {
  if (ballot.ciphertexts.length !== candidates || ballot.proofs.length !== candidates) return `expected ${candidates} ciphertexts and proofs`;
  for (let k = 0; k < candidates; k++) {
    if (!verifyZeroOrOne(pk, ballot.ciphertexts[k], ballot.proofs[k], context)) return `candidate ${k}: the proof that it encrypts 0 or 1 fails`;
  }
  const total = sumCiphertexts(ballot.ciphertexts);
  if (!verifyEqualLogs(pk, total.a, total.b.subtract(G), ballot.sumProof, context)) return 'the proof that the ballot holds exactly one choice fails';
  return null;
}
