import type { SimulationResult } from '../../core/index.ts';
import { districtOf, failures, type Lesson } from './lesson.ts';

const total = (r: SimulationResult, key: 'coerced' | 'escaped' | 'deterred') => r.districts.reduce((a, d) => a + d.coercion[key], 0);

/** The escape rate of the classroom city is 30 %: the lesson promises at least this share escaping, then deterred. */
const AT_LEAST = 0.25;

export const coercion: Lesson = {
  id: 'coercion',
  title: 'Re-voting against coercion',
  question:
    'Employers pressure voters to vote online for Unity and take their receipts. Voters can re-vote later in private, and re-votes were also injected in Old Town. Make re-votes public, so that victims can find ballots cast in their name: what does that do to the pressured voters?',
  preset: 'classroom-coerced',
  move: { knob: 'verifiability.revoteResolution', label: 'Ballots carry voter pseudonyms (public re-vote resolution)', changes: { verifiability: { revoteResolution: 'public' } } },
  watch: { view: 'results', what: 'With the teacher view on: the pressured voters who escaped or were deterred, and Old Town’s verdict.' },
  takeaway:
    'The same pseudonyms that let victims catch injected re-votes let an employer holding a receipt see an escape, so pressured voters stop escaping. Public re-vote resolution buys detection with coercion resistance: postponed votes protect against a coercer only if the coercer cannot see them.',
  check: (runs) =>
    failures(runs, ({ before, after }) => {
      const coerced = total(before, 'coerced');
      if (total(before, 'escaped') < AT_LEAST * coerced || total(before, 'deterred') !== 0) return 'with one-time tokens, pressured voters did not escape';
      if (districtOf(before, 1).verdict.status === 'tampering-detected') return 'the injected re-votes were detected with one-time tokens';
      if (total(after, 'escaped') !== 0 || total(after, 'deterred') < AT_LEAST * total(after, 'coerced')) return 'with pseudonyms, pressured voters still escaped';
      if (districtOf(after, 1).verdict.status !== 'tampering-detected') return 'with pseudonyms, the injected re-votes went unseen';
      return null;
    }),
};
