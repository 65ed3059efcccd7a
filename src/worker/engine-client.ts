/**
 * The page's handle on the engine worker. One run at a time: starting a run while another is
 * going cancels the old one by terminating its worker (a synchronous engine cannot be interrupted
 * any other way) and starting a fresh worker for the new run. A run that sends no progress for
 * `stallMs` is stopped the same way and fails with a message, so the page never waits forever on a
 * worker that is out of memory or lost in a scenario too large for it.
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

/** How long a run may go without a progress message (the engine sends one at least every stage). */
export const STALL_MS = 120_000;

/** The run sent no progress for too long and was stopped. */
export class RunStalled extends Error {
  constructor(ms: number) {
    super(
      `The run made no progress for ${ms / 1000} s and was stopped: the scenario may be too large for this page ` +
        '(try fewer voters or checkpoints, or run it with npm run simulate).',
    );
    this.name = 'RunStalled';
  }
}

interface Pending {
  readonly reject: (reason: Error) => void;
}

export class EngineClient {
  #worker: Worker | undefined;
  #remote: Comlink.Remote<EngineApi> | undefined;
  #pending: Pending | undefined;
  #stallTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly stallMs = STALL_MS) {}

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
      this.#watch();
      // Progress messages already in flight from a cancelled run are dropped here.
      const progress = Comlink.proxy<ProgressCallback>((f, s) => {
        if (!current()) return;
        this.#watch();
        onProgress?.(f, s);
      });
      remote.run(input, seed, progress).then(
        (outcome) => {
          if (!current()) return;
          this.#settle();
          resolve(outcome);
        },
        (err: unknown) => {
          if (!current()) return;
          this.#settle();
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
    this.#settle();
    this.#stop();
    pending.reject(new RunCancelled());
    return true;
  }

  /** (Re)starts the stall timer of the run in flight. */
  #watch(): void {
    clearTimeout(this.#stallTimer);
    this.#stallTimer = setTimeout(() => {
      const pending = this.#pending;
      this.#settle();
      this.#stop();
      pending?.reject(new RunStalled(this.stallMs));
    }, this.stallMs);
  }

  #settle(): void {
    clearTimeout(this.#stallTimer);
    this.#stallTimer = undefined;
    this.#pending = undefined;
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
    this.#settle();
    this.#stop();
    pending?.reject(new Error(message));
  }

  #stop(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#remote = undefined;
  }
}
