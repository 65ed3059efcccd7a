/**
 * The Be a voter tab: one voter's ballots and receipts, the check a voter can make of them against
 * the published record, and what that check proves and what it cannot.
 */
export * from './voter-view.ts';
