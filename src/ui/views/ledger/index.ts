/**
 * The Ledger tab: the published ledger entry by entry, with hashes, links and checkpoints, in a
 * virtual list that asks the engine's worker for a page of rows at a time, so that millions of
 * entries scroll.
 */
export * from './ledger-explorer.ts';
