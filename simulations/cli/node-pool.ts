/**
 * Worker threads for the CLI, as a WorkerPool: each thread registers tsx, loads a TypeScript
 * module, and that module exposes its API with comlink's Node adapter (`exposeToParent`).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { WorkerPool } from '../../src/pool/worker-pool.ts';

/** Two workers by default: this project's machines have two cores. */
export const defaultWorkers = (): number => Math.max(1, Math.min(2, availableParallelism()));

// `--import tsx` in a worker's execArgv does not reach worker threads on Node 20, so each thread
// registers tsx's loader itself before importing the module.
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const bootstrap = (moduleUrl: URL) =>
  `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); })` +
  `.catch((e) => { setImmediate(() => { throw e; }); });`;

/** A pool of `size` threads, each running `moduleUrl` (which must call `exposeToParent`). */
export function nodeWorkerPool<Api>(moduleUrl: URL, size = defaultWorkers()): WorkerPool<Api> {
  return new WorkerPool<Api>(size, () => {
    const worker = new Worker(bootstrap(moduleUrl), { eval: true });
    worker.unref();
    const failed = new Promise<never>((_, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`worker thread exited (code ${code})`)));
    });
    failed.catch(() => undefined);
    return {
      api: Comlink.wrap<Api>(nodeEndpoint(worker)),
      failed,
      terminate: () => void worker.terminate(),
    };
  });
}
