/**
 * What observers and voters can check, as plain Evidence (evidence.ts): the independent verifier of
 * an election record (verifier.ts, with the verifiable mode's checks and the paper audit's re-
 * draw), and the Benaloh challenges voters make. It recomputes instead of trusting.
 */
export * from './declaration-check.ts';
export * from './e2e-challenges.ts';
export * from './evidence.ts';
export * from './paper-audit-check.ts';
export * from './verifier.ts';
export * from './verify-e2e.ts';
