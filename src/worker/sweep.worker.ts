/** A Web Worker of the page's sweeps (src/worker/sweep-client.ts starts them through webWorkerPool). */
import * as Comlink from 'comlink';
import { sweepWorkerApi } from '../pool/sweep-api.ts';

Comlink.expose(sweepWorkerApi);
