import { districtOf, failures, type Lesson } from './lesson.ts';

export const earlyReceipts: Lesson = {
  id: 'early-receipts',
  title: 'A receipt checked too early',
  question: '3 % of online voters check their receipt right after voting, and every one matches. After the close, the operator rewrites 900 ballots and rebuilds the chain. Will anyone notice?',
  preset: 'classroom-rewritten',
  move: { knob: 'verifiability.receiptCheckTime', label: 'Voters check their receipts after the results are published', changes: { verifiability: { receiptCheckTime: 'after-publication' } } },
  watch: { view: 'results', what: 'The verdict, and the receipts line of the evidence.' },
  takeaway:
    'A receipt proves something only about the ledger it is checked against. Checked during voting, it says nothing about what the operator does after the close; checked against the published ledger, the same receipts expose the rewrite.',
  check: (runs) =>
    failures(runs, ({ before, after }) => {
      if (before.districts.some((d) => d.verdict.status === 'tampering-detected')) return 'early checks detected the rewrite';
      if (districtOf(after, 1).verdict.status !== 'tampering-detected') return 'late checks missed the rewrite in Old Town';
      return null;
    }),
};
