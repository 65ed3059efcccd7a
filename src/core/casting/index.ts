/**
 * Takes the Electorate, gives the ballots cast: paper into precinct boxes, online over the voting
 * window (schedule.ts), postponed votes (re-votes) in the ballot table (ballots.ts), and the re-
 * vote policy that decides which ballot counts (resolve.ts), applied alike to the truth and to what
 * was published.
 */
export * from './ballots.ts';
export * from './casting.ts';
export * from './resolve.ts';
export * from './schedule.ts';
