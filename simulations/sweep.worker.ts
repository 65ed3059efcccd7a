/** A worker thread of `npm run sweep` (simulations/cli/node-pool.ts starts it). */
import { sweepWorkerApi } from '../src/pool/sweep-api.ts';
import { exposeToParent } from './cli/expose.ts';

exposeToParent(sweepWorkerApi);
