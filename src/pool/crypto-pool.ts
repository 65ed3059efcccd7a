/**
 * Answers the engine's crypto steps (src/core/e2e/crypto-steps.ts) with a pool of workers: each chunk
 * job goes to the next free worker; results come back in job order, so the run is the same as
 * inline. Also measures what the cryptography costs (outside the deterministic result).
 */
import { chainProgress, sizeOf, type CryptoApi, type CryptoRequest, type CryptoProgress, type CryptoResponse, type CryptoSteps } from '../core/e2e/crypto-steps.ts';
import type { WorkerPool } from './worker-pool.ts';
import type { CryptoCosts } from '../core/e2e/crypto-costs.ts';

export async function runWithPool<T>(steps: CryptoSteps<T>, pool: WorkerPool<CryptoApi>, progress?: CryptoProgress, costs?: CryptoCosts): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    const request = next.value;
    const total = request.jobs.reduce((n, _, i) => n + sizeOf(request, i), 0);
    let done = 0;
    if (request.op === 'chain') {
      next = steps.next(await hashOnPool(request, pool));
      continue;
    }
    const timed = async <R>(i: number, op: 'encrypt' | 'verify' | 'sum', call: () => Promise<R>, stage: 'encryption' | 'proofs'): Promise<R> => {
      const t0 = performance.now();
      const out = await call();
      costs?.add(op, sizeOf(request, i), performance.now() - t0);
      done += sizeOf(request, i);
      progress?.(stage, done, total, op === 'sum');
      return out;
    };
    const results =
      request.op === 'encrypt'
        ? await pool.map(request.jobs, (api, job, i) => timed(i, 'encrypt', () => api.encryptChunk(job), 'encryption'))
        : await pool.map(request.jobs, (api, job, i) => timed(i, job.proofs ? 'verify' : 'sum', () => api.verifyChunk(job), 'proofs'));
    next = steps.next(results as CryptoResponse);
  }
  return next.value;
}

/**
 * The chain walk's stretches (src/core/ledger/chain-segments.ts), side by side: each worker gets a
 * run of consecutive stretches of about equal size, all sent at once (a stretch sent later would wait
 * for this thread, busy with `meanwhile`, to hear that the one before is done); then `meanwhile` runs here.
 */
async function hashOnPool(request: CryptoRequest & { op: 'chain' }, pool: WorkerPool<CryptoApi>): Promise<Uint8Array[]> {
  const total = request.jobs.reduce((n, _, i) => n + sizeOf(request, i), 0);
  const groups = inRuns(request.jobs.map((_, i) => sizeOf(request, i)), pool.size);
  let done = 0;
  let sent = 0;
  let allSent!: () => void;
  const ready = new Promise<void>((resolve) => (allSent = resolve));
  const hashed = Promise.all(
    groups.map((group) =>
      pool.run((api) => {
        const out = Promise.all(
          group.map(async (i) => {
            const piece = await api.chainSegment(request.jobs[i]);
            chainProgress(request, (done += sizeOf(request, i)), total);
            return piece;
          }),
        );
        if (++sent === groups.length) allSent();
        return out;
      }),
    ),
  );
  // A worker that fails before every run is sent must not leave this waiting.
  await Promise.race([ready, hashed]);
  request.meanwhile?.();
  return (await hashed).flat();
}

/** Splits items of the given sizes into at most `n` runs of consecutive indices, each about total/n. */
export function inRuns(sizes: readonly number[], n: number): number[][] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const runs: number[][] = [];
  let run: number[] = [];
  let acc = 0;
  sizes.forEach((size, i) => {
    run.push(i);
    acc += size;
    if (runs.length < n - 1 && acc >= ((runs.length + 1) * total) / n) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}
