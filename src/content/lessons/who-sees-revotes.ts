import { districtOf, failures, type Lesson } from './lesson.ts';

/** Moscow 2021 resolved re-votes with one-time tokens: nobody outside the operator could tell which ballot counted. */
export const whoSeesRevotes: Lesson = {
  id: 'who-sees-revotes',
  title: 'Who can see a re-vote?',
  question: 'Re-votes were injected in Old Town in the names of voters who voted once. 3 % of voters check their receipts after the results, and every receipt matches. Why, and what would change that?',
  preset: 'classroom-injected',
  move: { knob: 'verifiability.revoteResolution', label: 'Ballots carry voter pseudonyms instead of one-time tokens (public re-vote resolution)', changes: { verifiability: { revoteResolution: 'public' } } },
  watch: { view: 'voter', what: 'A victim’s receipts (teacher view): with pseudonyms they find a later ballot cast in their name. Then the verdict.' },
  takeaway:
    'A receipt shows that your ballot is stored, not that it counts. With one-time tokens only the operator knows which ballot superseded which, so an injected re-vote is invisible to every check; with pseudonyms anyone can re-apply the last-ballot rule, and victims who check find ballots they never cast.',
  check: (runs) =>
    failures(runs, ({ before, after }) => {
      if (before.districts.some((d) => d.verdict.status === 'tampering-detected')) return 'detected with one-time tokens';
      if (districtOf(after, 1).verdict.status !== 'tampering-detected') return 'pseudonyms did not expose the injected re-votes';
      return null;
    }),
};
