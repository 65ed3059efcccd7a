/**
 * Multi-scalar multiplication Σ s_i·P_i, in variable time: for verifiers only (every input public).
 * Small sums use Straus's interleaved wNAF (noble's mulAddUnsafe: one shared doubling chain); large
 * ones the bucket method (Pippenger 1976, as in Bernstein et al., "Faster batch forgery
 * identification", 2012) with signed c-bit digits, so that 2^(c−1) buckets serve a window and
 * zero digits cost nothing: a 128-bit weight only pays for the low windows.
 */
import { mulAddUnsafe } from '@noble/curves/abstract/curve.js';
import { curveWasm, readProduct, writeCached, type CurveWasm } from './field25519.ts';
import { POINT_BYTES } from './field25519-wasm.generated.ts';
import { Point, type GroupElement } from './group.ts';

/** With noble's additions, up to this many terms Straus wins (measured: even with the bucket method at 64 terms; from 128 the bucket method is 10–25% faster). */
const STRAUS_MAX = 96;
const LIMBS = 8;

export function msm(points: readonly GroupElement[], scalars: readonly bigint[]): GroupElement {
  if (points.length !== scalars.length) throw new RangeError(`msm: ${points.length} points but ${scalars.length} scalars`);
  if (points.length === 0) return Point.ZERO;
  // In the WebAssembly module an addition costs a seventh of noble's, and the bucket method wins at every size.
  return points.length <= STRAUS_MAX && !curveWasm() ? mulAddUnsafe(Point, points as GroupElement[], scalars as bigint[]) : bucketMsm(points, scalars);
}

/** The bucket method; exported for tests that compare it with Straus. */
export function bucketMsm(points: readonly GroupElement[], scalars: readonly bigint[]): GroupElement {
  const n = points.length;
  const limbs = new Uint32Array(n * LIMBS);
  let totalBits = 0;
  let maxBits = 0;
  for (let i = 0; i < n; i++) {
    let s = scalars[i];
    if (s < 0n || s >= Point.Fn.ORDER) throw new RangeError(`msm: scalar ${i} is not reduced`);
    let top = 0;
    for (let j = 0; j < LIMBS && s > 0n; j++) {
      limbs[i * LIMBS + j] = Number(s & 0xffff_ffffn);
      s >>= 32n;
      top = 32 * j + 32 - Math.clz32(limbs[i * LIMBS + j]);
    }
    totalBits += top;
    if (top > maxBits) maxBits = top;
  }
  const c = windowBits(totalBits, maxBits);
  const windows = Math.ceil((maxBits + 1) / c);
  const digits = signedDigits(limbs, n, c, windows);
  const wasm = curveWasm();
  if (wasm) return bucketMsmInWasm(wasm, points, digits, c, windows);
  const half = 1 << (c - 1);
  const buckets: (GroupElement | undefined)[] = new Array(half);
  let acc: GroupElement | undefined;
  for (let w = windows - 1; w >= 0; w--) {
    if (acc) for (let j = 0; j < c; j++) acc = acc.double();
    buckets.fill(undefined);
    const row = w * n;
    for (let i = 0; i < n; i++) {
      const d = digits[row + i];
      if (d === 0) continue;
      const P = d > 0 ? points[i] : points[i].negate();
      const slot = (d > 0 ? d : -d) - 1;
      const B = buckets[slot];
      buckets[slot] = B ? B.add(P) : P;
    }
    // Σ (j+1)·bucket[j] as a running sum of running sums: 2 additions a bucket.
    let running: GroupElement | undefined;
    let total: GroupElement | undefined;
    for (let j = half - 1; j >= 0; j--) {
      const B = buckets[j];
      if (B) running = running ? running.add(B) : B;
      if (running) total = total ? total.add(running) : running;
    }
    if (total) acc = acc ? acc.add(total) : total;
  }
  return acc ?? Point.ZERO;
}

/**
 * The same sums in the WebAssembly module (field25519.ts): the points cached and the digits in a
 * scratch region of its memory, sized up to a power of two so that regions are reused from call to call.
 */
function bucketMsmInWasm(wasm: CurveWasm, points: readonly GroupElement[], digits: Int32Array, c: number, windows: number): GroupElement {
  const n = points.length;
  const digitsAt = n * POINT_BYTES;
  const bucketsAt = digitsAt + 8 * Math.ceil(digits.length / 2);
  const bytes = 2 ** Math.ceil(Math.log2(bucketsAt + 2 ** (c - 1) * POINT_BYTES));
  const at = wasm.allocate(bytes);
  try {
    for (let i = 0; i < n; i++) writeCached(wasm, at + i * POINT_BYTES, points[i]);
    wasm.i32().set(digits, (at + digitsAt) / 4);
    wasm.exports.msm(at, at + digitsAt, at + bucketsAt, n, windows, c);
    return readProduct(wasm);
  } finally {
    wasm.release(at, bytes);
  }
}

/** The window width minimising (additions into buckets) + (bucket sums): totalBits/c + windows·2^c. */
function windowBits(totalBits: number, maxBits: number): number {
  let best = 2;
  let bestCost = Infinity;
  for (let c = 2; c <= 16; c++) {
    const cost = totalBits / c + Math.ceil((maxBits + 1) / c) * 2 ** c + maxBits;
    if (cost < bestCost) [best, bestCost] = [c, cost];
  }
  return best;
}

/** Digits in (−2^(c−1), 2^(c−1)], window-major: digits[w·n + i] of scalar i, Σ_w digit·2^(c·w) = scalar. */
function signedDigits(limbs: Uint32Array, n: number, c: number, windows: number): Int32Array {
  const digits = new Int32Array(windows * n);
  const size = 2 ** c;
  const half = size / 2;
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    let carry = 0;
    for (let w = 0; w < windows; w++) {
      const bit = w * c;
      const j = bit >>> 5;
      const off = bit & 31;
      let v = j < LIMBS ? limbs[i * LIMBS + j] >>> off : 0;
      if (off + c > 32 && j + 1 < LIMBS) v |= limbs[i * LIMBS + j + 1] << (32 - off);
      let d = (v & mask) + carry;
      carry = d > half ? 1 : 0;
      if (carry) d -= size;
      digits[w * n + i] = d;
    }
  }
  return digits;
}
