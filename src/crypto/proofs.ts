/**
 * The Chaum-Pedersen proof (Chaum and Pedersen 1992) in challenge form (c, z), made
 * non-interactive by Fiat-Shamir over SHA-512: log_g X = log_H Y, the same secret in two bases. A
 * trustee proves with it that its partial decryption A^s uses its key share s (X = g^s its
 * verification key). The transcript is the tagged encoding (encoding.ts) of the context and the
 * 32-byte encodings of G, H, X, Y and the two commitments (docs/verifiable-crypto.md). The ballot's
 * proofs, which must batch, are in ballot-proofs.ts.
 */
import { Fn, G, gmul, hashToScalar, mod, mul, mulPublic, type GroupElement } from './group.ts';
import { msm } from './msm.ts';

export const CP_TAG = 'tally-lab/proof/chaum-pedersen@1';

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
  const t2 = msm([H, Y], [proof.z, Fn.neg(proof.c)]);
  return hashToScalar(CP_TAG, [context, ...enc(G, H, X, Y, t1, t2)]) === proof.c;
}
