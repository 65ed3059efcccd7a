/** Running a sweep over worker threads (simulations/sweep.worker.ts): for the sweep command and the benchmark. */
import type { Sweep, SweepRow } from '../../src/core/index.ts';
import { runSweepOnPool, type SweepRunOptions } from '../../src/pool/run-sweep.ts';
import type { SweepWorkerApi } from '../../src/pool/sweep-api.ts';
import { nodeWorkerPool } from './node-pool.ts';

/** The rows of every run, in seed order; null when `signal` aborts (running threads are stopped). */
export function runSweepOnWorkers(sweep: Sweep, workers: number, options: SweepRunOptions = {}): Promise<SweepRow[] | null> {
  return runSweepOnPool(sweep, nodeWorkerPool<SweepWorkerApi>(new URL('../sweep.worker.ts', import.meta.url), workers), options);
}
