/**
 * A sweep spread over a worker pool, seed by seed (each task is one seed at every grid point, so a
 * worker reuses that seed's city and ledgers), with progress and cancellation. The page (Web
 * Workers) and the CLI (worker threads) both run sweeps through here. Cancelling terminates the
 * workers: a synchronous engine cannot be interrupted any other way.
 */
import type { Sweep, SweepRow } from '../core/index.ts';
import type { SweepWorkerApi } from './sweep-api.ts';
import type { WorkerPool } from './worker-pool.ts';

export interface SweepRunOptions {
  readonly signal?: AbortSignal;
  /** Runs done so far. */
  readonly onProgress?: (runsDone: number) => void;
}

/** The rows of every run, in seed order; null when `signal` aborts. The pool is terminated either way. */
export async function runSweepOnPool(sweep: Sweep, pool: WorkerPool<SweepWorkerApi>, options: SweepRunOptions = {}): Promise<SweepRow[] | null> {
  const stop = () => pool.terminate();
  options.signal?.addEventListener('abort', stop, { once: true });
  const seeds = Array.from({ length: sweep.seeds.count }, (_, i) => i);
  try {
    if (options.signal?.aborted) return null;
    const mapped = pool.map(seeds, (api, seed) => api.runSeeds(sweep, [seed]), {
      signal: options.signal,
      onProgress: (done) => options.onProgress?.(done * sweep.points.length),
    });
    // A terminated worker may never answer its running task: cancelling must not wait for it.
    const cancelled = new Promise<null>((resolve) => options.signal?.addEventListener('abort', () => resolve(null), { once: true }));
    mapped.catch(() => undefined);
    const batches = await Promise.race([mapped, cancelled]);
    return batches === null ? null : batches.flat();
  } catch (err) {
    // A cancelled pool fails its running tasks in more than one way (stopped, or the worker exited).
    if (options.signal?.aborted) return null;
    throw err;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    pool.terminate();
  }
}
