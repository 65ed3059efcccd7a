/**
 * Monte Carlo sweeps: a scenario run over many seeds at every point of a grid of knobs (sweep-
 * file.ts reads the file), each run summarised with its own closed-form chance of detection
 * (detection.ts) to compare the observed rate against.
 */
export * from './detection.ts';
export * from './sweep-file.ts';
export * from './sweep.ts';
