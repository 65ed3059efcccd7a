/**
 * The two proofs on an encrypted ballot, in commitment form (the commitments are stored, the
 * challenges are recomputed), so that a verifier can fold every equation of a whole batch of
 * ballots into one multi-scalar multiplication (ballot-verify.ts):
 *
 * - zero-or-one: ciphertext k encrypts 0 or 1 (disjunctive Chaum-Pedersen, Cramer-Damgård-
 *   Schoenmakers 1994): one real branch, one simulated, the challenges summing to the hash;
 * - sum: the ciphertexts add up to an encryption of exactly 1 (Chaum-Pedersen 1992:
 *   log_g A = log_pk (B − g), with (A, B) the sum of the ciphertexts).
 *
 * Fiat-Shamir over SHA-512 with the project's tagged encoding, bound to the ballot's context, the
 * key, the candidate index and the ciphertext bytes (docs/verifiable-crypto.md gives the byte
 * order). The prover knows every exponent, so all its multiplications are fixed-base (g and pk);
 * the ballot prover (ballot.ts) assembles these pieces.
 */
import { u32be } from './encoding.ts';
import { G, gmul, hashToScalar, mod, mulPublic, type FixedBase, type GroupElement } from './group.ts';

export const ZERO_ONE_TAG = 'tally-lab/proof/zero-or-one@2';
export const SUM_TAG = 'tally-lab/proof/ballot-sum@1';

/** The zero-or-one proof of one ciphertext (a, b): branch j's commitments t_j = (t_ja, t_jb), in the bases g and pk. */
export interface ZeroOneProof {
  readonly t0a: GroupElement;
  readonly t0b: GroupElement;
  readonly t1a: GroupElement;
  readonly t1b: GroupElement;
  /** Branch 0's challenge; branch 1's is c − c0, with c the transcript hash. */
  readonly c0: bigint;
  readonly z0: bigint;
  readonly z1: bigint;
}

/** The proof that the ballot's ciphertexts sum to an encryption of 1. */
export interface SumProof {
  readonly ta: GroupElement;
  readonly tb: GroupElement;
  readonly z: bigint;
}

/** Secret inputs of one zero-or-one proof: the real branch's nonce, and the simulated branch's challenge and response. */
export interface ZeroOneNonces {
  readonly w: bigint;
  readonly fakeC: bigint;
  readonly fakeZ: bigint;
}

/** c = H(tag, context, pk, k, a, b, t0a, t0b, t1a, t1b), every point as its 32-byte encoding. */
export function zeroOneChallenge(context: Uint8Array, pk: Uint8Array, k: number, ab: readonly Uint8Array[], t: readonly Uint8Array[]): bigint {
  return hashToScalar(ZERO_ONE_TAG, [context, pk, u32be(k), ...ab, ...t]);
}

/** c = H(tag, context, pk, K, a_0 ‖ b_0 ‖ … ‖ a_{K−1} ‖ b_{K−1}, ta, tb). */
export function sumChallenge(context: Uint8Array, pk: Uint8Array, candidates: number, ciphertexts: Uint8Array, ta: Uint8Array, tb: Uint8Array): bigint {
  return hashToScalar(SUM_TAG, [context, pk, u32be(candidates), ciphertexts, ta, tb]);
}

/**
 * The commitments (t0a, t0b, t1a, t1b) of the zero-or-one proof for (a, b) = (g^r, g^m · pk^r),
 * each raised to `scale` (1, or ½ when the caller encodes doubles: encode-batch.ts). Five fixed-base
 * multiplications: the real branch m gets (g^w, pk^w); the simulated branch j = 1 − m is recomputed
 * from its challenge and response (fakeC, fakeZ) without touching the ciphertext:
 * g^z·a^−c = g^u and pk^z·(b·g^−j)^−c = pk^u·g^((j−m)·c), with u = z − r·c and j − m = ±1.
 */
export function zeroOneCommitments(key: FixedBase, m: 0 | 1, r: bigint, n: ZeroOneNonces, scale = 1n): GroupElement[] {
  const realA = gmul(n.w * scale);
  const realB = key.multiply(n.w * scale);
  const u = mod(n.fakeZ - r * n.fakeC);
  const fakeA = gmul(u * scale);
  const fakeB = key.multiply(u * scale).add(gmul((m === 0 ? n.fakeC : -n.fakeC) * scale));
  return m === 0 ? [realA, realB, fakeA, fakeB] : [fakeA, fakeB, realA, realB];
}

/** The stored scalars, given the challenge c: the real branch takes c − fakeC and answers w + (c − fakeC)·r. */
export function zeroOneResponses(c: bigint, m: 0 | 1, r: bigint, n: ZeroOneNonces): { c0: bigint; z0: bigint; z1: bigint } {
  const cReal = mod(c - n.fakeC);
  const zReal = mod(n.w + cReal * r);
  return m === 0 ? { c0: cReal, z0: zReal, z1: n.fakeZ } : { c0: n.fakeC, z0: n.fakeZ, z1: zReal };
}

/**
 * The zero-or-one proof of one ciphertext on its own (the ballot prover runs the same steps for all
 * its ciphertexts at once, to encode in one batch). `ab` is the ciphertext's encoding. It proves
 * nothing false: run on a ciphertext of 2 "as if m were 1", the result fails verification.
 */
export function proveZeroOrOne(key: FixedBase, ab: readonly [Uint8Array, Uint8Array], m: 0 | 1, r: bigint, n: ZeroOneNonces, k: number, context: Uint8Array): ZeroOneProof {
  const [t0a, t0b, t1a, t1b] = zeroOneCommitments(key, m, r, n);
  const c = zeroOneChallenge(context, key.bytes, k, ab, [t0a, t0b, t1a, t1b].map((t) => t.toBytes()));
  return { t0a, t0b, t1a, t1b, ...zeroOneResponses(c, m, r, n) };
}

/** The zero-or-one equations one by one, for naming a failure: g^z0 = t0a·a^c0, pk^z0 = t0b·b^c0, g^z1 = t1a·a^c1, pk^z1 = t1b·(b/g)^c1. */
export function zeroOneHolds(pk: GroupElement, a: GroupElement, b: GroupElement, p: ZeroOneProof, c: bigint): boolean {
  const c1 = mod(c - p.c0);
  return (
    mulPublic(G, p.z0).equals(p.t0a.add(mulPublic(a, p.c0))) &&
    mulPublic(pk, p.z0).equals(p.t0b.add(mulPublic(b, p.c0))) &&
    mulPublic(G, p.z1).equals(p.t1a.add(mulPublic(a, c1))) &&
    mulPublic(pk, p.z1).equals(p.t1b.add(mulPublic(b.subtract(G), c1)))
  );
}

/** The sum equations: g^z = ta·A^c and pk^z = tb·(B/g)^c. */
export function sumHolds(pk: GroupElement, A: GroupElement, B: GroupElement, p: SumProof, c: bigint): boolean {
  return mulPublic(G, p.z).equals(p.ta.add(mulPublic(A, c))) && mulPublic(pk, p.z).equals(p.tb.add(mulPublic(B.subtract(G), c)));
}
