/**
 * An encrypted ballot: one exponential-ElGamal ciphertext per candidate (one-hot: a 1 for the
 * chosen candidate, 0 elsewhere), a proof that each encrypts 0 or 1, and a proof that they sum to
 * exactly one. Every proof is bound to the ballot's context (its election and district), so it
 * cannot be lifted onto another ballot or election.
 */
import { proveSum, proveZeroOrOne, type SumProof, type ZeroOneProof } from './ballot-proofs.ts';
import { ballotLayout, rememberBytes } from './ballot-layout.ts';
import { addCiphertexts, ZERO_CIPHERTEXT, type Ciphertext } from './elgamal.ts';
import { fixedBase, G, gmul, mod, mul, scalarToBytes, type GroupElement } from './group.ts';
import type { Nonces } from './nonces.ts';

export interface EncryptedBallot {
  readonly ciphertexts: readonly Ciphertext[];
  readonly proofs: readonly ZeroOneProof[];
  readonly sumProof: SumProof;
}

/** What encrypting and proving one ballot of K candidates costs in primitives (the bench compares against these). */
export const proverCost = (candidates: number) => ({ fixedBaseMultiplications: 7 * candidates + 2, encodings: 6 * candidates + 2 });

/**
 * Encrypts a choice among `candidates`, drawing every nonce from `nonces` at `index` (the ballot's
 * number): randomness r_k = nonces(index, k, 0), the zero-or-one proof's nonces (index, k, 1..3),
 * and the sum proof's (index, K, 4). Returns the ballot and its randomness (what a Benaloh
 * challenge reveals). Every multiplication is fixed-base; the ballot's bytes are assembled from the
 * encodings the transcripts needed anyway, so encodeBallot on the result costs nothing more.
 */
export function encryptBallot(pk: GroupElement, choice: number, candidates: number, nonces: Nonces, index: number, context: Uint8Array): { ballot: EncryptedBallot; randomness: bigint[] } {
  if (!Number.isInteger(candidates) || candidates < 1) throw new RangeError(`encryptBallot: candidates must be a positive integer, got ${candidates}`);
  if (!Number.isInteger(choice) || choice < 0 || choice >= candidates) throw new RangeError(`encryptBallot: choice must be a candidate index below ${candidates}, got ${choice}`);
  const key = fixedBase(pk);
  const layout = ballotLayout(candidates);
  const bytes = new Uint8Array(layout.length);
  const randomness: bigint[] = [];
  const ciphertexts: Ciphertext[] = [];
  const proofs: ZeroOneProof[] = [];
  for (let k = 0; k < candidates; k++) {
    const r = nonces.get(index, k, 0);
    const m = k === choice ? 1 : 0;
    const a = gmul(r);
    const pkr = mul(key.point, r);
    const b = m === 1 ? pkr.add(G) : pkr;
    const ab: [Uint8Array, Uint8Array] = [a.toBytes(), b.toBytes()];
    bytes.set(ab[0], layout.a(k));
    bytes.set(ab[1], layout.b(k));
    const { proof, commitments } = proveZeroOrOne(key, ab, m, r, { w: nonces.get(index, k, 1), fakeC: nonces.get(index, k, 2), fakeZ: nonces.get(index, k, 3) }, k, context);
    const at = layout.proof(k);
    commitments.forEach((t, j) => bytes.set(t, at + 32 * j));
    bytes.set(scalarToBytes(proof.c0), at + 128);
    bytes.set(scalarToBytes(proof.z0), at + 160);
    bytes.set(scalarToBytes(proof.z1), at + 192);
    randomness.push(r);
    ciphertexts.push(Object.freeze({ a, b }));
    proofs.push(Object.freeze(proof));
  }
  const R = mod(randomness.reduce((s, r) => s + r, 0n));
  const { proof: sumProof, commitments } = proveSum(key, R, nonces.get(index, candidates, 4), candidates, bytes.subarray(0, layout.ciphertextsEnd), context);
  bytes.set(commitments[0], layout.sum);
  bytes.set(commitments[1], layout.sum + 32);
  bytes.set(scalarToBytes(sumProof.z), layout.sum + 64);
  // Frozen: the bytes remembered beside it must stay its bytes.
  const ballot: EncryptedBallot = Object.freeze({ ciphertexts: Object.freeze(ciphertexts), proofs: Object.freeze(proofs), sumProof: Object.freeze(sumProof) });
  rememberBytes(ballot, bytes);
  return { ballot, randomness };
}

/** The component-wise sum: an encryption of the sum of the messages. */
export function sumCiphertexts(cts: readonly Ciphertext[]): Ciphertext {
  return cts.reduce(addCiphertexts, ZERO_CIPHERTEXT);
}
