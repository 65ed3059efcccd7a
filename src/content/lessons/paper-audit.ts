import { districtOf, failures, type Lesson } from './lesson.ts';

/** A wide paper margin is confirmed with a sample far smaller than the box: at most this many draws somewhere. */
const SMALL_SAMPLE = 1000;

export const paperAudit: Lesson = {
  id: 'paper-audit',
  title: 'Auditing paper without counting it all',
  question: 'Counting every paper ballot again found the rewritten protocols. Could observers find them by reading only a sample of ballots, and how many?',
  preset: 'classroom-protocols',
  move: { knob: 'verifiability.paperAudit', label: 'Run a risk-limiting audit (BRAVO) of each district’s paper outcome at a 5 % risk limit', changes: { verifiability: { paperAudit: 'bravo' } } },
  watch: { view: 'results', what: 'The paper-audit line of the evidence: how many ballots each district drew, which were confirmed and which went to a full hand count.' },
  takeaway:
    'A risk-limiting audit draws ballots until they confirm the protocols’ winner, a few hundred where the margin is wide. Where the winner does not hold up, the sample cannot confirm it and the district is counted by hand: Old Town’s rewrite is found. If the reported winner is wrong, the audit confirms it anyway at most 5 % of the time.',
  check: (runs) =>
    failures(runs, ({ before, after }) => {
      if (districtOf(before, 1).verdict.status === 'tampering-detected') return 'detected without an audit';
      const oldTown = districtOf(after, 1);
      if (oldTown.paperAudit?.outcome !== 'escalated' || oldTown.verdict.status !== 'tampering-detected' || !oldTown.verdict.failedChecks.includes('paper-audit')) {
        return 'the audit did not escalate and catch the rewrite in Old Town';
      }
      if (!after.districts.some((d) => d.paperAudit?.outcome === 'confirmed' && d.paperAudit.sampleSize < SMALL_SAMPLE)) return `no district was confirmed with fewer than ${SMALL_SAMPLE} ballots`;
      return null;
    }),
};
