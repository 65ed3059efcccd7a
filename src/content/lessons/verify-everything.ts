import type { SimulationResult } from '../../core/index.ts';
import { districtOf, failures, type Lesson } from './lesson.ts';

const PROVEN = ['ballot-proofs', 'homomorphic-tally', 'trustee-decryptions'] as const;
const passed = (r: SimulationResult, check: string) => r.evidence.some((e) => e.check === check && e.districtId === 1 && e.status === 'passed');

export const verifyEverything: Lesson = {
  id: 'verify-everything',
  title: 'The cost of verifying everything',
  question:
    'The village publishes everything a plain online system can: the ledger with pseudonyms, a checkpoint, receipts, the paper. Now encrypt every ballot on the voter’s device, with proofs, and let trustees decrypt only the tally. What does that add, and what does it cost?',
  preset: 'village',
  move: { knob: 'e2e.enabled', label: 'Turn on end-to-end verifiable voting (encrypted ballots, proofs, 2-of-3 trustees, 5 % of ballots challenged)', changes: { e2e: { enabled: true } } },
  watch: { view: 'results', what: 'The evidence: ballot proofs, the homomorphic tally and the trustees’ decryptions; the verdict’s bound; and the cost line under the run.' },
  takeaway:
    'Anyone can now check that every counted ballot is one well-formed vote and that the published count is exactly their sum, without seeing a single vote, where before the ledger showed every choice. It costs milliseconds of computation per ballot on every side (the page shows how many), and it still does not say whose votes they are: the bound of what could change unnoticed rests on voters checking receipts and challenging their voting app. It is larger than before only because the plain run silently trusts every voting app; the verifiable run prices that trust in.',
  check: (runs) =>
    failures(runs, ({ before, after }) => {
      if (PROVEN.some((c) => before.evidence.some((e) => e.check === c))) return 'the plain run has proofs';
      const missing = PROVEN.filter((c) => !passed(after, c));
      if (missing.length > 0) return `not proven: ${missing.join(', ')}`;
      const v = districtOf(after, 1).verdict;
      if (v.status !== 'verified') return `verdict ${v.status}`;
      if (!(v.undetectedBound !== null && v.undetectedBound > 0)) return 'the bound claims that proofs rule out every change';
      const plain = districtOf(before, 1).verdict.undetectedBound;
      if (plain === null || v.undetectedBound <= plain) return 'the verifiable bound does not price in the voting apps';
      return null;
    }),
};
