/** Running a sweep over worker threads (simulations/sweep.worker.ts), seed by seed: for the sweep command and the benchmark. */
import { type Sweep, type SweepRow } from '../../src/core/index.ts';
import type { SweepWorkerApi } from '../../src/worker/sweep-api.ts';
import { nodeWorkerPool } from './node-pool.ts';

/**
 * The rows of every run, in seed order; null when `signal` aborts (running threads are stopped).
 * `onProgress` gets the runs done so far. One task is one seed at every grid point, so a thread
 * reuses that seed's city and ledgers across the points.
 */
export async function runSweepOnWorkers(
  sweep: Sweep,
  workers: number,
  options: { signal?: AbortSignal; onProgress?: (runsDone: number) => void } = {},
): Promise<SweepRow[] | null> {
  const pool = nodeWorkerPool<SweepWorkerApi>(new URL('../sweep.worker.ts', import.meta.url), workers);
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
    // A cancelled pool fails its running tasks in more than one way (stopped, or the thread exited).
    if (options.signal?.aborted) return null;
    throw err;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    pool.terminate();
  }
}
