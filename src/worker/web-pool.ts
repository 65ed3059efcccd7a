/**
 * Web Workers as a WorkerPool. The caller passes the constructor call itself
 * (`() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`), because
 * Vite bundles a worker only where it sees that expression written out.
 */
import * as Comlink from 'comlink';
import { WorkerPool } from '../pool/worker-pool.ts';

/** As many workers as the machine has cores, at most `max`. */
export const browserWorkers = (max = 4): number => Math.max(1, Math.min(max, globalThis.navigator?.hardwareConcurrency || 2));

export function webWorkerPool<Api>(create: () => Worker, size = browserWorkers()): WorkerPool<Api> {
  return new WorkerPool<Api>(size, () => {
    const worker = create();
    const failed = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (e) => reject(new Error(`worker failed: ${e.message || 'could not load'}`)), { once: true });
    });
    failed.catch(() => undefined);
    return { api: Comlink.wrap<Api>(worker), failed, terminate: () => worker.terminate() };
  });
}
