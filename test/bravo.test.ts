/**
 * BRAVO against its published behaviour: the average sample number when the reported shares are
 * true agrees with the ASN formula of Lindeman, Stark and Yates (2012) within 10 % over 2,000 audits,
 * and when the reported winner actually lost the audit confirms no more often than the risk limit
 * (plus 3 binomial standard errors).
 */
import { describe, expect, it } from 'vitest';
import { bravo, bravoAsn } from '../src/core/audit/bravo.ts';
import { aleaStreams } from '../src/core/base/random.ts';

/** A draw from a population with these true shares (the rest: ballots for nobody). */
function sampler(shares: number[], rng: () => number) {
  return () => {
    let u = rng();
    for (let k = 0; k < shares.length; k++) {
      if (u < shares[k]) return k;
      u -= shares[k];
    }
    return -1;
  };
}

function audits(reportedShares: number[], trueShares: number[], riskLimit: number, runs: number, label: string, maxDraws = 100_000) {
  const rng = aleaStreams('bravo-test', label);
  const draw = sampler(trueShares, rng);
  const outcomes = Array.from({ length: runs }, () =>
    bravo({ reported: reportedShares.map((p) => Math.round(p * 100_000)), ballots: 100_000, riskLimit, draw, maxDraws }),
  );
  return {
    confirmed: outcomes.filter((o) => o.confirmed).length / runs,
    meanSample: outcomes.reduce((a, o) => a + o.sampleSize, 0) / runs,
  };
}

describe('BRAVO', () => {
  it.each([
    [0.6, 0.4, 0.1],
    [0.55, 0.45, 0.1],
    [0.52, 0.4, 0.05],
    [0.45, 0.35, 0.1],
  ])('average sample for %f vs %f at risk limit %f matches the ASN formula within 10 %', (w, l, alpha) => {
    const { confirmed, meanSample } = audits([w, l], [w, l], alpha, 2000, `asn-${w}-${l}-${alpha}`);
    expect(confirmed).toBeGreaterThan(0.99);
    expect(Math.abs(meanSample / bravoAsn(w, l, alpha) - 1)).toBeLessThan(0.1);
  });

  it('confirms a wrong outcome no more often than the risk limit', () => {
    const alpha = 0.1;
    const runs = 2000;
    // Reported 55-45, truly 49-51: the reported winner lost.
    // Capped at 5,000 draws (then a full hand count): stopping early can only lower the chance to confirm.
    const { confirmed } = audits([0.55, 0.45], [0.49, 0.51], alpha, runs, 'wrong', 5_000);
    expect(confirmed).toBeLessThanOrEqual(alpha + 3 * Math.sqrt((alpha * (1 - alpha)) / runs));
  });

  it('escalates a tie and handles candidates with no reported votes', () => {
    const never = () => 0;
    expect(bravo({ reported: [50, 50], ballots: 100, riskLimit: 0.1, draw: never, maxDraws: 100 }).confirmed).toBe(false);
    const out = bravo({ reported: [70, 0, 30], ballots: 100, riskLimit: 0.1, draw: never, maxDraws: 1000 });
    expect(out.confirmed).toBe(true);
    expect(out.winner).toBe(0);
  });
});
