/**
 * The page's handle on the engine worker. One run at a time: starting a run while another is
 * going cancels the old one by terminating its worker (a synchronous engine cannot be interrupted
 * any other way) and starting a fresh worker for the new run.
 */
import * as Comlink from 'comlink';
import type { ScenarioInput } from '../core/index.ts';
import type { EngineApi, ProgressCallback, RunOutcome } from './engine-api.ts';

/** The run was superseded by a newer one, or cancelled. */
export class RunCancelled extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'RunCancelled';
  }
}

interface Pending {
  readonly reject: (reason: Error) => void;
}

export class EngineClient {
  #worker: Worker | undefined;
  #remote: Comlink.Remote<EngineApi> | undefined;
  #pending: Pending | undefined;

  /** True while a run is in flight. */
  get busy(): boolean {
    return this.#pending !== undefined;
  }

  /**
   * Runs a scenario in the worker. Rejects with `RunCancelled` if a newer run or `cancel()`
   * supersedes it, and with an Error if the worker itself fails (it could not load, or crashed).
   */
  run(input: ScenarioInput, seed: string | undefined, onProgress?: ProgressCallback): Promise<RunOutcome> {
    this.cancel();
    const remote = this.#start();
    return new Promise<RunOutcome>((resolve, reject) => {
      const pending: Pending = { reject };
      this.#pending = pending;
      const current = () => this.#pending === pending;
      // Progress messages already in flight from a cancelled run are dropped here.
      const progress = onProgress && Comlink.proxy<ProgressCallback>((f, s) => current() && onProgress(f, s));
      remote.run(input, seed, progress).then(
        (outcome) => {
          if (!current()) return;
          this.#pending = undefined;
          resolve(outcome);
        },
        (err: unknown) => {
          if (!current()) return;
          this.#pending = undefined;
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  }

  /**
   * A query about the last run (ledger rows, record, receipts, a voter). Rejects when no worker
   * is up (nothing has run yet) or when a run is in flight (its answer would be about another run).
   */
  query<T>(ask: (remote: Comlink.Remote<EngineApi>) => Promise<T>): Promise<T> {
    if (!this.#remote) return Promise.reject(new Error('Nothing has run yet.'));
    if (this.#pending) return Promise.reject(new Error('A run is in progress.'));
    return ask(this.#remote);
  }

  /** Stops the run in flight, if any (its promise rejects with RunCancelled). Returns whether one was. */
  cancel(): boolean {
    const pending = this.#pending;
    if (!pending) return false;
    this.#pending = undefined;
    this.#stop();
    pending.reject(new RunCancelled());
    return true;
  }

  /** Cancels any run and shuts the worker down; a later `run` starts a new one. */
  dispose(): void {
    this.cancel();
    this.#stop();
  }

  #start(): Comlink.Remote<EngineApi> {
    if (this.#remote) return this.#remote;
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'tally-engine' });
    // Comlink never settles a call whose worker failed to load or crashed: fail the run ourselves.
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      this.#fail(worker, `The engine worker failed${event.message ? `: ${event.message}` : ' to load'}.`);
    });
    worker.addEventListener('messageerror', () => this.#fail(worker, 'The engine worker sent a message that could not be read.'));
    this.#worker = worker;
    this.#remote = Comlink.wrap<EngineApi>(worker);
    return this.#remote;
  }

  #fail(worker: Worker, message: string): void {
    if (worker !== this.#worker) return;
    const pending = this.#pending;
    this.#pending = undefined;
    this.#stop();
    pending?.reject(new Error(message));
  }

  #stop(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#remote = undefined;
  }
}
