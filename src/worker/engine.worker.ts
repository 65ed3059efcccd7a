/**
 * The engine's web worker: runs `runSimulation` off the main thread and reports progress through
 * a Comlink-proxied callback, at most ~20 messages a second. The page never computes an election.
 */
import * as Comlink from 'comlink';
import { runSimulation, ScenarioError } from '../core/index.ts';
import type { EngineApi, ProgressCallback, RunOutcome } from './engine-api.ts';

/** Minimum time between two progress messages (50 ms: at most 20 a second). */
const PROGRESS_INTERVAL_MS = 50;

const api: EngineApi = {
  run(input, seed, onProgress): RunOutcome {
    const started = performance.now();
    let lastSent = -Infinity;
    const report: ProgressCallback = (fraction, stage) => {
      const now = performance.now();
      if (now - lastSent < PROGRESS_INTERVAL_MS) return;
      lastSent = now;
      // Fire and forget: the page's reply is of no interest, and awaiting it would stall the run.
      void onProgress?.(fraction, stage);
    };
    try {
      // The seed goes into the scenario rather than into the options, so that it is validated too.
      const scenario = seed === undefined ? input : { ...input, seed };
      const result = runSimulation(scenario, { onProgress: onProgress ? report : undefined });
      return { ok: true, result, ms: performance.now() - started };
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
};

Comlink.expose(api);
