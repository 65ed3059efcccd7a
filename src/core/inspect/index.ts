/**
 * Pure queries on a finished run for the page's views: the published ledger row by row (ledger-
 * rows.ts, the explorer's contract in ledger-source.ts), and one voter as they know themselves,
 * with the receipt check a voter can make (voter-view.ts). They read a run; they compute no
 * election.
 */
export * from './ledger-rows.ts';
export * from './ledger-source.ts';
export * from './voter-view.ts';
