/**
 * What a sweep worker does, in the page's Web Workers and the CLI's worker threads alike: run a
 * batch of seeds at every grid point and return their rows. Each seed gets a fresh stage memo, so
 * a worker holds at most one seed's cities and ledgers at a time.
 */
import { runSweepSeed, type Sweep, type SweepRow } from '../core/index.ts';

export const sweepWorkerApi = {
  runSeeds(sweep: Sweep, seeds: readonly number[]): SweepRow[] {
    return seeds.flatMap((s) => runSweepSeed(sweep, s));
  },
};
export type SweepWorkerApi = typeof sweepWorkerApi;
