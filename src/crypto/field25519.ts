/**
 * The engine's WebAssembly arithmetic mod 2^255 − 19 (field25519-wasm.generated.ts, from
 * simulations/build/field25519-wat.ts), and ristretto255 decoding (RFC 9496 §4.3.1) with its one
 * costly step, x^(2^252 − 3) mod p, in it: ~10x faster than noble's BigInt for that step, so a
 * decoding costs a fraction of noble's. Everything else is noble's `fromBytes`, step for step, in
 * noble's field; the point it returns is noble's. fixed-base.ts keeps its tables in the same module.
 *
 * Decoding only reads public bytes (a verifier's ballots, a record's points): nothing secret passes
 * here, so the variable time of this code does not matter. Where the module cannot be compiled, and
 * after `useNobleArithmetic()`, decoding is noble's own `Point.fromBytes` (and fixed-base tables made
 * then, and multi-scalar sums, are noble's too). Both accept exactly the same
 * strings and return equal points (test/crypto/field25519.test.ts, on the field's edge cases and
 * random strings).
 */
import { ed25519, ristretto255 } from '@noble/curves/ed25519.js';
import { bytesToNumberLE } from '@noble/curves/utils.js';
import { compileHex, instantiate } from './wasm.ts';
import { FIELD25519_WASM_HEX, LIMB_OFFSETS, POINT_BYTES, PRODUCT_AT, RESULT_AT, TABLES_AT, X_AT } from './field25519-wasm.generated.ts';

const Point = ristretto255.Point;
type GroupElement = InstanceType<typeof Point>;
const Fp = Point.Fp;
const P = Fp.ORDER;

/** The Edwards curve constant d, and √−1 (RFC 9496 §4.1's D and SQRT_M1). */
const D = 37095705934669439343138083508754565189542113879843219016388785533085940283555n;
const D2 = Fp.add(D, D);
const SQRT_M1 = 19681161376707505956807079304988542015446066515923890162744021073123829784752n;

interface FieldExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  readonly pow22523: () => void;
  readonly fixedBaseMultiply: (table: number, half: number, windows: number) => void;
  readonly msm: (points: number, digits: number, buckets: number, n: number, windows: number, c: number) => void;
  readonly buildTable: (table: number, half: number, windows: number) => void;
}
const PAGE = 65536;

/**
 * The module's one instance, with views of its memory (made again when the memory grows, which
 * detaches the old ones) and the regions that tables occupy from TABLES_AT on.
 */
export class CurveWasm {
  private buffer: ArrayBuffer;
  private words: Int32Array;
  private end = TABLES_AT;
  /** Freed regions, by size: tables of one window width all have one size, so a freed one is reused whole. */
  private readonly free = new Map<number, number[]>();

  constructor(readonly exports: FieldExports) {
    this.buffer = exports.memory.buffer;
    this.words = new Int32Array(this.buffer);
  }

  /** The memory as i32 words (the same view until the memory grows). */
  i32(): Int32Array {
    if (this.exports.memory.buffer !== this.buffer) {
      this.buffer = this.exports.memory.buffer;
      this.words = new Int32Array(this.buffer);
    }
    return this.words;
  }

  /** A region of `bytes` (a multiple of 8) for a table, growing the memory if needed. */
  allocate(bytes: number): number {
    const reused = this.free.get(bytes)?.pop();
    if (reused !== undefined) return reused;
    const at = this.end;
    const pages = Math.ceil((at + bytes - this.buffer.byteLength) / PAGE);
    if (pages > 0) this.exports.memory.grow(pages);
    this.end = at + bytes;
    return at;
  }

  release(at: number, bytes: number): void {
    const list = this.free.get(bytes) ?? [];
    list.push(at);
    this.free.set(bytes, list);
  }
}

let curve: CurveWasm | null | undefined;
let nobleOnly = false;

/** The module's instance, made on first use; null where WebAssembly is missing or refuses, and after useNobleArithmetic(). */
export function curveWasm(): CurveWasm | null {
  if (nobleOnly) return null;
  if (curve === undefined) {
    const module = compileHex(FIELD25519_WASM_HEX);
    const exports = module ? instantiate<FieldExports>(module) : null;
    curve = exports ? new CurveWasm(exports) : null;
  }
  return curve;
}

const MASKS = LIMB_OFFSETS.map((at, i) => (1n << BigInt((LIMB_OFFSETS[i + 1] ?? 255) - at)) - 1n);
const SHIFTS = LIMB_OFFSETS.map(BigInt);

/** x (0 ≤ x < p) as ten limbs at words[at], words[at + stride], … (stride 2 writes the low halves of i64 limbs; their high halves must be zero). */
export function writeLimbs(words: Int32Array, at: number, stride: number, x: bigint): void {
  for (let i = 0; i < 10; i++) words[at + stride * i] = Number((x >> SHIFTS[i]) & MASKS[i]);
}

/** The field element that ten signed i32 limbs at words[at …] stand for, reduced. */
export function readLimbs(words: Int32Array, at: number): bigint {
  let r = 0n;
  for (let i = 9; i >= 0; i--) r += BigInt(words[at + i]) << SHIFTS[i];
  return Fp.create(r);
}

/** Decode, multiply and sum with noble alone from now on (tests that compare the two). Tables made before keep their module. */
export function useNobleArithmetic(): void {
  nobleOnly = true;
}
export function useFastArithmetic(): void {
  nobleOnly = false;
}
export function fastArithmeticActive(): boolean {
  return curveWasm() !== null;
}

