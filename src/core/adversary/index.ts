/**
 * Takes the ballots cast and the scenario's attacks, gives the operator's plan: which stored
 * ballots are substituted, which re-votes are injected, which ballots dropped or added, which
 * protocols rewritten. Honest by default (an empty plan).
 */
export * from './adversary.ts';
