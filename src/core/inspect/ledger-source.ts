/**
 * What <ledger-explorer> reads: the published ledger, one row per entry, fetched page by page.
 * The ledger of a large run (2+ million entries) lives in the engine's Web Worker, so access is
 * asynchronous and by range; the explorer never asks for more than a page at a time. Rows are
 * plain data (they cross the worker boundary by structured clone). `ledgerRows` in
 * src/core/inspect/ledger-rows.ts builds them from a run.
 */
import type { BallotStateLabel } from '../casting/resolve.ts';
import type { Evidence } from '../verify/evidence.ts';

/** A checkpoint whose signed head is the hash of this entry: it covers entries 0 .. index. */
export interface CheckpointMark {
  /** 1-based, in publication order (the record's checkpoints[number - 1]). */
  readonly number: number;
  /** When it was published, scenario-local wall time `YYYY-MM-DD HH:MM`. */
  readonly localTime: string;
  /** Entries it covers (this entry's index + 1). */
  readonly count: number;
  /**
   * Whether the signed head equals this entry's hash in the published chain. False means the
   * published ledger is not the one the operator signed: what the chain walk finds.
   */
  readonly headMatches: boolean;
}

/** Where a ballot came from, as only the sandbox knows (teacher view). */
export type LedgerOrigin = 'honest' | 'injected re-vote' | 'ballot for an abstainer';

/** How the ballot of this entry ended up under the re-vote policy (teacher view). */
export type LedgerState = BallotStateLabel;

export interface LedgerTeacherFields {
  /** The voter (global index) this entry was recorded for. */
  readonly voterIndex: number;
  readonly origin: LedgerOrigin;
  /** What the operator did to the honest ballot (e.g. `substituted as it arrived`), or null. */
  readonly tamper: string | null;
  /** The ballot does not count: a later ballot (or paper) replaced it, or it was a rejected repeat. */
  readonly superseded: boolean;
  readonly state: LedgerState;
}

export interface LedgerRow {
  /** 0-based position in the published ledger. */
  readonly index: number;
  /** Scenario-local wall time of the entry, `YYYY-MM-DD HH:MM:SS`. */
  readonly localTime: string;
  readonly districtId: number;
  readonly districtName: string;
  /** The voter token, hex (8 bytes): a pseudonym (public re-vote resolution) or a one-time token. */
  readonly token: string;
  /** The candidate's name. */
  readonly choice: string;
  /** The candidate's party name. */
  readonly party: string;
  /** The entry's hash in the published chain, hex (32 bytes). */
  readonly hash: string;
  /** The previous entry's hash (64 zeros for entry 0), hex: the entry's hash covers it. */
  readonly prevHash: string;
  /** Checkpoints whose signed head is this entry (usually none, rarely several). */
  readonly checkpoints?: readonly CheckpointMark[];
  /** Only when asked for (teacher view): what the sandbox knows and the public does not. */
  readonly teacher?: LedgerTeacherFields;
}

export interface LedgerSource {
  /** Entries in the ledger. */
  readonly count: number;
  /**
   * Rows `start` (inclusive) to `end` (exclusive), in order; `end` is clamped to `count`. With
   * `teacher` false the rows must not carry `teacher` fields. May reject (the explorer shows the
   * failure and retries on demand).
   */
  rows(start: number, end: number, teacher: boolean): Promise<LedgerRow[]>;
}

/** The chain-walk evidence of the run (`result.evidence` where `check === 'chain-walk'`). */
export type ChainStatus = Pick<Evidence, 'status' | 'detail'> & { readonly what?: string };
