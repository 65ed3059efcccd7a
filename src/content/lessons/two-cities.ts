import { failures, shareOf, type Lesson } from './lesson.ts';
import type { SimulationResult } from '../../core/index.ts';

const shares = (r: SimulationResult) => r.districts.map((d) => d.published.map((x) => x / d.published.reduce((a, b) => a + b, 0)));

/** The largest gap, in percentage points, between the two cities' published shares. */
const MAX_GAP_POINTS = 2;

/** How often the rigging must change a winner for the lesson to be worth telling. */
const WRONG_WINNER_AT_LEAST = 0.5;

function riggedWinners(runs: Parameters<Lesson['check']>[0]): string | null {
  const share = shareOf(runs, ({ after }) => after.districts.some((d) => d.publishedWinner !== d.truthWinner));
  return share >= WRONG_WINNER_AT_LEAST ? null : `the rigged city published a wrong winner in only ${(share * 100).toFixed(0)} % of seeds`;
}

export const twoCities: Lesson = {
  id: 'two-cities',
  title: 'Two cities, one result',
  question: 'Here is an honest city. Swap in a rigged one: would you be able to tell from what is published?',
  preset: 'classroom',
  move: {
    knob: 'adversary.attacks',
    label: 'Swap in the rigged city: fewer voters pressured at work, and 500 re-votes injected for Unity in every district',
    changes: {
      mobilisation: { shareByAge: [0.06, 0.1, 0.025] },
      adversary: { attacks: [{ kind: 'inject-revotes', size: 500, beneficiary: 'unity', when: 'during-voting' }] },
    },
  },
  watch: { view: 'results', what: 'The published numbers and the verdict; then turn on the teacher view and compare the truth.' },
  takeaway: `Both cities publish nearly the same result (every published share within ${MAX_GAP_POINTS} percentage points), and both verdicts are “unverifiable”: the published numbers are consistent with an honest election and with a rigged one, though the rigged city often publishes a winner its voters did not choose. Only evidence that voters and observers can check independently tells the two apart.`,
  check: (runs) =>
    failures(runs, ({ before, after }) => {
      if (before.verdict.status !== 'unverifiable' || after.verdict.status !== 'unverifiable') return `verdicts ${before.verdict.status} / ${after.verdict.status}`;
      const [a, b] = [shares(before), shares(after)];
      const gap = Math.max(...a.flatMap((row, d) => row.map((x, k) => Math.abs(x - b[d][k])))) * 100;
      if (gap >= MAX_GAP_POINTS) return `published shares differ by ${gap.toFixed(2)} points`;
      if (before.districts.some((d) => d.publishedWinner !== d.truthWinner)) return 'the honest city published a wrong winner';
      if (after.districts.some((d) => d.tamperedBallots < 500)) return 'the rigged city was not rigged everywhere';
      return null;
    }) ?? riggedWinners(runs),
};
