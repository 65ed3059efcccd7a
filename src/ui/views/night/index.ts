/**
 * The night tab: the release of results replayed step by step, precinct protocols and then the
 * online release and its recounts, with every district's margin over time (night-series.ts computes
 * the lines from the result's timeline).
 */
export * from './night-replay.ts';
export * from './night-series.ts';
