/** Running a sweep in the page, over a pool of Web Workers (src/pool/run-sweep.ts). */
import type { Sweep, SweepRow } from '../core/index.ts';
import { runSweepOnPool, type SweepRunOptions } from '../pool/run-sweep.ts';
import type { SweepWorkerApi } from '../pool/sweep-api.ts';
import { browserWorkers, webWorkerPool } from './web-pool.ts';

/** The rows of every run in seed order, or null when `signal` aborted the sweep. */
export function runSweepInWorkers(sweep: Sweep, options: SweepRunOptions & { workers?: number } = {}): Promise<SweepRow[] | null> {
  const pool = webWorkerPool<SweepWorkerApi>(() => new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' }), options.workers ?? browserWorkers());
  return runSweepOnPool(sweep, pool, options);
}
