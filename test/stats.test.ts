import { describe, expect, it } from 'vitest';
import { lnChoose, missProbability, undetectedBound } from '../src/core/stats/stats.ts';

/** The product form, exact enough for small n. */
function missByProduct(N: number, M: number, n: number): number {
  let p = 1;
  for (let i = 0; i < n; i++) p *= (N - M - i) / (N - i);
  return Math.max(0, p);
}

describe('hypergeometric statistics', () => {
  it('lnChoose matches exact binomial coefficients', () => {
    expect(Math.exp(lnChoose(10, 3))).toBeCloseTo(120, 9);
    expect(Math.exp(lnChoose(52, 5))).toBeCloseTo(2_598_960, 3);
    expect(lnChoose(5, 7)).toBe(-Infinity);
  });

  it.each([
    [100, 5, 10],
    [1000, 50, 30],
    [10_000, 100, 300],
    [130_000, 1_300, 2_600],
  ])('missProbability(%i, %i, %i) equals the product form', (N, M, n) => {
    expect(missProbability(N, M, n)).toBeCloseTo(missByProduct(N, M, n), 10);
  });

  it('has the closed-form edge cases', () => {
    expect(missProbability(100, 0, 10)).toBe(1);
    expect(missProbability(100, 10, 0)).toBe(1);
    expect(missProbability(100, 91, 10)).toBe(0);
    expect(undetectedBound(1000, 0)).toBe(1000);
  });

  it('undetectedBound is the largest M still missed with probability >= 5 %', () => {
    for (const [N, n] of [
      [1000, 10],
      [50_000, 1_000],
      [130_000, 2_600],
    ]) {
      const M = undetectedBound(N, n);
      expect(missProbability(N, M, n)).toBeGreaterThanOrEqual(0.05);
      expect(missProbability(N, M + 1, n)).toBeLessThan(0.05);
      // For small sampling fractions the rule of three applies: M ≈ 3 N / n.
      if (n >= 1000 && n / N < 0.05) expect(M / ((3 * N) / n)).toBeCloseTo(1, 1);
    }
  });
});
