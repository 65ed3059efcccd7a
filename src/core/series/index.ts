/**
 * Online votes over time: a real per-bin vote series read from CSV (vote-series.ts, for the Moscow
 * 2021 stream), and the same series computed from a simulated run (ledger-series.ts), so that the
 * two can be put side by side.
 */
export * from './ledger-series.ts';
export * from './vote-series.ts';
