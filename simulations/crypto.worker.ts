/** A worker thread of the CLI's crypto pool: encrypts and verifies chunks of ballots, and hashes stretches of the ledger chain (src/core/e2e/e2e-jobs.ts). */
import { cryptoApi } from '../src/core/e2e/crypto-steps.ts';
import { exposeToParent } from './cli/expose.ts';

exposeToParent(cryptoApi);
