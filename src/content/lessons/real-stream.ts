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
/** The leader's share in the last third of the bins minus the first third (negative: the leader fades). */
const drift = (s: SeriesSummary) => (s.leaderDrift ? s.leaderDrift.last - s.leaderDrift.first : NaN);
const REAL_DRIFT = REAL_197.leaderLastThird - REAL_197.leaderFirstThird;
/** The drifts the takeaway quotes, as ranges every seed falls in (measured over 20 seeds: honest −2.7 to −1.7, rigged +6.6 to +8.1 points). */
const HONEST_DRIFT = [-0.04, -0.005] as const;
const RIGGED_DRIFT = [0.04, 0.11] as const;
const inside = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;

export const realStream: Lesson = {
  id: 'real-stream',
  title: 'What the real stream shows, and what it cannot prove',
  question:
    'In Kuntsevsky the real online stream gave Popov 41 % and Lobanov 24 %, and Popov’s share fell from 44 % in the first third of the three days to 37 % in the last. The honest model of the district copies the real stream’s volume hour by hour, not who voted when. Swap in a rigged one, where Lobanov truly won and 13,000 ballots were cast for Popov in the names of registrants who did not vote: does either reproduce the fall, and what would that prove?',
  preset: 'moscow-2021-kuntsevsky',
  move: {
    knob: 'adversary.attacks',
    label: 'Swap in the rigged district: a third of the voters pressured at work, fewer online voters, and 13,000 ballots cast for Popov in the name of registrants who did not vote',
    changes: {
      mobilisation: { shareByAge: [0.02, 0.03, 0.008] },
      online: { voteRate: 0.85 },
      adversary: { attacks: [{ kind: 'cast-for-abstainers', size: 13000, beneficiary: 'ur', when: 'during-voting' }] },
    },
  },
  watch: { view: 'real', what: 'District 197: the real stream above, the simulated one below; then the verdict and, in the teacher view, the truth.' },
  takeaway:
    'Both models publish Popov’s win over the paper leader Lobanov, both are unverifiable, and neither reproduces the fall of his share: the real stream’s leader loses 6 points from the first third of the bins to the last, the honest model’s about 2 (between −4 and −0.5 in each of 20 seeds), while the rigged one’s gains about 7 (between +4 and +11), because its phantom ballots are spread evenly over the three days, later than the real turnout. So the honest model is the closer one, and that proves nothing: the fall depends on who voted when, which neither model knows (an honest city whose pressured voters voted at the opening would fade, and so would a rigging that cast its ballots early), and the stream records only when ballots were stored and for whom. Nor does the stream’s size tell: its 2,003,956 ballots for 1,943,590 voters bound the re-votes at about 60,000, but a ballot cast in the name of a registrant who did not vote is a first ballot. Only checks against independent evidence, receipts or paper, could tell the two models apart.',
  needsSeries: true,
  check: (runs) =>
    failures(runs, ({ before, after, series }) => {
      if (!series) return 'no stream';
      if (!flippedToPopov(before) || !flippedToPopov(after)) return 'a model did not publish Popov over the paper leader';
      if (before.verdict.status !== 'unverifiable' || after.verdict.status !== 'unverifiable') return 'a verdict was not unverifiable';
      if (districtOf(before, 197).tamperedBallots !== 0 || districtOf(after, 197).tamperedBallots !== 13000) return 'the models are not honest and rigged as the lesson says';
      if (districtOf(before, 197).truthWinner !== '197-ur' || districtOf(after, 197).truthWinner !== '197-cprf') return 'the truths do not differ as the lesson says';
      for (const s of [series.before[0], series.after[0]]) {
        const names = s.top.map((t) => t.name);
        if (names[0] !== 'Yevgeny Popov' || names[1] !== 'Mikhail Lobanov') return `the stream's top two are ${names.join(', ')}`;
      }
      const [honest, rigged] = [drift(series.before[0]), drift(series.after[0])];
      if (!inside(honest, HONEST_DRIFT) || !inside(rigged, RIGGED_DRIFT)) return `drifts ${honest.toFixed(3)} (honest) and ${rigged.toFixed(3)} (rigged) outside the quoted ranges`;
      if (!(Math.abs(honest - REAL_DRIFT) < Math.abs(rigged - REAL_DRIFT))) return `the honest drift ${honest.toFixed(3)} is not the closer to the real ${REAL_DRIFT.toFixed(3)}`;
      if (Math.abs(honest - REAL_DRIFT) < 0.02) return `the honest drift ${honest.toFixed(3)} reproduces the real ${REAL_DRIFT.toFixed(3)} within 2 points`;
      return null;
    }),
};
