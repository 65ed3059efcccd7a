/**
 * Fixed-base multiplication k·P for long-lived bases (g and an election key): a table of the
 * signed-window multiples d·2^(W·w)·P, d = 1 … 2^(W−1), so that a product costs one point addition
 * per W-bit window; as in noble's constant-time multiply, every window costs exactly one point
 * addition whatever its digit (a zero digit adds into a discarded accumulator; a negative one adds
 * the entry with its sign flipped); unlike it, the result is left in projective coordinates, saving
 * the field inversion noble spends normalising each product (the prover encodes its points in one
 * batch anyway: encode-batch.ts). JavaScript gives no stronger timing guarantee than a fixed
 * operation count, and neither does the WebAssembly.
 *
 * The table and the additions live in the WebAssembly module of field25519.ts (ref10's point
 * addition in 64-bit limbs, several times faster than in noble's BigInt), which builds the table
 * too; noble gets the product back as its own point. Where the module is missing, noble's points
 * and additions do the same work.
 */
import { ristretto255 } from '@noble/curves/ed25519.js';
import { curveWasm, readProduct, writeExtended, type CurveWasm } from './field25519.ts';
import { BASE_AT, DIGITS_AT, MAX_WINDOWS, POINT_BYTES } from './field25519-wasm.generated.ts';

const Point = ristretto255.Point;
const Fn = Point.Fn;
type GroupElement = InstanceType<typeof Point>;

/** Tables in the WebAssembly module's memory give their region back when they are collected. */
const regions = new FinalizationRegistry<{ readonly wasm: CurveWasm; readonly at: number; readonly bytes: number }>(({ wasm, at, bytes }) => wasm.release(at, bytes));

export class FixedBaseTable {
  /** The table in noble's points, where the WebAssembly module is not available. */
  private readonly rows: GroupElement[][] = [];
  /** Or in the module's memory: each entry cached (Y+X, Y−X, Z, 2d·T), row after row. */
  private readonly wasm: { readonly module: CurveWasm; readonly at: number } | null;
  private readonly windows: number;
  /** The signed digits of the scalar being multiplied, one a window (reused: a product is never interrupted). */
  private readonly digits: Int32Array;

  constructor(
    readonly base: GroupElement,
    readonly W = 8,
  ) {
    // Scalars are below ℓ < 2^253; signed digits may carry into one extra window (the + 1).
    this.windows = Math.ceil(Fn.BITS / W) + 1;
    this.digits = new Int32Array(this.windows);
    const half = 2 ** (W - 1);
    const module = this.windows <= MAX_WINDOWS ? curveWasm() : null;
    if (module) {
      const bytes = this.windows * half * POINT_BYTES;
      const at = module.allocate(bytes);
      writeExtended(module, BASE_AT, base);
      module.exports.buildTable(at, half, this.windows);
      this.wasm = { module, at };
      regions.register(this, { wasm: module, at, bytes });
      return;
    }
    this.wasm = null;
    let P = base;
    for (let w = 0; w < this.windows; w++) {
      const row = [P];
      for (let j = 1; j < half; j++) row.push(row[j - 1].add(P));
      this.rows.push(row);
      P = row[half - 1].double();
    }
  }

  /** k·base (k reduced mod ℓ; 0 gives the identity). */
  multiply(k: bigint): GroupElement {
    const W = this.W;
    const size = 2 ** W;
    const half = size / 2;
    const mask = BigInt(size - 1);
    const shift = BigInt(W);
    let s = Fn.create(k);
    const digits = this.digits;
    for (let w = 0; w < this.windows; w++) {
      let d = Number(s & mask);
      s >>= shift;
      if (d > half) {
        d -= size;
        s += 1n;
      }
      digits[w] = d;
    }
    return this.wasm ? this.multiplyInWasm(this.wasm.module, this.wasm.at, digits) : this.multiplyInJs(digits);
  }

  private multiplyInWasm(module: CurveWasm, at: number, digits: Int32Array): GroupElement {
    module.i32().set(digits, DIGITS_AT / 4);
    module.exports.fixedBaseMultiply(at, 2 ** (this.W - 1), this.windows);
    return readProduct(module);
  }

  private multiplyInJs(digits: Int32Array): GroupElement {
    let acc = Point.ZERO;
    let discarded = Point.ZERO;
    for (let w = 0; w < this.windows; w++) {
      const d = digits[w];
      const row = this.rows[w];
      if (d === 0) discarded = discarded.add(row[0]);
      else acc = acc.add(d > 0 ? row[d - 1] : row[-d - 1].negate());
    }
    return acc;
  }
}
