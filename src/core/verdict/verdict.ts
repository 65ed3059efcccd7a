/**
 * The verdict: per district, what the evidence supports. `tampering-detected` when an independent
 * check failed; `verified` when every part of the count was independently checked and passed, with
 * the largest manipulation that would have gone unnoticed at 95 %; `unverifiable` otherwise (an
 * operator checking its own data counts as nothing).
 */
import type { Evidence } from '../verify/evidence.ts';
import { clientBound } from '../verify/e2e-challenges.ts';
import { undetectedBound } from '../stats/stats.ts';

export interface Verdict {
  readonly status: 'verified' | 'unverifiable' | 'tampering-detected';
  /** One sentence: which check failed, what was missing, or what was proven. */
  readonly reason: string;
  /** Checks that failed (tampering-detected). */
  readonly failedChecks: readonly string[];
  /** For `verified`: ballots that could have been manipulated unnoticed with probability >= 5 %. */
  readonly undetectedBound: number | null;
  /** Votes between the published winner and the runner-up. */
  readonly margin: number;
  /** `verified` and the bound is below half the margin: no undetected manipulation could have changed the winner. */
  readonly outcomeConfirmed: boolean;
}

export interface VerdictInput {
  readonly districtId: number;
  readonly evidence: readonly Evidence[];
  readonly published: readonly number[];
  readonly onlineRegistered: number;
  readonly precincts: number;
  /** Largest paper ballot count of one precinct in the district (a recount sample bounds whole precincts). */
  readonly maxPrecinctBallots: number;
  /** The verifiable mode's challenge rate (Benaloh), or undefined in the plain mode. */
  readonly challengeRate?: number;
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function districtVerdict(input: VerdictInput): Verdict {
  const mine = input.evidence.filter((e) => e.districtId === input.districtId || e.districtId === null);
  const sorted = [...input.published].sort((a, b) => b - a);
  const margin = (sorted[0] ?? 0) - (sorted[1] ?? 0);
  const failed = mine.filter((e) => e.status === 'failed' && e.independent);
  if (failed.length > 0) {
    return {
      status: 'tampering-detected',
      reason: `${failed[0].check}: ${failed[0].detail}`,
      failedChecks: [...new Set(failed.map((e) => e.check))],
      undetectedBound: null,
      margin,
      outcomeConfirmed: false,
    };
  }
  const passed = (check: Evidence['check']) => mine.find((e) => e.check === check && e.status === 'passed' && e.independent);
  const missing: string[] = [];
  if (!passed('ledger-recount')) missing.push('the ledger was not recounted');
  if (!passed('revote-resolution')) missing.push('which online ballots count cannot be re-checked (private re-vote resolution)');
  const e2e = input.challengeRate !== undefined;
  if (e2e) {
    if (!passed('ballot-proofs')) missing.push('the encrypted ballots’ proofs could not be checked');
    if (!passed('homomorphic-tally')) missing.push('the encrypted tally could not be recomputed from the counted ballots');
    const decryption = mine.find((e) => e.check === 'trustee-decryptions');
    if (!passed('trustee-decryptions')) missing.push(decryption ? decryption.detail.replace(/\.$/, '') : 'the tally was not decrypted');
  }
  const receipts = mine.find((e) => e.check === 'receipts' && e.when === 'after-publication' && e.status === 'passed' && e.independent);
  if (!receipts) missing.push('no voter checked a receipt against the published ledger after the results');
  const paper = passed('paper-recount');
  if (!paper) missing.push('no paper was recounted by hand');
  if (missing.length > 0) {
    return {
      status: 'unverifiable',
      reason: `Consistent, but nothing independent confirms it: ${missing.join('; ')}.`,
      failedChecks: [],
      undetectedBound: null,
      margin,
      outcomeConfirmed: false,
    };
  }
  // Proofs show each counted ballot is a well-formed vote and the count is exactly their sum; they
  // cannot show whose vote it is. Receipts bound what the operator changed; in the verifiable mode
  // challenges bound what voting apps changed (a plain-mode bound assumes honest apps).
  const onlineBound =
    undetectedBound(receipts!.population ?? input.onlineRegistered, receipts!.checked ?? 0) + (e2e ? clientBound(input.challengeRate!, input.onlineRegistered) : 0);
  const recounted = paper!.checked ?? 0;
  const paperBound = recounted >= input.precincts ? 0 : undetectedBound(input.precincts, recounted) * input.maxPrecinctBallots;
  const bound = onlineBound + paperBound;
  const confirmed = bound < margin / 2;
  return {
    status: 'verified',
    reason: `Every independent check passed; a manipulation of more than ${fmt(bound)} ballots would have been caught with 95 % confidence${
      confirmed ? `, well short of the ${fmt(Math.ceil(margin / 2))} needed to change the winner` : `, which is not enough to rule out a changed winner (margin ${fmt(margin)})`
    }.`,
    failedChecks: [],
    undetectedBound: bound,
    margin,
    outcomeConfirmed: confirmed,
  };
}
