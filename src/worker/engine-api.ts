/**
 * The contract between the page and the engine worker. Only plain data crosses it: the scenario
 * goes in, a `RunOutcome` comes back. Invalid scenarios come back as data (not as a thrown
 * error) so that every issue keeps its field path across the worker boundary.
 */
import type { Issue, ScenarioInput, SimulationResult, Stage } from '../core/index.ts';

/** Progress as the engine reports it: overall fraction done (0..1) and the current stage. */
export type ProgressCallback = (fraction: number, stage: Stage) => void;

export type RunOutcome =
  | { readonly ok: true; readonly result: SimulationResult; /** Engine time in the worker, ms. */ readonly ms: number }
  /** The scenario (or the seed) did not validate: every issue names its field path. */
  | { readonly ok: false; readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  /** The engine failed for another reason (a bug, or out of memory). */
  | { readonly ok: false; readonly kind: 'failed'; readonly message: string };

export interface EngineApi {
  /**
   * Runs a scenario. `seed`, when given, replaces the scenario's own seed (and is validated like
   * any other field). `onProgress` must be wrapped in `Comlink.proxy` by the caller.
   */
  run(input: ScenarioInput, seed: string | undefined, onProgress?: ProgressCallback): RunOutcome;
}
