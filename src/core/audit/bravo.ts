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

/**
 * The test statistic, one ballot at a time. ln T_l is evaluated from the counts of ballots read
 * so far as a·ln(2s) + b·ln(2 − 2s) (a ballots for the winner, b for loser l) rather than summed
 * ballot by ballot, so that a verifier in another language reaches the same doubles whatever
 * order it adds in. A loser leaves the test for good once its T_l has reached 1 / riskLimit.
 */
export class BravoTest {
  /** The reported winner: the first candidate with the most reported votes. */
  readonly winner: number;
  /** Some loser has as many reported votes as the winner: no sample can confirm the outcome. */
  readonly tied: boolean;
  readonly #up: Float64Array;
  readonly #down: Float64Array;
  readonly #threshold: number;
  readonly #reads: Float64Array;
  readonly #open: Set<number>;

  constructor(reported: readonly number[], riskLimit: number) {
    this.winner = reported.reduce((best, x, k) => (x > reported[best] ? k : best), 0);
    const losers = reported.map((_, k) => k).filter((k) => k !== this.winner && reported[k] > 0);
    this.#up = new Float64Array(reported.length);
    this.#down = new Float64Array(reported.length);
    for (const l of losers) {
      const s = reported[this.winner] / (reported[this.winner] + reported[l]);
      this.#up[l] = Math.log(2 * s);
      this.#down[l] = Math.log(2 - 2 * s);
    }
    this.#threshold = Math.log(1 / riskLimit);
    this.#reads = new Float64Array(reported.length);
    this.#open = new Set(losers);
    this.tied = losers.some((l) => !(this.#up[l] > 0));
  }

  /** Every loser's T_l has reached 1 / riskLimit (never, for a tie). */
  get confirmed(): boolean {
    return !this.tied && this.#open.size === 0;
  }

  /** Takes the candidate read on one more ballot (-1 or any non-candidate: a ballot for nobody); returns `confirmed`. */
  observe(candidate: number): boolean {
    if (candidate >= 0 && candidate < this.#reads.length) this.#reads[candidate]++;
    const a = this.#reads[this.winner];
    for (const l of this.#open) {
      if (a * this.#up[l] + this.#reads[l] * this.#down[l] >= this.#threshold) this.#open.delete(l);
    }
    return this.confirmed;
  }
}

export function bravo(input: BravoInput): BravoOutcome {
  const test = new BravoTest(input.reported, input.riskLimit);
  // A loser tied with the winner can never be confirmed: go straight to a full hand count.
  if (test.tied) return { confirmed: false, sampleSize: input.maxDraws, winner: test.winner };
  if (test.confirmed) return { confirmed: true, sampleSize: 0, winner: test.winner };
  for (let n = 1; n <= input.maxDraws; n++) {
    if (test.observe(input.draw())) return { confirmed: true, sampleSize: n, winner: test.winner };
  }
  return { confirmed: false, sampleSize: input.maxDraws, winner: test.winner };
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
