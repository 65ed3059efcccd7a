/** The worker pool over real worker threads: ordered results, both workers used, progress, stop. */
import { afterEach, describe, expect, it } from 'vitest';
import { nodeWorkerPool } from '../simulations/cli/node-pool.ts';
import { PoolStopped, type WorkerPool } from '../src/pool/worker-pool.ts';
import type { EchoApi } from './pool-echo.worker.ts';

let pool: WorkerPool<EchoApi> | undefined;
afterEach(() => pool?.terminate());

describe('WorkerPool over worker threads', () => {
  it('maps in input order, spreads the work over both workers, and reports progress', async () => {
    pool = nodeWorkerPool<EchoApi>(new URL('./pool-echo.worker.ts', import.meta.url), 2);
    const seen: number[] = [];
    const out = await pool.map([1, 2, 3, 4, 5, 6], (api, x) => api.square(x, 30), { onProgress: (done) => seen.push(done) });
    expect(out.map((r) => r.y)).toEqual([1, 4, 9, 16, 25, 36]);
    expect(new Set(out.map((r) => r.thread)).size).toBe(2);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('stops handing out tasks once cancelled, and rejects what is queued when terminated', async () => {
    pool = nodeWorkerPool<EchoApi>(new URL('./pool-echo.worker.ts', import.meta.url), 1);
    const abort = new AbortController();
    const ran: number[] = [];
    const mapped = pool.map([1, 2, 3], async (api, x) => {
      ran.push(x);
      abort.abort();
      return api.square(x);
    }, { signal: abort.signal });
    await expect(mapped).rejects.toBeInstanceOf(PoolStopped);
    expect(ran).toEqual([1]);
    const queued = Promise.all([pool.run((api) => api.square(7, 200)), pool.run((api) => api.square(8))]);
    pool.terminate();
    await expect(queued).rejects.toBeInstanceOf(PoolStopped);
  });
});
