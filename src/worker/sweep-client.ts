/**
 * Running a sweep in the page: seeds spread over a pool of Web Workers (each seed at every grid
 * point in one task, so a worker reuses that seed's city and ledgers), with progress and
 * cancellation. Cancelling terminates the workers: a synchronous engine cannot be interrupted.
 */
import type { Sweep, SweepRow } from '../core/index.ts';
import type { SweepWorkerApi } from './sweep-api.ts';
import { browserWorkers, webWorkerPool } from './web-pool.ts';

/** The rows of every run in seed order, or null when `signal` aborted the sweep. */
export async function runSweepInWorkers(
  sweep: Sweep,
  options: { signal?: AbortSignal; onProgress?: (runsDone: number) => void; workers?: number } = {},
): Promise<SweepRow[] | null> {
  const pool = webWorkerPool<SweepWorkerApi>(() => new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' }), options.workers ?? browserWorkers());
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
    if (options.signal?.aborted) return null;
    throw err;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    pool.terminate();
  }
}
