/**
 * The statistics behind the verdict's bound. When n of N people check at random and M of the N
 * were harmed, the chance that no checker is among the harmed is hypergeometric:
 *
 *   P(miss | N, M, n) = C(N - M, n) / C(N, n) = prod_{i=0}^{n-1} (N - M - i) / (N - i)
 *
 * The bound reported with a `verified` verdict is the largest M that would still go unnoticed with
 * probability at least 5 %: any manipulation larger than it is caught with at least 95 % confidence.
 * It assumes checkers are a random sample of the people an attacker could harm; an attacker who
 * targets people unlikely to check (adversary.avoidCheckers) breaks that assumption, and the
 * sandbox lets a class see it.
 */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e-13 on the range used here). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln C(n, k). */
export function lnChoose(n: number, k: number): number {
  if (k < 0 || k > n) return -Infinity;
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}

/** Probability that a random sample of n out of N contains none of M marked items. */
export function missProbability(N: number, M: number, n: number): number {
  if (n <= 0 || M <= 0) return 1;
  if (M > N - n) return 0;
  return Math.exp(lnChoose(N - M, n) - lnChoose(N, n));
}

/**
 * The largest M (0..N) such that M marked items escape a random sample of n with probability at
 * least 1 - confidence. With no sample, everything can escape: N.
 */
export function undetectedBound(N: number, n: number, confidence = 0.95): number {
  if (n <= 0) return N;
  const alpha = 1 - confidence;
  let lo = 0; // escapes with probability 1 >= alpha
  let hi = N - n + 1; // cannot escape at all
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (missProbability(N, mid, n) >= alpha) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Wilson score interval for a binomial proportion: `successes` of `n` trials, at the normal quantile
 * `z` (1.96 for 95 %). Unlike the plain p ± z·se band it stays inside [0, 1] and is not empty at
 * 0 or n successes (Wilson 1927; Brown, Cai & DasGupta 2001 recommend it for small n).
 */
export function wilsonInterval(successes: number, n: number, z = 1.96): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
