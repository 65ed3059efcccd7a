import { districtOf, failures, type Lesson } from './lesson.ts';

export const paperRecount: Lesson = {
  id: 'paper-recount',
  title: 'Paper makes recounts real',
  question: 'Old Town’s precinct protocols moved 1,000 paper votes to Unity, and Unity won. What would it take to find out?',
  preset: 'classroom-protocols',
  move: { knob: 'verifiability.paperRecountShare', label: 'Observers recount the paper ballots of every precinct by hand', changes: { verifiability: { paperRecountShare: 1 } } },
  watch: { view: 'results', what: 'Old Town’s verdict and the paper-recount line of the evidence.' },
  takeaway:
    'Paper ballots are evidence that exists outside the operator’s computers: counting them again is an independent check, unlike recounting a database. The changed protocols no longer match the boxes.',
  check: (runs) =>
    failures(runs, ({ before, after }) => {
      const b = districtOf(before, 1);
      if (b.publishedWinner === b.truthWinner) return 'the protocols did not flip Old Town';
      if (b.verdict.status === 'tampering-detected') return 'detected without a recount';
      if (districtOf(after, 1).verdict.status !== 'tampering-detected') return 'the hand recount missed it';
      return null;
    }),
};