/** Extended Edwards coordinates (x, y) = (X/Z, Y/Z), with X·Y = Z·T. */
export interface Extended {
  readonly X: bigint;
  readonly Y: bigint;
  readonly Z: bigint;
  readonly T: bigint;
}
/**
 * The extended Edwards coordinates behind a ristretto point. noble keeps them in the wrapper's `ep`
 * field (protected in its types); encodeDoubles' test and this module's tests guard this reliance on
 * noble 2.x.
 */
export const edwards = (P: GroupElement): Extended => (P as unknown as { readonly ep: Extended }).ep;

/** P in the module's cached form (Y+X, Y−X, Z, 2d·T) at byte `at`, as i64 limbs (high halves zero: a reduced element's limbs are nonnegative). */
export function writeCached(module: CurveWasm, at: number, P: GroupElement): void {
  const { X, Y, Z, T } = edwards(P);
  const words = module.i32();
  const first = at / 4;
  words.fill(0, first, first + POINT_BYTES / 4);
  writeLimbs(words, first, 2, Fp.add(Y, X));
  writeLimbs(words, first + 20, 2, Fp.sub(Y, X));
  writeLimbs(words, first + 40, 2, Z);
  writeLimbs(words, first + 60, 2, Fp.mul(D2, T));
}

/** P's extended coordinates (X, Y, Z, T) at byte `at`, as i64 limbs. */
export function writeExtended(module: CurveWasm, at: number, P: GroupElement): void {
  const { X, Y, Z, T } = edwards(P);
  const words = module.i32();
  const first = at / 4;
  words.fill(0, first, first + POINT_BYTES / 4);
  [X, Y, Z, T].forEach((x, k) => writeLimbs(words, first + 20 * k, 2, x));
}

/** The point the module left at PRODUCT_AT (X, Y, Z, T as i32 limbs), as noble's. */
export function readProduct(module: CurveWasm): GroupElement {
  const words = module.i32();
  const at = PRODUCT_AT / 4;
  return new Point(new ed25519.Point(readLimbs(words, at), readLimbs(words, at + 10), readLimbs(words, at + 20), readLimbs(words, at + 30)));
}

/** x^(2^252 − 3) mod p for 0 ≤ x < p, in the module. */
function pow22523(c: CurveWasm, x: bigint): bigint {
  const words = c.i32();
  writeLimbs(words, X_AT / 4, 1, x);
  c.exports.pow22523();
  return readLimbs(words, RESULT_AT / 4);
}

/**
 * SQRT_RATIO_M1(1, v) (RFC 9496 §4.2), as noble's uvRatio(1, v): whether 1/v is a square, and then
 * its nonnegative root. Where 1/v is not a square the decoder rejects the string whatever the value,
 * so the value is left as it falls (noble computes one for constant time).
 */
function invertSqrt(f: CurveWasm, v: bigint): { isValid: boolean; value: bigint } {
  const v3 = Fp.mul(Fp.sqr(v), v);
  const v7 = Fp.mul(Fp.sqr(v3), v);
  let x = Fp.mul(v3, pow22523(f, v7)); // (v³)(v⁷)^((p−5)/8)
  const vx2 = Fp.mul(v, Fp.sqr(x));
  const isRoot = vx2 === 1n;
  const isRootOfMinus = vx2 === P - 1n; // then √−1·x is the root
  if (isRootOfMinus) x = Fp.mul(x, SQRT_M1);
  if (Fp.isOdd!(x)) x = Fp.neg(x);
  return { isValid: isRoot || isRootOfMinus, value: x };
}

/** x^(2^252 − 3) mod p in the module, for 0 ≤ x < p; null where the module is not available (tests check it against noble's field). */
export function fastPow22523(x: bigint): bigint | null {
  const c = curveWasm();
  return c ? pow22523(c, x) : null;
}

/**
 * The group element a canonical encoding stands for; throws (as noble does) on any other 32 bytes.
 * Callers check the length first (codec.ts).
 */
export function pointFromBytes(bytes: Uint8Array): GroupElement {
  const f = curveWasm();
  if (!f) return Point.fromBytes(bytes);
  const s = bytesToNumberLE(bytes);
  // 1–3: s canonical (below p, so bit 255 clear too) and nonnegative.
  if (s >= P || (s & 1n) === 1n) throw new Error('invalid ristretto255 encoding 1');
  const s2 = Fp.sqr(s);
  const u1 = Fp.sub(1n, s2); // 4 (a = −1)
  const u2 = Fp.add(1n, s2); // 5
  const u2_2 = Fp.sqr(u2);
  const v = Fp.sub(Fp.neg(Fp.mul(D, Fp.sqr(u1))), u2_2); // 6: a·d·u1² − u2²
  const { isValid, value: I } = invertSqrt(f, Fp.mul(v, u2_2)); // 7
  const Dx = Fp.mul(I, u2); // 8
  const Dy = Fp.mul(Fp.mul(I, Dx), v); // 9
  let x = Fp.mul(Fp.add(s, s), Dx); // 10
  if (Fp.isOdd!(x)) x = Fp.neg(x);
  const y = Fp.mul(u1, Dy); // 11
  const t = Fp.mul(x, y); // 12
  if (!isValid || Fp.isOdd!(t) || y === 0n) throw new Error('invalid ristretto255 encoding 2');
  return Point.fromAffine({ x, y });
}
