/**
 * The election key shared among n trustees, any k of whom can decrypt (joint Feldman VSS, after
 * Pedersen 1991): each trustee deals a random polynomial of degree k-1, publishes commitments
 * g^{coefficient}, and sends each other trustee a share that the receiver checks against them.
 * Trustee i's key share is the sum of the shares it received; the election key is the product of
 * the constant-term commitments. After the close, trustees publish partial decryptions A^{s_i}
 * with Chaum-Pedersen proofs, and any k of them combine by Lagrange interpolation in the exponent.
 */
import { decodePoint, decodeScalar, FormatError } from './codec.ts';
import { u32be } from './encoding.ts';
import { Fn, G, gmul, mod, mul, Point, scalarToBytes, type GroupElement } from './group.ts';
import { msm } from './msm.ts';
import { proveEqualLogs, verifyEqualLogs, type ChaumPedersenProof } from './proofs.ts';

export interface Dealing {
  /** g^{a_0}, ..., g^{a_{k-1}}: published. */
  readonly commitments: readonly GroupElement[];
  /** f(1), ..., f(n): share j goes to trustee j (1-based in the polynomial). */
  readonly shares: readonly bigint[];
}

/** Trustee's dealing: a polynomial with the given k coefficients, evaluated at 1..n. */
export function deal(coefficients: readonly bigint[], n: number): Dealing {
  const commitments = coefficients.map((a) => gmul(a));
  const shares = Array.from({ length: n }, (_, i) => evaluate(coefficients, BigInt(i + 1)));
  return { commitments, shares };
}

function evaluate(coefficients: readonly bigint[], x: bigint): bigint {
  let y = 0n;
  for (let j = coefficients.length - 1; j >= 0; j--) y = mod(y * x + coefficients[j]);
  return y;
}

/** 1, i, i², … (k of them) mod ℓ. */
function powers(i: number, k: number): bigint[] {
  const out: bigint[] = [];
  for (let j = 0, p = 1n; j < k; j++, p = mod(p * BigInt(i))) out.push(p);
  return out;
}

/** g^{f(i)} = Π_j C_j^(i^j) from the commitments (all public: one multi-scalar multiplication). */
export function committedShare(commitments: readonly GroupElement[], i: number): GroupElement {
  return msm(commitments, powers(i, commitments.length));
}

export function shareIsValid(commitments: readonly GroupElement[], i: number, share: bigint): boolean {
  return gmul(share).equals(committedShare(commitments, i));
}

/** The election public key: the product of every trustee's constant-term commitment. */
export function electionKey(dealings: readonly { readonly commitments: readonly GroupElement[] }[]): GroupElement {
  return dealings.reduce((acc, d) => acc.add(d.commitments[0]), Point.ZERO);
}

/** Trustee i's public verification key g^{s_i} = Π_d Π_j C_{d,j}^(i^j), from everyone's commitments. */
export function verificationKey(dealings: readonly { readonly commitments: readonly GroupElement[] }[], i: number): GroupElement {
  return msm(
    dealings.flatMap((d) => d.commitments),
    dealings.flatMap((d) => powers(i, d.commitments.length)),
  );
}

export interface PartialDecryption {
  readonly trustee: number;
  /** A^{s_i} */
  readonly share: GroupElement;
  readonly proof: ChaumPedersenProof;
}

/** Trustee i's partial decryption of a ciphertext's first component A, with its proof. */
export function partialDecrypt(trustee: number, keyShare: bigint, A: GroupElement, w: bigint, context: Uint8Array): PartialDecryption {
  const share = mul(A, keyShare);
  return { trustee, share, proof: proveEqualLogs(A, gmul(keyShare), share, keyShare, w, context) };
}

export function verifyPartial(p: PartialDecryption, verificationKeyOf: GroupElement, A: GroupElement, context: Uint8Array): boolean {
  return verifyEqualLogs(A, verificationKeyOf, p.share, p.proof, context);
}

/** Bytes of a partial decryption: u32be(trustee) ‖ share ‖ c ‖ z. */
export const PARTIAL_BYTES = 100;

export function encodePartial(p: PartialDecryption): Uint8Array {
  const out = new Uint8Array(PARTIAL_BYTES);
  out.set(u32be(p.trustee), 0);
  out.set(p.share.toBytes(), 4);
  out.set(scalarToBytes(p.proof.c), 36);
  out.set(scalarToBytes(p.proof.z), 68);
  return out;
}

/** Reads a partial decryption; throws FormatError naming the field (`partial.share`, ...) on bad bytes. */
export function decodePartial(bytes: Uint8Array): PartialDecryption {
  if (!(bytes instanceof Uint8Array) || bytes.length !== PARTIAL_BYTES) throw new FormatError('partial', `wrong length: expected ${PARTIAL_BYTES} bytes, got ${bytes?.length}`);
  const trustee = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  if (trustee < 1) throw new FormatError('partial.trustee', 'trustee numbers start at 1');
  return {
    trustee,
    share: decodePoint(bytes.slice(4, 36), 'partial.share'),
    proof: { c: decodeScalar(bytes.slice(36, 68), 'partial.c'), z: decodeScalar(bytes.slice(68, 100), 'partial.z') },
  };
}

/** The Lagrange coefficient at 0 of trustee i among the set `trustees` (1-based indices). */
export function lagrangeAtZero(i: number, trustees: readonly number[]): bigint {
  let num = 1n;
  let den = 1n;
  for (const j of trustees) {
    if (j === i) continue;
    num = mod(num * BigInt(j));
    den = mod(den * BigInt(j - i));
  }
  return mod(num * Fn.inv(den));
}

/** A^x from k partial decryptions (x the election secret), by interpolation in the exponent. */
export function combinePartials(partials: readonly PartialDecryption[]): GroupElement {
  const set = partials.map((p) => p.trustee);
  if (new Set(set).size !== set.length) throw new Error('combinePartials: a trustee appears twice');
  // Shares and coefficients are public: one multi-scalar multiplication.
  return msm(
    partials.map((p) => p.share),
    partials.map((p) => lagrangeAtZero(p.trustee, set)),
  );
}

export { G };
