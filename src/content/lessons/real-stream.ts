import type { SeriesSummary, SimulationResult } from '../../core/index.ts';
import { districtOf, failures, type Lesson } from './lesson.ts';

/**
 * District 197 in the real online stream (public/data/moscow-2021-online-20min.csv; test/lessons.test.ts
 * recomputes these from the file): the leader's share of all ballots, and of the first and last third of the bins.
 */
export const REAL_197 = { popovShare: 0.406, lobanovShare: 0.242, leaderFirstThird: 0.436, leaderLastThird: 0.373 } as const;

const flippedToPopov = (r: SimulationResult) => {
  const d = districtOf(r, 197);
  return d.paperLeader === '197-cprf' && d.publishedWinner === '197-ur';
};
const drift = (s: SeriesSummary) => (s.leaderDrift ? s.leaderDrift.first - s.leaderDrift.last : NaN);
const REAL_DRIFT = REAL_197.leaderFirstThird - REAL_197.leaderLastThird;

export const realStream: Lesson = {
  id: 'real-stream',
  title: 'What the real stream shows, and what it cannot prove',
  question:
    'In Kuntsevsky the real online stream gave Popov 41 % and Lobanov 24 %, and Popov’s share fell from 44 % in the first third of the three days to 37 % in the last. An honest model of the district reproduces the winner. Swap in a rigged one: which fits the real stream better, and what would that prove?',
  preset: 'moscow-2021-kuntsevsky',
  move: {
    knob: 'adversary.attacks',
    label: 'Swap in the rigged district: fewer voters pressured at work, and 8,800 re-votes injected for Popov',
    changes: {
      mobilisation: { shareByAge: [0.07, 0.1, 0.03] },
      adversary: { attacks: [{ kind: 'inject-revotes', size: 8800, beneficiary: 'ur', when: 'during-voting' }] },
    },
  },
  watch: { view: 'real', what: 'District 197: the real stream above, the simulated one below; then the verdict and, in the teacher view, the truth.' },
  takeaway:
    'Both models publish Popov’s win over the paper leader Lobanov, both are unverifiable, and the rigged one even fits the real fall of Popov’s share better. That is not proof: the stream records when ballots were stored and for whom, and a model’s fit depends on its guesses about who votes when (move mobilisation.workHoursShare and watch the honest curve change). Only checks against independent evidence, receipts or paper, could tell the two apart.',
  needsSeries: true,
  check: (runs) =>
    failures(runs, ({ before, after, series }) => {
      if (!series) return 'no stream';
      if (!flippedToPopov(before) || !flippedToPopov(after)) return 'a model did not publish Popov over the paper leader';
      if (before.verdict.status !== 'unverifiable' || after.verdict.status !== 'unverifiable') return 'a verdict was not unverifiable';
      if (districtOf(before, 197).truthWinner !== '197-ur' || districtOf(after, 197).truthWinner !== '197-cprf') return 'the truths do not differ as the lesson says';
      for (const s of [series.before[0], series.after[0]]) {
        const names = s.top.map((t) => t.name);
        if (names[0] !== 'Yevgeny Popov' || names[1] !== 'Mikhail Lobanov') return `the stream's top two are ${names.join(', ')}`;
      }
      const [honest, rigged] = [drift(series.before[0]), drift(series.after[0])];
      if (!(Math.abs(rigged - REAL_DRIFT) < Math.abs(honest - REAL_DRIFT))) return `the rigged drift ${rigged.toFixed(3)} does not fit the real ${REAL_DRIFT.toFixed(3)} better than the honest ${honest.toFixed(3)}`;
      return null;
    }),
};
