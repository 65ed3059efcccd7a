/**
 * Answers the engine's crypto steps (src/core/e2e/crypto-steps.ts) with a pool of workers: each chunk
 * job goes to the next free worker; results come back in job order, so the run is the same as
 * inline. Also measures what the cryptography costs (outside the deterministic result).
 */
import { sizeOf, type CryptoApi, type CryptoProgress, type CryptoResponse, type CryptoSteps } from '../core/e2e/crypto-steps.ts';
import type { WorkerPool } from './worker-pool.ts';
import type { CryptoCosts } from '../core/e2e/crypto-costs.ts';

export async function runWithPool<T>(steps: CryptoSteps<T>, pool: WorkerPool<CryptoApi>, progress?: CryptoProgress, costs?: CryptoCosts): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    const request = next.value;
    const total = request.jobs.reduce((n, _, i) => n + sizeOf(request, i), 0);
    let done = 0;
    if (request.op === 'chain') {
      // The chain walk's stretches, side by side on the workers (src/core/verify/chain-segments.ts).
      const hashed = await pool.map(request.jobs, async (api, job, i) => {
        const out = await api.chainSegment(job);
        done += sizeOf(request, i);
        request.progress?.(total > 0 ? done / total : 1);
        return out;
      });
      next = steps.next(hashed);
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
