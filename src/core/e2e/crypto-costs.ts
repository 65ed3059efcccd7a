/**
 * What the verifiable mode's cryptography cost in a run: ballots and milliseconds per kind of
 * work. Measured by the caller's clock (the engine itself reads no clock), and kept beside the
 * result, never in it: the result must be the same on every machine.
 */
export type CryptoOp = 'encrypt' | 'verify' | 'sum';

export interface CostSummary {
  /** Ballots encrypted (with their proofs), and milliseconds of work per ballot. */
  readonly encrypted: number;
  readonly encryptMsPerBallot: number;
  /** Ballots whose proofs were verified (the observers' pass), and milliseconds per ballot. */
  readonly verified: number;
  readonly verifyMsPerBallot: number;
  /** All cryptographic work, summed over workers. */
  readonly cpuMs: number;
  readonly workers: number;
}

export class CryptoCosts {
  private readonly totals: Record<CryptoOp, { items: number; ms: number }> = { encrypt: { items: 0, ms: 0 }, verify: { items: 0, ms: 0 }, sum: { items: 0, ms: 0 } };

  add(op: CryptoOp, items: number, ms: number): void {
    this.totals[op].items += items;
    this.totals[op].ms += ms;
  }

  summary(workers: number): CostSummary {
    const t = this.totals;
    const per = (x: { items: number; ms: number }) => (x.items > 0 ? x.ms / x.items : 0);
    return {
      encrypted: t.encrypt.items,
      encryptMsPerBallot: per(t.encrypt),
      verified: t.verify.items,
      verifyMsPerBallot: per(t.verify),
      cpuMs: t.encrypt.ms + t.verify.ms + t.sum.ms,
      workers,
    };
  }
}
