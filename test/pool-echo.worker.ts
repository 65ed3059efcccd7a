/** A worker for the pool tests: reports which thread ran each task. */
import { threadId } from 'node:worker_threads';
import { exposeToParent } from '../simulations/cli/expose.ts';

const api = {
  async square(x: number, delayMs = 0): Promise<{ x: number; y: number; thread: number }> {
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    return { x, y: x * x, thread: threadId };
  },
};
export type EchoApi = typeof api;
exposeToParent(api);
