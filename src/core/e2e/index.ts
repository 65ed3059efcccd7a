/**
 * The end-to-end verifiable mode's stage: ballots encrypted and proven, the operator's encrypted
 * tally, the trustees' dealing and partial decryptions. The cryptography goes out as chunk jobs
 * (crypto-steps.ts, e2e-jobs.ts), so that one run is the same inline or on a worker pool, and its
 * cost is measured beside the result (crypto-costs.ts).
 */
export * from './crypto-costs.ts';
export * from './crypto-steps.ts';
export * from './e2e-jobs.ts';
export * from './e2e-trustees.ts';
export * from './e2e.ts';
