/**
 * BRAVO, a ballot-polling risk-limiting audit (M. Lindeman, P. B. Stark, V. S. Yates, "BRAVO:
 * Ballot-polling Risk-limiting Audits to Verify Outcomes", EVT/WOTE 2012). Paper ballots are drawn
 * at random (with replacement) and read by hand. For the reported winner w and each reported loser
 * l, with s = p_w / (p_w + p_l) from the reported shares, a sequential probability ratio test
 * multiplies T_l by 2s for a ballot for w, by 2(1 - s) for a ballot for l, and by 1 otherwise. The
 * outcome is confirmed when every T_l reaches 1 / riskLimit; if the sample reaches its cap first,
 * the audit escalates to a full hand count. If the reported winner did not really win, the chance
 * that the audit confirms it anyway is at most the risk limit.
 */

export interface BravoInput {
  /** Reported votes per candidate. */
  readonly reported: readonly number[];
  /** Reported ballots in all, including ballots for nobody (the denominator of the shares). */
  readonly ballots: number;
  readonly riskLimit: number;
  /** Draws one ballot at random from the real paper and returns its candidate (or -1 for none). */
  readonly draw: () => number;
  /** Stop and escalate to a full hand count after this many draws. */
  readonly maxDraws: number;
}

export interface BravoOutcome {
  readonly confirmed: boolean;
  /** Ballots drawn before confirming, or the cap when the audit escalated. */
  readonly sampleSize: number;
  readonly winner: number;
}

export function bravo(input: BravoInput): BravoOutcome {
  const { reported, riskLimit } = input;
  const winner = reported.reduce((best, x, k) => (x > reported[best] ? k : best), 0);
  const losers = reported.map((_, k) => k).filter((k) => k !== winner && reported[k] > 0);
  const up = new Float64Array(reported.length);
  const down = new Float64Array(reported.length);
  for (const l of losers) {
    const s = reported[winner] / (reported[winner] + reported[l]);
    up[l] = Math.log(2 * s);
    down[l] = Math.log(2 * (1 - s));
  }
  const threshold = Math.log(1 / riskLimit);
  const logT = new Float64Array(reported.length);
  const open = new Set(losers.filter((l) => up[l] > 0));
  // A loser tied with the winner can never be confirmed: go straight to a full hand count.
  if (open.size < losers.length) return { confirmed: false, sampleSize: input.maxDraws, winner };
  for (let n = 1; n <= input.maxDraws; n++) {
    if (open.size === 0) return { confirmed: true, sampleSize: n - 1, winner };
    const c = input.draw();
    for (const l of open) {
      if (c === winner) logT[l] += up[l];
      else if (c === l) logT[l] += down[l];
      if (logT[l] >= threshold) open.delete(l);
    }
  }
  return { confirmed: open.size === 0, sampleSize: input.maxDraws, winner };
}

/**
 * The expected sample size when the reported shares are right (BRAVO's approximation, the
 * formula behind the ASN tables of Lindeman, Stark and Yates, also used by Stark's online tools):
 *   ASN ≈ (ln(1/α) + ln(2s)/2) / (p_w ln(2s) + p_l ln(2 - 2s)), with s = p_w / (p_w + p_l),
 * for the closest loser, p_c being shares of all ballots.
 */
export function bravoAsn(pWinner: number, pLoser: number, riskLimit: number): number {
  const s = pWinner / (pWinner + pLoser);
  return (Math.log(1 / riskLimit) + Math.log(2 * s) / 2) / (pWinner * Math.log(2 * s) + pLoser * Math.log(2 - 2 * s));
}
