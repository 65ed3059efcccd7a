/**
 * The result of a run: plain, JSON-safe data that the UI, the CLI, the tests and exported files
 * all read. `format`, `seed`, `totals` and each district's summary fields are the stable part
 * that scripts and classes rely on (docs/result-format.md); additions never rename them.
 */
import type { AttackEffect } from '../adversary/adversary.ts';
import type { Evidence } from '../verify/evidence.ts';
import type { RevotePolicy, Scenario } from '../scenario/scenario.ts';
import type { Verdict } from '../verdict/verdict.ts';
import type { TimelineStep } from '../publication/release.ts';

export const RESULT_FORMAT = 'tally-lab/result@1';

export interface CandidateResult {
  /** `<district id>-<party id>`, unique in the run. */
  readonly id: string;
  readonly name: string;
  /** Party id. */
  readonly party: string;
}

export interface DistrictResult {
  readonly id: number;
  readonly name: string;
  readonly registered: number;
  readonly precincts: number;
  readonly candidates: readonly CandidateResult[];
  /** Per candidate, in `candidates` order: the ballots as voters cast them, counted honestly. */
  readonly truth: readonly number[];
  /** Paper ballots, from the precinct protocols. */
  readonly paper: readonly number[];
  /** Counted online ballots (after postponed votes are resolved). */
  readonly online: readonly number[];
  /** What the final release says: paper + online as published. */
  readonly published: readonly number[];
  /** Sincere preferences of the voters whose ballot counts (differs from truth where pressure worked). */
  readonly sincere: readonly number[];
  /** Candidate id leading on paper alone; null if no paper ballots. */
  readonly paperLeader: string | null;
  readonly publishedWinner: string | null;
  readonly truthWinner: string | null;
  /** The published winner is not the paper leader: the online count reversed the paper lead. */
  readonly flipped: boolean;
  /** Voters whose ballot counts, in either channel. */
  readonly turnout: number;
  readonly paperBallots: number;
  readonly onlineRegistered: number;
  readonly onlineCast: number;
  readonly onlineCounted: number;
  /** Voters who cast more than one ballot (online re-votes, or online then paper). */
  readonly revoters: number;
  /** What the evidence supports for this district. */
  readonly verdict: Verdict;
  /** For the teacher: ballots the adversary touched here (0 in an honest run). */
  readonly tamperedBallots: number;
  /** For the teacher: pressured online voters whose first ballot went against their preference, and what became of it. */
  readonly coercion: {
    readonly coerced: number;
    /** Re-voted in private in time: their own choice counts. */
    readonly escaped: number;
    /** Did not re-vote because the employer, holding their receipt, would have seen it. */
    readonly deterred: number;
    /** Re-voted after the re-voting deadline: refused. */
    readonly refused: number;
  };
  /** The risk-limiting audit of the paper outcome, or null when none was made (docs/audits.md). */
  readonly paperAudit: PaperAuditResult | null;
}

/** How a district's paper audit ended. */
export interface PaperAuditResult {
  readonly method: 'bravo';
  /** As a fraction: 0.05 is 5 %. */
  readonly riskLimit: number;
  /** Ballots drawn and read. */
  readonly sampleSize: number;
  /** Paper ballots in the district, per the protocols. */
  readonly ballots: number;
  /** `confirmed`: the protocols' winner confirmed at the risk limit; `escalated`: every box was counted by hand. */
  readonly outcome: 'confirmed' | 'escalated';
  /** The verifier's finding: `failed` when the hand count disagrees with the protocols or the audit record is inconsistent. */
  readonly status: 'passed' | 'failed';
}

export interface Totals {
  readonly registered: number;
  /** Voters whose ballot counts, in either channel (a count; `turnoutRate` is the share). */
  readonly turnout: number;
  readonly turnoutRate: number;
  readonly paperBallots: number;
  readonly onlineRegistered: number;
  /** Every online ballot, superseded ones included. */
  readonly onlineCast: number;
  readonly onlineCounted: number;
  readonly revoters: number;
  readonly districts: number;
  /** Districts whose published winner is not their paper leader. */
  readonly flips: number;
}

export type { TimelineStep };

export interface Timeline {
  /** When online voting opened and closed, and polling stations closed (UTC, ISO-8601). */
  readonly onlineOpens: string;
  readonly onlineCloses: string;
  readonly pollsClose: string;
  readonly steps: readonly TimelineStep[];
}

/** Precinct protocols, in columns (index i is one precinct). */
export interface PrecinctTable {
  readonly districtId: readonly number[];
  readonly registered: readonly number[];
  /** Voters left on the paper roll (registered minus those struck off for online voting). */
  readonly paperRoll: readonly number[];
  /** Paper ballots per candidate of the precinct's district. */
  readonly counts: readonly (readonly number[])[];
  /** When the protocol reached the results website (UTC, ISO-8601). */
  readonly reportedAt: readonly string[];
}

export interface SimulationResult {
  readonly format: typeof RESULT_FORMAT;
  readonly seed: string;
  readonly scenarioName: string;
  readonly policy: RevotePolicy;
  readonly parties: readonly { readonly id: string; readonly name: string; readonly ruling: boolean }[];
  readonly totals: Totals;
  readonly districts: readonly DistrictResult[];
  /** The city's verdict. */
  readonly verdict: { readonly status: Verdict['status']; readonly reason: string };
  /** Every check made, by observers, voters and the operator. */
  readonly evidence: readonly Evidence[];
  /** For the teacher: what each attack did where. */
  readonly attacks: readonly AttackEffect[];
  /** What was published. */
  readonly publication: {
    readonly ledgerEntries: number;
    readonly ledgerPublic: boolean;
    readonly revoteResolution: 'public' | 'private';
    readonly checkpoints: number;
    /** Online registrants who check (voters their receipts; those who never voted, that no ballot bears their name). */
    readonly receiptCheckers: number;
    readonly receiptCheckTime: 'during-voting' | 'after-publication';
    readonly handRecounts: number;
  };
  readonly timeline: Timeline;
  readonly precincts: PrecinctTable;
  /** The complete scenario the run used (defaults filled in): re-running it reproduces this result. */
  readonly scenario: Scenario;
}
