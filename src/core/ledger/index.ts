/**
 * Takes the ballots and the adversary's plan, gives the operator's hash-chained ledger as stored
 * during voting and as published, with voter tokens (pseudonyms or one-time tokens) and the index
 * that groups entries by token; and the chain walked in stretches between published heads.
 */
export * from './chain-segments.ts';
export * from './ledger.ts';
export * from './token-index.ts';
export * from './tokens.ts';
