/**
 * The prime-order group for the verifiable mode: ristretto255 (RFC 9496, @noble/curves), with
 * scalars mod its order. Scalar arithmetic is reduced here, because noble does not reduce for us
 * and `multiply(0n)` throws. Hashes to scalars use SHA-512 with a wide reduction (as RFC 9496's
 * element derivation does), over the project's tagged encoding.
 */
import { ristretto255 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToNumberLE, numberToBytesLE } from '@noble/curves/utils.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeTagged } from './encoding.ts';
import { FixedBaseTable } from './fixed-base.ts';

export const Point = ristretto255.Point;
export type GroupElement = InstanceType<typeof Point>;
export const Fn = Point.Fn;
export const ORDER: bigint = Fn.ORDER;

/**
 * The generator: a copy of `Point.BASE` with noble's window-8 table (built on first use), for the
 * verifier's variable-time `mulPublic(G, …)`; measured about twice as fast as `Point.BASE` itself.
 * Secret multiples of g go through `gmul` and its own table (fixed-base.ts). Tables are cached per
 * point object: keep this one instance.
 */
export const G: GroupElement = Point.fromBytes(Point.BASE.toBytes()).precompute(8);

/**
 * Window width of the fixed-base tables (fixed-base.ts): measured fastest at 10 (~10% faster than
 * 8). A table holds 27 × 2⁹ points (~3.5 MB), built on first use (~50 ms).
 */
const TABLE_WINDOW = 10;
let gTable: FixedBaseTable | undefined;

/** k·P for any integer k (reduced mod the order; 0 gives the identity), in constant time: for secrets. */
export function mul(P: GroupElement, k: bigint): GroupElement {
  const s = Fn.create(k);
  return s === 0n ? Point.ZERO : P.multiply(s);
}

/** k·P in variable time: only where every input is public (verifying proofs). About twice as fast. */
export function mulPublic(P: GroupElement, k: bigint): GroupElement {
  return P.multiplyUnsafe(Fn.create(k));
}

/** g^k with the generator's table: one addition per window, a fixed count whatever k. */
export function gmul(k: bigint): GroupElement {
  gTable ??= new FixedBaseTable(G, TABLE_WINDOW);
  return gTable.multiply(k);
}

/** A long-lived base (an election key) with its 32-byte encoding (hashed into every transcript) and its table. */
export class FixedBase {
  private table: FixedBaseTable | undefined;
  constructor(
    readonly point: GroupElement,
    readonly bytes: Uint8Array,
  ) {}

  /** k·point with the table (built on first use): one addition per window, a fixed count whatever k. */
  multiply(k: bigint): GroupElement {
    this.table ??= new FixedBaseTable(this.point, TABLE_WINDOW);
    return this.table.multiply(k);
  }
}

const byObject = new WeakMap<GroupElement, FixedBase>();
const byEncoding = new Map<string, FixedBase>();
const MAX_KEYS = 8;

/**
 * The fixed-base table of a key, cached: first by the point object (no encoding needed when the caller
 * passes the same object again), then by its encoding (an equal key decoded twice shares a table).
 * A table costs ~3.5 MB, so only the last few keys are kept.
 */
export function fixedBase(P: GroupElement): FixedBase {
  const hit = byObject.get(P);
  if (hit) return hit;
  const bytes = P.toBytes();
  const id = bytesToHex(bytes);
  let entry = byEncoding.get(id);
  if (!entry) {
    entry = new FixedBase(Point.fromBytes(bytes), bytes);
    if (byEncoding.size >= MAX_KEYS) byEncoding.delete(byEncoding.keys().next().value!);
    byEncoding.set(id, entry);
  }
  byObject.set(P, entry);
  return entry;
}

export const mod = (k: bigint): bigint => Fn.create(k);

/** A scalar from 64 bytes, little-endian, reduced mod the order. */
export function scalarFromWide(bytes: Uint8Array): bigint {
  return Fn.create(bytesToNumberLE(bytes));
}

/** H(tag, fields) as a scalar: SHA-512 of the tagged encoding, reduced mod the order. */
export function hashToScalar(tag: string, fields: readonly Uint8Array[]): bigint {
  return scalarFromWide(sha512(encodeTagged(tag, fields)));
}

/** A scalar as 32 bytes, little-endian (the encoding used inside transcripts and records). */
export function scalarToBytes(k: bigint): Uint8Array {
  return numberToBytesLE(Fn.create(k), 32);
}

export function scalarFromBytes(bytes: Uint8Array): bigint {
  if (bytes.length !== 32) throw new RangeError(`scalar must be 32 bytes, got ${bytes.length}`);
  const x = bytesToNumberLE(bytes);
  if (x >= ORDER) throw new RangeError('scalar is not reduced');
  return x;
}
