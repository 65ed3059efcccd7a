/**
 * The live classroom election: a class votes from its phones and the same engine decides
 * everything. class-setup.ts maps the teacher's set-up onto a Scenario; live-events.ts lists what
 * can happen; live-election.ts folds the events into the ledger, receipts and checkpoints, with
 * the operator's attacks applied live (live-attacks.ts); live-record.ts publishes the ordinary
 * election record and runs the engine's verifier and verdicts on it.
 */
export * from './class-archive.ts';
export * from './class-setup.ts';
export * from './live-attacks.ts';
export * from './live-election.ts';
export * from './live-events.ts';
export * from './live-ledger.ts';
export * from './live-record.ts';
