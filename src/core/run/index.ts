/**
 * The stages in order. simulate.ts takes a scenario and a seed and runs electorate, casting,
 * adversary, ledger, publication, checks and verdict (integrity.ts holds the steps from ballots
 * cast to evidence), and gives the JSON-safe SimulationResult (result.ts); stage-memo.ts reuses
 * early stages across runs that differ only in later knobs.
 */
export * from './integrity.ts';
export * from './result.ts';
export * from './simulate.ts';
export * from './stage-memo.ts';
