/**
 * What an observer can compute from published numbers alone, per district: online shares over time,
 * the gap between channels, turnout against the leader's share, and the part of the swing that the
 * voters' age mix explains (forensics.ts), read from a run's published figures (forensic-
 * figures.ts).
 */
export * from './forensic-figures.ts';
export * from './forensics.ts';
