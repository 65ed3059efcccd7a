/**
 * Least squares for the forensics: a straight line through points (slope, intercept, Pearson correlation),
 * and the normal equations of two regressors without intercept. Engine code: no DOM, no Node APIs.
 */

export interface LineFit {
  /** Points used (pairs with a non-finite coordinate are left out). */
  readonly n: number;
  /** Least-squares slope of y on x; NaN with fewer than two distinct x. */
  readonly slope: number;
  readonly intercept: number;
  /** Pearson correlation of x and y; NaN when either is constant or n < 2. */
  readonly correlation: number;
}

/** The ordinary least-squares line y = intercept + slope · x, and the correlation of x and y. */
export function fitLine(x: ArrayLike<number>, y: ArrayLike<number>): LineFit {
  if (x.length !== y.length) throw new RangeError(`x and y differ in length: ${x.length} and ${y.length}`);
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue;
    n++;
    sx += x[i];
    sy += y[i];
  }
  if (n === 0) return { n, slope: NaN, intercept: NaN, correlation: NaN };
  const mx = sx / n;
  const my = sy / n;
  // Centred sums: stable when the values sit far from zero.
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue;
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const slope = sxx > 0 ? sxy / sxx : NaN;
  return {
    n,
    slope,
    intercept: sxx > 0 ? my - slope * mx : NaN,
    correlation: sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN,
  };
}

export interface TwoFit {
  /** Coefficients of the two regressors. */
  readonly coef: readonly [number, number];
  /** Their covariance matrix [[v11, v12], [v12, v22]] from the residual variance (NaN without spare degrees of freedom). */
  readonly cov: readonly [readonly [number, number], readonly [number, number]];
  /** Residual sum of squares. */
  readonly rss: number;
}

/**
 * y ≈ b1 · x1 + b2 · x2 by least squares, without intercept (the caller centres the data). `lostDf` is the
 * degrees of freedom already spent by that centring (one per group mean removed), for the residual variance.
 * Throws when the regressors are collinear (no unique answer).
 */
export function fitTwo(x1: ArrayLike<number>, x2: ArrayLike<number>, y: ArrayLike<number>, lostDf = 0): TwoFit {
  const n = y.length;
  if (x1.length !== n || x2.length !== n) throw new RangeError(`regressors and y differ in length: ${x1.length}, ${x2.length}, ${n}`);
  let a11 = 0;
  let a12 = 0;
  let a22 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < n; i++) {
    a11 += x1[i] * x1[i];
    a12 += x1[i] * x2[i];
    a22 += x2[i] * x2[i];
    b1 += x1[i] * y[i];
    b2 += x2[i] * y[i];
  }
  const det = a11 * a22 - a12 * a12;
  if (!(Math.abs(det) > 1e-12 * Math.max(1e-300, a11 * a22))) {
    throw new RangeError('the two regressors are collinear: least squares has no unique answer');
  }
  const c1 = (a22 * b1 - a12 * b2) / det;
  const c2 = (a11 * b2 - a12 * b1) / det;
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i] - c1 * x1[i] - c2 * x2[i];
    rss += e * e;
  }
  const df = n - 2 - lostDf;
  const s2 = df > 0 ? rss / df : NaN;
  return {
    coef: [c1, c2],
    cov: [
      [(s2 * a22) / det, (-s2 * a12) / det],
      [(-s2 * a12) / det, (s2 * a11) / det],
    ],
    rss,
  };
}
