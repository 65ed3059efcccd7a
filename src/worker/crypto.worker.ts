/** A crypto Web Worker of the engine's pool: encrypts and verifies chunks of ballots, and hashes stretches of the ledger chain (src/core/e2e/e2e-jobs.ts). */
import * as Comlink from 'comlink';
import { cryptoApi } from '../core/e2e/crypto-steps.ts';

Comlink.expose(cryptoApi);
