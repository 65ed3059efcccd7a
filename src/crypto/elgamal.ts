/**
 * Exponential ElGamal on ristretto255: Enc(m; r) = (g^r, g^m · pk^r). Ciphertexts add
 * component-wise, so a tally of ciphertexts encrypts the sum of the votes; decryption yields g^m,
 * and m is then found as a small discrete log (dlog.ts).
 */
import { fixedBase, G, gmul, mul, Point, type GroupElement } from './group.ts';

export interface Ciphertext {
  /** g^r */
  readonly a: GroupElement;
  /** g^m · pk^r */
  readonly b: GroupElement;
}

/** Enc(m; r) under pk, with pk's cached fixed-base table. */
export function encrypt(pk: GroupElement, m: bigint, r: bigint): Ciphertext {
  return { a: gmul(r), b: gmul(m).add(fixedBase(pk).multiply(r)) };
}

export function addCiphertexts(x: Ciphertext, y: Ciphertext): Ciphertext {
  return { a: x.a.add(y.a), b: x.b.add(y.b) };
}

export const ZERO_CIPHERTEXT: Ciphertext = { a: Point.ZERO, b: Point.ZERO };

/** g^m, given the secret key. */
export function decryptToPoint(sk: bigint, c: Ciphertext): GroupElement {
  return c.b.subtract(mul(c.a, sk));
}

/** Whether c encrypts m with randomness r under pk (a Benaloh challenge opens a ballot this way). */
export function opens(pk: GroupElement, c: Ciphertext, m: bigint, r: bigint): boolean {
  const e = encrypt(pk, m, r);
  return e.a.equals(c.a) && e.b.equals(c.b);
}

export { G };
