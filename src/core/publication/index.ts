/**
 * What the outside world is given: the tally per district (tally.ts), the night's releases of
 * precinct protocols and online results, recount by recount (release.ts), and the election record,
 * the public file with every byte a verifier needs (record.ts).
 */
export * from './record.ts';
export * from './record-stream.ts';
export * from './release.ts';
export * from './tally.ts';
