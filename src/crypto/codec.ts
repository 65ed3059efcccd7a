/**
 * Fixed-size byte codecs for what the election record carries in hex: group elements (32-byte
 * canonical ristretto255 encodings, RFC 9496 §4.3), scalars (32 bytes little-endian, below the
 * group order) and ciphertexts (a ‖ b). Decoders never let a library exception escape: bad bytes
 * raise a FormatError naming the field and the reason.
 */
import { bytesToNumberLE } from '@noble/curves/utils.js';
import { pointFromBytes } from './field25519.ts';
import { ORDER, scalarToBytes, type GroupElement } from './group.ts';
import type { Ciphertext } from './elgamal.ts';

export const POINT_BYTES = 32;
export const SCALAR_BYTES = 32;
export const CIPHERTEXT_BYTES = 2 * POINT_BYTES;

/** Bytes that do not decode: `field` names the part (e.g. `proofs[2].z0`), `reason` says what is wrong. */
export class FormatError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'FormatError';
  }
}

function expectLength(bytes: Uint8Array, length: number, field: string, make: (field: string, reason: string) => FormatError): void {
  if (!(bytes instanceof Uint8Array)) throw make(field, 'expected bytes');
  if (bytes.length !== length) throw make(field, `wrong length: expected ${length} bytes, got ${bytes.length}`);
}

const plain = (field: string, reason: string) => new FormatError(field, reason);

export function encodePoint(P: GroupElement): Uint8Array {
  return P.toBytes();
}

/** A group element from its canonical encoding; rejects every other 32-byte string (field25519.ts: noble's decoding, its square root faster). */
export function decodePoint(bytes: Uint8Array, field = 'point', make = plain): GroupElement {
  expectLength(bytes, POINT_BYTES, field, make);
  try {
    return pointFromBytes(bytes);
  } catch {
    throw make(field, 'not a canonical ristretto255 point encoding');
  }
}

export function encodeScalar(k: bigint): Uint8Array {
  return scalarToBytes(k);
}

/** A scalar from 32 little-endian bytes; rejects values at or above the group order (no silent reduction). */
export function decodeScalar(bytes: Uint8Array, field = 'scalar', make = plain): bigint {
  expectLength(bytes, SCALAR_BYTES, field, make);
  const x = bytesToNumberLE(bytes);
  if (x >= ORDER) throw make(field, 'scalar is not reduced below the group order');
  return x;
}

export function encodeCiphertext(c: Ciphertext): Uint8Array {
  const out = new Uint8Array(CIPHERTEXT_BYTES);
  out.set(c.a.toBytes(), 0);
  out.set(c.b.toBytes(), POINT_BYTES);
  return out;
}

export function decodeCiphertext(bytes: Uint8Array, field = 'ciphertext', make = plain): Ciphertext {
  expectLength(bytes, CIPHERTEXT_BYTES, field, make);
  return { a: decodePoint(bytes.subarray(0, POINT_BYTES), `${field}.a`, make), b: decodePoint(bytes.subarray(POINT_BYTES), `${field}.b`, make) };
}
