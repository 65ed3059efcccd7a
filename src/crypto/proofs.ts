/**
 * Non-interactive zero-knowledge proofs (Fiat-Shamir over SHA-512, domain-separated, each bound to
 * a context such as the ballot it belongs to, so a proof moved to another ballot fails):
 *
 * - Chaum-Pedersen: log_g X = log_H Y (the same secret in two bases). Proves that an encrypted
 *   ballot's candidates sum to one, and that a trustee's partial decryption uses its key share.
 * - Disjunctive Chaum-Pedersen (Cramer-Damgård-Schoenmakers OR-proof): a ciphertext encrypts 0 or 1.
 *
 * Transcripts are the tagged encoding (encoding.ts) of the context and the 32-byte ristretto
 * encodings of the points, in the order given in docs/record-format.md. Nonces come from the
 * caller (seeded in the sandbox).
 */
import type { Ciphertext } from './elgamal.ts';
import { G, gmul, hashToScalar, mod, mul, mulPublic, type GroupElement } from './group.ts';

export const CP_TAG = 'tally-lab/proof/chaum-pedersen@1';
export const ZERO_ONE_TAG = 'tally-lab/proof/zero-or-one@1';

export interface ChaumPedersenProof {
  readonly c: bigint;
  readonly z: bigint;
}

const enc = (...points: GroupElement[]) => points.map((p) => p.toBytes());

/** Proves log_g X = log_H Y = s, where X = g^s and Y = H^s. */
export function proveEqualLogs(H: GroupElement, X: GroupElement, Y: GroupElement, s: bigint, w: bigint, context: Uint8Array): ChaumPedersenProof {
  const t1 = gmul(w);
  const t2 = mul(H, w);
  const c = hashToScalar(CP_TAG, [context, ...enc(G, H, X, Y, t1, t2)]);
  return { c, z: mod(w + c * s) };
}

export function verifyEqualLogs(H: GroupElement, X: GroupElement, Y: GroupElement, proof: ChaumPedersenProof, context: Uint8Array): boolean {
  const t1 = mulPublic(G, proof.z).subtract(mulPublic(X, proof.c));
  const t2 = mulPublic(H, proof.z).subtract(mulPublic(Y, proof.c));
  return hashToScalar(CP_TAG, [context, ...enc(G, H, X, Y, t1, t2)]) === proof.c;
}

export interface ZeroOneProof {
  readonly c0: bigint;
  readonly c1: bigint;
  readonly z0: bigint;
  readonly z1: bigint;
}

/** Nonces of one zero-or-one proof: the real branch's commitment, and the simulated branch's challenge and response. */
export interface ZeroOneNonces {
  readonly w: bigint;
  readonly fakeC: bigint;
  readonly fakeZ: bigint;
}

/**
 * Commitments of branch j, recomputed from its challenge and response: (g^z · a^-c, pk^z · (b · g^-j)^-c).
 * `secret` selects constant-time arithmetic: the prover simulates a branch from secret nonces.
 */
function branch(pk: GroupElement, ct: Ciphertext, j: 0 | 1, c: bigint, z: bigint, secret: boolean): [GroupElement, GroupElement] {
  const m = secret ? mul : mulPublic;
  const bj = j === 0 ? ct.b : ct.b.subtract(G);
  return [m(G, z).subtract(m(ct.a, c)), m(pk, z).subtract(m(bj, c))];
}

/** Proves that ct = Enc(pk, m; r) with m in {0, 1}. */
export function proveZeroOrOne(pk: GroupElement, ct: Ciphertext, m: 0 | 1, r: bigint, n: ZeroOneNonces, context: Uint8Array): ZeroOneProof {
  const fake = (1 - m) as 0 | 1;
  const real: [GroupElement, GroupElement] = [gmul(n.w), mul(pk, n.w)];
  const simulated = branch(pk, ct, fake, n.fakeC, n.fakeZ, true);
  const [t0, t1] = m === 0 ? [real, simulated] : [simulated, real];
  const c = hashToScalar(ZERO_ONE_TAG, [context, ...enc(pk, ct.a, ct.b, t0[0], t0[1], t1[0], t1[1])]);
  const cReal = mod(c - n.fakeC);
  const zReal = mod(n.w + cReal * r);
  return m === 0 ? { c0: cReal, c1: n.fakeC, z0: zReal, z1: n.fakeZ } : { c0: n.fakeC, c1: cReal, z0: n.fakeZ, z1: zReal };
}

export function verifyZeroOrOne(pk: GroupElement, ct: Ciphertext, p: ZeroOneProof, context: Uint8Array): boolean {
  const t0 = branch(pk, ct, 0, p.c0, p.z0, false);
  const t1 = branch(pk, ct, 1, p.c1, p.z1, false);
  const c = hashToScalar(ZERO_ONE_TAG, [context, ...enc(pk, ct.a, ct.b, t0[0], t0[1], t1[0], t1[1])]);
  return mod(p.c0 + p.c1) === c;
}
