import { districtOf, shareOf, type Lesson, type LessonRun } from './lesson.ts';

/** Detection rates the lesson promises over its seeds (a rough closed form, 1 − (1 − 150/10,600)^c with c ≈ 22 or 550 checkers: ~27 % and over 99.9 %). */
const FEW_AT_MOST = 0.6;
const MANY_AT_LEAST = 0.95;

const detected = (r: LessonRun['before']) => districtOf(r, 2).verdict.status === 'tampering-detected';

export const howManyCheck: Lesson = {
  id: 'how-many-check',
  title: 'How many voters must check',
  question: 'The operator changed 150 of Riverside’s ~11,000 online ballots. If 1 in 500 online voters checks their receipt, how likely is someone to notice? And 1 in 20?',
  preset: 'classroom-substituted',
  move: { knob: 'verifiability.receiptCheckShare', label: 'Raise the share of voters who check from 0.2 % to 5 %', changes: { verifiability: { receiptCheckShare: 0.05 } } },
  watch: { view: 'results', what: 'Riverside’s verdict; try several seeds (New seed) before and after.' },
  takeaway:
    'Detection needs one checker among the victims: with c checkers and a share f of ballots changed, the chance is about 1 − (1 − f)^c. A few checkers catch a small attack only sometimes; a few hundred catch it almost surely, without anyone checking everything.',
  check: (runs) => {
    const few = shareOf(runs, (r) => detected(r.before));
    const many = shareOf(runs, (r) => detected(r.after));
    if (few > FEW_AT_MOST) return `0.2 % of checkers detected it in ${(few * 100).toFixed(0)} % of seeds (expected at most ${FEW_AT_MOST * 100} %)`;
    if (many < MANY_AT_LEAST) return `5 % of checkers detected it in ${(many * 100).toFixed(0)} % of seeds (expected at least ${MANY_AT_LEAST * 100} %)`;
    return null;
  },
};
