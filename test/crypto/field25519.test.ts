/**
 * ristretto255 decoding with the module's exponentiation (src/crypto/field25519.ts) against noble's
 * own Point.fromBytes, the reference: the same strings accepted, equal points returned, on edge cases
 * of the field and random strings; and the exponentiation against noble's field on its extremes.
 */
import { ristretto255 } from '@noble/curves/ed25519.js';
import { bytesToNumberLE, numberToBytesLE } from '@noble/curves/utils.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshCopy } from '../fresh-module.ts';
import { curveWasm, fastArithmeticActive, fastPow22523, pointFromBytes, readLimbs, useFastArithmetic, useNobleArithmetic, writeLimbs } from '../../src/crypto/field25519.ts';
import { FixedBaseTable } from '../../src/crypto/fixed-base.ts';

const Point = ristretto255.Point;
const Fp = Point.Fp;
const p = Fp.ORDER;
const EXPONENT = (p - 5n) / 8n; // 2^252 − 3

/** noble's answer for 32 bytes: the point, or null where it rejects them. */
function noble(bytes: Uint8Array) {
  try {
    return Point.fromBytes(bytes);
  } catch {
    return null;
  }
}
function fast(bytes: Uint8Array) {
  try {
    return pointFromBytes(bytes);
  } catch {
    return null;
  }
}
/** Both decoders agree on these bytes: both reject, or both return the same point, which encodes back to them. */
function agree(bytes: Uint8Array): boolean {
  const want = noble(bytes);
  const got = fast(bytes);
  if (want === null || got === null) {
    expect(got === null, `fast ${got ? 'accepts' : 'rejects'} what noble ${want ? 'accepts' : 'rejects'}`).toBe(want === null);
    return want !== null;
  }
  expect(got.equals(want)).toBe(true);
  expect(got.toBytes()).toEqual(bytes);
  return true;
}

describe('ristretto255 decoding with the WebAssembly exponentiation', () => {
  afterEach(() => useFastArithmetic());

  it('is on where WebAssembly is, and useNobleArithmetic() hands decoding back to noble', () => {
    expect(fastArithmeticActive()).toBe(true);
    useNobleArithmetic();
    expect(fastArithmeticActive()).toBe(false);
    const bytes = Point.BASE.multiply(12345n).toBytes();
    expect(pointFromBytes(bytes).equals(Point.fromBytes(bytes))).toBe(true);
  });

  it('raises field elements to 2^252 − 3 as noble does, at the field\'s extremes and at random', () => {
    const edges = [0n, 1n, 2n, 19n, p - 1n, p - 2n, (p - 1n) / 2n, 2n ** 254n, 2n ** 255n - 20n, 2n ** 26n - 1n, 2n ** 51n - 1n, ...Array.from({ length: 10 }, (_, i) => p - 1n - (1n << BigInt(25 * i)))];
    for (const x of edges) expect(fastPow22523(x), `x = ${x}`).toBe(Fp.pow(x, EXPONENT));
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: p - 1n }), (x) => {
        expect(fastPow22523(x)).toBe(Fp.pow(x, EXPONENT));
      }),
      { numRuns: 200 },
    );
  });

  it('decodes the identity and multiples of the generator to the points they encode', () => {
    expect(agree(new Uint8Array(32))).toBe(true);
    expect(pointFromBytes(new Uint8Array(32)).equals(Point.ZERO)).toBe(true);
    let P = Point.ZERO;
    for (let k = 0; k < 16; k++, P = P.add(Point.BASE)) expect(pointFromBytes(P.toBytes()).equals(P), `${k}·G`).toBe(true);
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: Point.Fn.ORDER - 1n }), (k) => {
        expect(agree(Point.BASE.multiply(k).toBytes())).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects what noble rejects: field encodings at or above p, negative (odd) ones, bit 255 set', () => {
    const le = (n: bigint) => numberToBytesLE(n, 32);
    const cases = [le(p), le(p + 1n), le(p + 2n), le(2n ** 255n - 1n), le(1n), le(p - 2n + 1n), le(3n), Uint8Array.from({ length: 32 }, () => 0xff)];
    const highBit = Point.BASE.multiply(7n).toBytes();
    highBit[31] |= 0x80;
    cases.push(highBit);
    for (const bytes of cases) {
      expect(noble(bytes), `noble accepts ${bytesToNumberLE(bytes)}`).toBeNull();
      expect(fast(bytes), `fast accepts ${bytesToNumberLE(bytes)}`).toBeNull();
    }
  });

  it('accepts and rejects exactly as noble on random strings, half of them past the canonical checks', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.boolean(), (bytes, canonicalLooking) => {
        if (canonicalLooking) {
          bytes[0] &= 0xfe; // nonnegative
          bytes[31] &= 0x7f; // below 2^255 (and almost always below p)
        }
        if (agree(bytes)) accepted++;
      }),
      { numRuns: 2000 },
    );
    // About an eighth of canonical-looking strings are points: both branches of the check were taken.
    expect(accepted).toBeGreaterThan(50);
  });

  it('converts field elements to limbs and back, at the extremes of the field', () => {
    const words = new Int32Array(20);
    for (const x of [0n, 1n, p - 1n, 2n ** 254n, (1n << 26n) - 1n, p - (1n << 230n)]) {
      writeLimbs(words, 0, 2, x);
      const packed = Int32Array.from({ length: 10 }, (_, i) => words[2 * i]);
      expect(readLimbs(packed, 0)).toBe(x);
    }
  });

  it('gives tables regions of its memory, grows it (new views) and reuses a released region of the same size', () => {
    const wasm = curveWasm()!;
    const bytes = 3 * 65536;
    const before = wasm.i32().buffer.byteLength;
    const a = wasm.allocate(bytes);
    const b = wasm.allocate(bytes);
    expect(b).toBe(a + bytes);
    expect(wasm.i32().buffer.byteLength).toBeGreaterThanOrEqual(Math.max(before, b + bytes));
    wasm.release(a, bytes);
    expect(wasm.allocate(bytes)).toBe(a);
    expect(wasm.allocate(8)).toBeGreaterThanOrEqual(b + bytes);
    // A table made after the memory grew still multiplies right.
    const base = Point.BASE.multiply(31337n);
    expect(new FixedBaseTable(base, 10).multiply(987654321n).equals(base.multiply(987654321n))).toBe(true);
  });

  it('decodes on noble, with the same points, where WebAssembly is missing', async () => {
    const bytes = Point.BASE.multiply(987654321n).toBytes();
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const fresh = await freshCopy<typeof import('../../src/crypto/field25519.ts')>(new URL('../../src/crypto/field25519.ts', import.meta.url));
      expect(fresh.fastArithmeticActive()).toBe(false);
      expect(fresh.fastPow22523(5n)).toBeNull();
      expect(fresh.pointFromBytes(bytes).equals(Point.fromBytes(bytes))).toBe(true);
      expect(() => fresh.pointFromBytes(new Uint8Array(32).fill(1))).toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
