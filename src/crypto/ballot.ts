/**
 * An encrypted ballot: one exponential-ElGamal ciphertext per candidate (one-hot: a 1 for the
 * chosen candidate, 0 elsewhere), a proof that each encrypts 0 or 1, and a proof that they sum to
 * exactly one. Every proof is bound to the ballot's context (its election and district), so it
 * cannot be lifted onto another ballot or election.
 */
import { sumChallenge, zeroOneChallenge, zeroOneCommitments, zeroOneResponses, type SumProof, type ZeroOneNonces, type ZeroOneProof } from './ballot-proofs.ts';
import { ballotLayout, rememberBytes } from './ballot-layout.ts';
import { addCiphertexts, ZERO_CIPHERTEXT, type Ciphertext } from './elgamal.ts';
import { encodeDoubles } from './encode-batch.ts';
import type { EncryptedBallot } from './encrypted-ballot.ts';
import { fixedBase, Fn, gmul, mod, scalarToBytes, type GroupElement } from './group.ts';
import type { Nonces } from './nonces.ts';

export type { EncryptedBallot } from './encrypted-ballot.ts';

/** What encrypting and proving one ballot of K candidates costs in primitives (the bench compares against these). */
export const proverCost = (candidates: number) => ({ fixedBaseMultiplications: 7 * candidates + 2, encodings: 6 * candidates + 2 });

/** ½ mod ℓ: the prover computes each published point at half its exponent, then doubles it (encode-batch.ts). */
const HALF = Fn.inv(2n);
let halfG: GroupElement | undefined;
/** g^½, computed once: the half of b's g^1 term for the chosen candidate. */
const halfOfG = (): GroupElement => (halfG ??= gmul(HALF));

/**
 * Encrypts a choice among `candidates`, drawing every nonce from `nonces` at `index` (the ballot's
 * number): randomness r_k = nonces(index, k, 0), the zero-or-one proof's nonces (index, k, 1..3),
 * and the sum proof's (index, K, 4). Returns the ballot and its randomness (what a Benaloh
 * challenge reveals).
 *
 * No commitment depends on a challenge, so every point is computed first (7K + 2 fixed-base
 * multiplications, at half exponent), all 6K + 2 are encoded in one batch, and only then are the
 * challenges hashed from those bytes and the responses computed. The ballot's bytes are these same
 * encodings, so encodeBallot on the result costs nothing more.
 */
export function encryptBallot(pk: GroupElement, choice: number, candidates: number, nonces: Nonces, index: number, context: Uint8Array): { ballot: EncryptedBallot; randomness: bigint[] } {
  if (!Number.isInteger(candidates) || candidates < 1) throw new RangeError(`encryptBallot: candidates must be a positive integer, got ${candidates}`);
  if (!Number.isInteger(choice) || choice < 0 || choice >= candidates) throw new RangeError(`encryptBallot: choice must be a candidate index below ${candidates}, got ${choice}`);
  const K = candidates;
  const key = fixedBase(pk);
  const layout = ballotLayout(K);
  const randomness: bigint[] = [];
  const proofNonces: ZeroOneNonces[] = [];
  // Halves of the published points, in the order of the ballot's bytes: a_k, b_k; t0a … t1b of each candidate; ta, tb.
  const halves: GroupElement[] = new Array(6 * K + 2);
  for (let k = 0; k < K; k++) {
    const r = nonces.get(index, k, 0);
    const n = { w: nonces.get(index, k, 1), fakeC: nonces.get(index, k, 2), fakeZ: nonces.get(index, k, 3) };
    const m = k === choice ? 1 : 0;
    const pkr = key.multiply(r * HALF);
    halves[2 * k] = gmul(r * HALF);
    halves[2 * k + 1] = m === 1 ? pkr.add(halfOfG()) : pkr;
    zeroOneCommitments(key, m, r, n, HALF).forEach((t, j) => (halves[2 * K + 4 * k + j] = t));
    randomness.push(r);
    proofNonces.push(n);
  }
  const R = mod(randomness.reduce((s, r) => s + r, 0n));
  const w = nonces.get(index, K, 4);
  halves[6 * K] = gmul(w * HALF);
  halves[6 * K + 1] = key.multiply(w * HALF);

  const encodings = encodeDoubles(halves);
  const points = halves.map((P) => P.double());
  const bytes = new Uint8Array(layout.length);
  encodings.forEach((e, i) => bytes.set(e, layout.points[i]));

  const ciphertexts: Ciphertext[] = [];
  const proofs: ZeroOneProof[] = [];
  for (let k = 0; k < K; k++) {
    const at = layout.proof(k);
    const m = k === choice ? 1 : 0;
    const c = zeroOneChallenge(context, key.bytes, k, [encodings[2 * k], encodings[2 * k + 1]], encodings.slice(2 * K + 4 * k, 2 * K + 4 * k + 4));
    const { c0, z0, z1 } = zeroOneResponses(c, m, randomness[k], proofNonces[k]);
    bytes.set(scalarToBytes(c0), at + 128);
    bytes.set(scalarToBytes(z0), at + 160);
    bytes.set(scalarToBytes(z1), at + 192);
    const [t0a, t0b, t1a, t1b] = points.slice(2 * K + 4 * k, 2 * K + 4 * k + 4);
    ciphertexts.push(Object.freeze({ a: points[2 * k], b: points[2 * k + 1] }));
    proofs.push(Object.freeze({ t0a, t0b, t1a, t1b, c0, z0, z1 }));
  }
  const cs = sumChallenge(context, key.bytes, K, bytes.subarray(0, layout.ciphertextsEnd), encodings[6 * K], encodings[6 * K + 1]);
  const sumProof: SumProof = Object.freeze({ ta: points[6 * K], tb: points[6 * K + 1], z: mod(w + cs * R) });
  bytes.set(scalarToBytes(sumProof.z), layout.sum + 64);
  // Frozen: the bytes remembered beside it must stay its bytes.
  const ballot: EncryptedBallot = Object.freeze({ ciphertexts: Object.freeze(ciphertexts), proofs: Object.freeze(proofs), sumProof });
  rememberBytes(ballot, bytes);
  return { ballot, randomness };
}

/** The component-wise sum: an encryption of the sum of the messages. */
export function sumCiphertexts(cts: readonly Ciphertext[]): Ciphertext {
  return cts.reduce(addCiphertexts, ZERO_CIPHERTEXT);
}
