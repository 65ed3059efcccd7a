/**
 * A fixed pool of workers speaking comlink: Web Workers in the page, worker threads in Node (the
 * caller supplies `spawn`, so this file needs neither). Tasks queue until a worker is free; each
 * worker runs one task at a time. `map` keeps input order, reports progress, and stops handing
 * out tasks once its signal aborts (tasks already running finish or are cut off by `terminate`).
 */
import type { Remote } from 'comlink';

export interface PoolWorker<Api> {
  readonly api: Remote<Api>;
  /** Rejects if the worker dies (fails to load, throws outside a task): its task fails with that error. */
  readonly failed?: Promise<never>;
  terminate(): void;
}

/** Thrown into pending tasks when the pool is terminated or a map is aborted. */
export class PoolStopped extends Error {
  constructor(reason = 'The worker pool was stopped.') {
    super(reason);
    this.name = 'PoolStopped';
  }
}

interface Waiter<Api> {
  readonly resolve: (w: PoolWorker<Api>) => void;
  readonly reject: (e: Error) => void;
}

export class WorkerPool<Api> {
  readonly size: number;
  #spawn: () => PoolWorker<Api>;
  #all: PoolWorker<Api>[] = [];
  #idle: PoolWorker<Api>[] = [];
  #waiting: Waiter<Api>[] = [];
  #stopped = false;

  /** Workers are started lazily, up to `size`. */
  constructor(size: number, spawn: () => PoolWorker<Api>) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a positive integer, got ${size}`);
    this.size = size;
    this.#spawn = spawn;
  }

  /** Starts every worker now instead of at its first task, so their loading overlaps the caller's own work. */
  start(): void {
    while (!this.#stopped && this.#all.length < this.size) {
      const w = this.#spawn();
      this.#all.push(w);
      this.#idle.push(w);
    }
  }

  /** Runs one task on the next free worker. */
  async run<R>(task: (api: Remote<Api>) => Promise<R>): Promise<R> {
    const worker = await this.#acquire();
    try {
      const running = task(worker.api);
      return await (worker.failed ? Promise.race([running, worker.failed]) : running);
    } finally {
      this.#release(worker);
    }
  }

  /** Runs `task` on every item, at most `size` at once; results in input order. */
  async map<T, R>(
    items: readonly T[],
    task: (api: Remote<Api>, item: T, index: number) => Promise<R>,
    options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
  ): Promise<R[]> {
    const results = new Array<R>(items.length);
    let done = 0;
    await Promise.all(
      items.map((item, i) =>
        this.run(async (api) => {
          if (options.signal?.aborted) throw new PoolStopped('The work was cancelled.');
          results[i] = await task(api, item, i);
          options.onProgress?.(++done, items.length);
        }),
      ),
    );
    return results;
  }

  /** Stops every worker; queued and running tasks reject with PoolStopped. */
  terminate(): void {
    this.#stopped = true;
    for (const w of this.#all) w.terminate();
    this.#all = [];
    this.#idle = [];
    for (const w of this.#waiting.splice(0)) w.reject(new PoolStopped());
  }

  #acquire(): Promise<PoolWorker<Api>> {
    if (this.#stopped) return Promise.reject(new PoolStopped());
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.#all.length < this.size) {
      const w = this.#spawn();
      this.#all.push(w);
      return Promise.resolve(w);
    }
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  #release(worker: PoolWorker<Api>): void {
    if (this.#stopped) return;
    const next = this.#waiting.shift();
    if (next) next.resolve(worker);
    else this.#idle.push(worker);
  }
}
