/**
 * The Forensics tab: what observers can compute from the published numbers alone, per district,
 * each chart saying what it suggests and what it cannot prove.
 */
export * from './forensics-view.ts';
