/**
 * Fixed-base multiplication k·P for long-lived bases (g and an election key): a table of the
 * signed-window multiples d·2^(W·w)·P, d = 1 … 2^(W−1), so that a product costs one point addition
 * per W-bit window; as in noble's constant-time multiply, every window costs exactly one point
 * addition whatever its digit (a zero digit adds into a discarded accumulator; a negative one adds
 * the entry with its sign flipped, two field negations); unlike it, the result is
 * left in projective coordinates, saving the field inversion noble spends normalising each product
 * (the prover encodes its points in one batch anyway: encode-batch.ts). JavaScript gives no
 * stronger timing guarantee than a fixed operation count.
 */
import { ristretto255 } from '@noble/curves/ed25519.js';

const Point = ristretto255.Point;
const Fn = Point.Fn;
type GroupElement = InstanceType<typeof Point>;

export class FixedBaseTable {
  private readonly rows: GroupElement[][] = [];
  private readonly windows: number;

  constructor(
    readonly base: GroupElement,
    readonly W = 8,
  ) {
    // Scalars are below ℓ < 2^253; signed digits may carry into one extra window (the + 1).
    this.windows = Math.ceil(Fn.BITS / W) + 1;
    const half = 2 ** (W - 1);
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
    let acc = Point.ZERO;
    let discarded = Point.ZERO;
    for (let w = 0; w < this.windows; w++) {
      let d = Number(s & mask);
      s >>= shift;
      if (d > half) {
        d -= size;
        s += 1n;
      }
      const row = this.rows[w];
      if (d === 0) discarded = discarded.add(row[0]);
      else acc = acc.add(d > 0 ? row[d - 1] : row[-d - 1].negate());
    }
    return acc;
  }
}
