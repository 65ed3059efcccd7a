/**
 * Evidence: each check an observer, a voter or the operator performed, as plain data: what was
 * checked, where, whether it passed, and what a pass rules out.
 */

export const CHECKS = [
  'declaration',
  'operator-recount',
  'release-consistency',
  'published-sum',
  'checkpoint-signatures',
  'chain-walk',
  'ledger-recount',
  'revote-resolution',
  'eligibility',
  'receipts',
  'paper-recount',
  'paper-audit',
  'ballot-proofs',
  'homomorphic-tally',
  'trustee-decryptions',
  'spoiled-ballots',
  'challenges',
] as const;
export type CheckName = (typeof CHECKS)[number];

export interface Evidence {
  readonly check: CheckName;
  /** The district checked, or null for the whole election. */
  readonly districtId: number | null;
  readonly status: 'passed' | 'failed' | 'not-possible';
  /** Whether anyone but the operator could do it: an operator checking itself proves nothing. */
  readonly independent: boolean;
  /** What was checked, in plain language. */
  readonly what: string;
  /** What was found; on failure, where. */
  readonly detail: string;
  /** What a pass rules out (or, for a check that was not possible, why). */
  readonly rulesOut: string;
  /** For receipt checks: whether voters checked during voting or after the results were published. */
  readonly when?: 'during-voting' | 'after-publication';
  /** For sampling checks: how many were checked out of how many. */
  readonly checked?: number;
  readonly population?: number;
}
