/**
 * The engine's web worker: runs `simulate` off the main thread and reports progress through a
 * Comlink-proxied callback, at most ~20 messages a second. It keeps the last successful run for
 * the queries about it (ledger rows, record, receipts, a voter); only the JSON-safe result goes
 * back from `run`. The page never computes an election. A verifiable (e2e) scenario's cryptography
 * goes to a nested pool of crypto workers, one per core (at most 4); the run is the same as inline.
 */
import * as Comlink from 'comlink';
import { forensics, parseScenario, publishedFigures, receiptsToJson, recordToJson, ScenarioError, seriesFromRun, simulate, StageMemo, type SimulationRun } from '../core/index.ts';
import type { CostSummary } from '../core/e2e/crypto-costs.ts';
import type { CryptoApi } from '../core/e2e/crypto-steps.ts';
import { simulateWithPool } from '../pool/simulate-with-pool.ts';
import { browserWorkers, webWorkerPool } from './web-pool.ts';
import type { EngineApi, ProgressCallback, RunOutcome } from './engine-api.ts';
import { ledgerRows } from '../core/inspect/ledger-rows.ts';
import { checkVoterReceipts, randomOnlineVoter, voterView } from '../core/inspect/voter-view.ts';

/** Minimum time between two progress messages (50 ms: at most 20 a second). */
const PROGRESS_INTERVAL_MS = 50;

let last: { readonly id: string; readonly run: SimulationRun } | undefined;
let runs = 0;
/**
 * The last run's city and ballots, and its ledger: a knob that changes only later stages (who checks
 * receipts, what is published, the attack) reruns from there. The result is the same as a fresh run's
 * (test/sweep.test.ts); an old stage is let go before a new one is built.
 */
const memo = new StageMemo({ latestOnly: true });

/** The last run, if it is the one asked about. */
function runFor(runId: string): SimulationRun {
  if (!last || last.id !== runId) throw new Error('That run is no longer in the engine: run the scenario again.');
  return last.run;
}

const api: EngineApi = {
  async run(input, seed, onProgress): Promise<RunOutcome> {
    const started = performance.now();
    let lastSent = -Infinity;
    const report: ProgressCallback = (fraction, stage) => {
      const now = performance.now();
      if (now - lastSent < PROGRESS_INTERVAL_MS) return;
      lastSent = now;
      // Fire and forget: the page's reply is of no interest, and awaiting it would stall the run.
      void onProgress?.(fraction, stage);
    };
    // Let the previous run's columns go before building new ones (the memo keeps only what this run can reuse).
    last = undefined;
    try {
      // The seed goes into the scenario rather than into the options, so that it is validated too.
      const scenario = seed === undefined ? input : { ...input, seed };
      const options = { onProgress: onProgress ? report : undefined };
      let run: SimulationRun;
      let costs: CostSummary | null = null;
      if (parseScenario(scenario).e2e.enabled) {
        const pool = webWorkerPool<CryptoApi>(() => new Worker(new URL('./crypto.worker.ts', import.meta.url), { type: 'module', name: 'tally-crypto' }), browserWorkers());
        try {
          ({ run, costs } = await simulateWithPool(scenario, { ...options, pool }));
        } finally {
          pool.terminate();
        }
      } else run = simulate(scenario, { ...options, memo });
      const id = `${performance.timeOrigin}/${++runs}`;
      last = { id, run };
      return { ok: true, result: run.result, ms: performance.now() - started, runId: id, costs };
    } catch (err) {
      if (err instanceof ScenarioError) {
        return { ok: false, kind: 'invalid', issues: err.issues.map(({ path, message }) => ({ path, message })) };
      }
      return { ok: false, kind: 'failed', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    } finally {
      // Close the callback's message port so the page can let go of it.
      (onProgress as Comlink.Remote<ProgressCallback> | undefined)?.[Comlink.releaseProxy]();
    }
  },

  ledgerRows(runId, start, end, teacher) {
    return ledgerRows(runFor(runId), start, end, teacher);
  },

  record(runId) {
    return `${JSON.stringify(recordToJson(runFor(runId).integrity.record))}\n`;
  },

  receipts(runId) {
    return `${JSON.stringify(receiptsToJson(runFor(runId).integrity.receipts))}\n`;
  },

  voter(runId, pick, teacher) {
    const run = runFor(runId);
    const index = typeof pick === 'number' ? pick : randomOnlineVoter(run, pick.random);
    if (index < 0) throw new Error('Nobody voted online in this run.');
    return voterView(run, index, teacher);
  },

  checkReceipts(runId, index) {
    return checkVoterReceipts(runFor(runId), index);
  },

  series(runId, binMinutes) {
    return seriesFromRun(runFor(runId), binMinutes);
  },

  forensics(runId, binMinutes) {
    return forensics(publishedFigures(runFor(runId), binMinutes));
  },
};

Comlink.expose(api);
