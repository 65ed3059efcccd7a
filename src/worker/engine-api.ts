/**
 * The contract between the page and the engine worker. Only plain data crosses it: the scenario
 * goes in, a `RunOutcome` comes back. Invalid scenarios come back as data (not as a thrown
 * error) so that every issue keeps its field path across the worker boundary.
 *
 * The worker keeps the full SimulationRun of its last successful run (columns too large to send:
 * the ledger, the ballots, the voters); the queries below read it. Each names the run it is about
 * (`RunOutcome.runId`) and rejects when the worker has moved on to another one.
 */
import type { ForensicsReport, Issue, ScenarioInput, SimulationResult, Stage, VoteSeries } from '../core/index.ts';
import type { CostSummary } from '../core/e2e/crypto-costs.ts';
import type { LedgerRow } from '../core/inspect/ledger-source.ts';
import type { ReceiptCheck, VoterView } from '../core/inspect/voter-view.ts';

/** Progress as the engine reports it: overall fraction done (0..1) and the current stage. */
export type ProgressCallback = (fraction: number, stage: Stage) => void;

export type RunOutcome =
  | {
      readonly ok: true;
      readonly result: SimulationResult;
      /** Engine time in the worker, ms. */
      readonly ms: number;
      /** Names this run in the queries about it. */
      readonly runId: string;
      /** What the verifiable mode's cryptography cost (its crypto workers' time), or null in the plain mode. */
      readonly costs: CostSummary | null;
    }
  /** The scenario (or the seed) did not validate: every issue names its field path. */
  | { readonly ok: false; readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  /** The engine failed for another reason (a bug, or out of memory). */
  | { readonly ok: false; readonly kind: 'failed'; readonly message: string };

/** Which voter to show: a number, or a random online voter (the n-th pick of the run's seed). */
export type VoterPick = number | { readonly random: number };

export interface EngineApi {
  /**
   * Runs a scenario. `seed`, when given, replaces the scenario's own seed (and is validated like
   * any other field). `onProgress` must be wrapped in `Comlink.proxy` by the caller.
   */
  run(input: ScenarioInput, seed: string | undefined, onProgress?: ProgressCallback): RunOutcome | Promise<RunOutcome>;
  /** Rows of the run's published ledger (see src/core/inspect/ledger-rows.ts). */
  ledgerRows(runId: string, start: number, end: number, teacher: boolean): LedgerRow[];
  /** The run's public election record, as the JSON text `npm run simulate -- --record` writes. */
  record(runId: string): string;
  /** The receipts of the voters who kept them, as JSON text. */
  receipts(runId: string): string;
  /** A voter of the run; rejects with a message for a number out of range, or when nobody voted online. */
  voter(runId: string, pick: VoterPick, teacher: boolean): VoterView;
  /** Voter `index` checks their receipts against the published record. */
  checkReceipts(runId: string, index: number): ReceiptCheck;
  /**
   * Every ballot of the run's published ledger, superseded re-votes included, per district, candidate and
   * `binMinutes` from the opening of online voting (`seriesFromRun`): to put beside a real vote series.
   */
  series(runId: string, binMinutes: number): VoteSeries;
  /**
   * What observers compute from the run's published numbers alone, per district (`forensics` of
   * `publishedFigures`, src/core/forensics/forensics.ts), with online shares in bins of `binMinutes`.
   */
  forensics(runId: string, binMinutes: number): ForensicsReport;
}
