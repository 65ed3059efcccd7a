/**
 * The Live tab: a class election run on the classroom server (`npm run classroom`), the teacher's
 * side of it (set-up, join code and QR code, opening and closing, turnout and the ledger, paper,
 * recounts, attacks as the operator) and its result shown with the results tab's elements.
 */
export * from './live-operator.ts';
export * from './live-setup.ts';
export * from './live-view.ts';
