/** The worker-thread side of nodeWorkerPool: expose an API object to the parent thread. */
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';

export function exposeToParent(api: object): void {
  if (!parentPort) throw new Error('exposeToParent: not running in a worker thread');
  Comlink.expose(api, nodeEndpoint(parentPort));
}
