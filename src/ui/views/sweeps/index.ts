/**
 * The Sweeps tab: the shipped Monte Carlo sweeps run in Web Workers with progress and Cancel, each
 * observed detection curve and its 95 % band beside the closed-form curve.
 */
export * from './sweep-view.ts';
