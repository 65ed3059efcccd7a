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
 * order). The prover knows every exponent, so all its multiplications are fixed-base (g and pk).
 */
import { u32be } from './encoding.ts';
import { G, gmul, hashToScalar, mod, mul, mulPublic, type FixedBase, type GroupElement } from './group.ts';

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
 * Proves that (a, b) = (g^r, g^m · pk^r) with m in {0, 1}: 7 fixed-base multiplications are already
 * spent on a and b by the caller, so this costs 5 (real branch g^w, pk^w; simulated branch g^u,
 * pk^u, g^(±c) with u = z − r·c) and 4 encodings. Returns the proof and its commitments' encodings
 * (t0a ‖ t0b ‖ t1a ‖ t1b), which the ballot's bytes reuse.
 */
export function proveZeroOrOne(key: FixedBase, ab: readonly [Uint8Array, Uint8Array], m: 0 | 1, r: bigint, n: ZeroOneNonces, k: number, context: Uint8Array): { proof: ZeroOneProof; commitments: Uint8Array[] } {
  const realA = gmul(n.w);
  const realB = mul(key.point, n.w);
  // Branch j = 1 − m recomputed from (fakeC, fakeZ) without the ciphertext: g^z·a^−c = g^u and
  // pk^z·(b·g^−j)^−c = pk^u·g^((j−m)·c), where j − m = +1 when m = 0 and −1 when m = 1.
  const u = mod(n.fakeZ - r * n.fakeC);
  const fakeA = gmul(u);
  const fakeB = mul(key.point, u).add(gmul(m === 0 ? n.fakeC : -n.fakeC));
  const [t0a, t0b, t1a, t1b] = m === 0 ? [realA, realB, fakeA, fakeB] : [fakeA, fakeB, realA, realB];
  const commitments = [t0a.toBytes(), t0b.toBytes(), t1a.toBytes(), t1b.toBytes()];
  const c = zeroOneChallenge(context, key.bytes, k, ab, commitments);
  const cReal = mod(c - n.fakeC);
  const zReal = mod(n.w + cReal * r);
  const proof = m === 0 ? { t0a, t0b, t1a, t1b, c0: cReal, z0: zReal, z1: n.fakeZ } : { t0a, t0b, t1a, t1b, c0: n.fakeC, z0: n.fakeZ, z1: zReal };
  return { proof, commitments };
}

/** Proves log_g A = log_pk (B − g) = R (the sum of the ballot's randomness): 2 multiplications, 2 encodings. */
export function proveSum(key: FixedBase, R: bigint, w: bigint, candidates: number, ciphertexts: Uint8Array, context: Uint8Array): { proof: SumProof; commitments: Uint8Array[] } {
  const ta = gmul(w);
  const tb = mul(key.point, w);
  const commitments = [ta.toBytes(), tb.toBytes()];
  const c = sumChallenge(context, key.bytes, candidates, ciphertexts, commitments[0], commitments[1]);
  return { proof: { ta, tb, z: mod(w + c * R) }, commitments };
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
