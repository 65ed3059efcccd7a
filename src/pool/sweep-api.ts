/**
 * What a sweep worker does, in the page's Web Workers and the CLI's worker threads alike: run a
 * batch of seeds at every grid point and return their rows. Each seed gets a fresh stage memo, so
 * a worker holds at most one seed's cities and ledgers at a time. The first batch sets up the fast
 * SHA-256 of the ledger (src/crypto/fast-sha256.ts); later ones find it ready.
 */
import { runSweepSeed, type Sweep, type SweepRow } from '../core/index.ts';
import { initFastHash } from '../crypto/fast-sha256.ts';

export const sweepWorkerApi = {
  async runSeeds(sweep: Sweep, seeds: readonly number[]): Promise<SweepRow[]> {
    await initFastHash();
    return seeds.flatMap((s) => runSweepSeed(sweep, s));
  },
};
export type SweepWorkerApi = typeof sweepWorkerApi;
