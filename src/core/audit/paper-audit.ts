/**
 * The paper audit as the auditors run it: per district, a BRAVO ballot-polling audit of the paper
 * outcome the precinct protocols report, drawing ballots from the boxes as they physically are
 * with the public seed's sampler (audit-sampler.ts), and escalating to a full hand count of the
 * district when the sample reaches its cap unconfirmed. The verifier (paper-audit-check.ts)
 * re-checks every step from the record.
 */
import { auditDraw, BallotManifest, candidateAt } from './audit-sampler.ts';
import { BravoTest } from './bravo.ts';
import type { RecordAuditDistrict } from '../publication/record.ts';

export interface DistrictAuditInput {
  readonly seed: Uint8Array;
  readonly districtId: number;
  readonly riskLimit: number;
  readonly maxDraws: number;
  /** The district's precinct indices, in record order. */
  readonly precincts: readonly number[];
  /** Per precinct index: the published protocol, votes per candidate. */
  readonly protocol: (precinct: number) => ArrayLike<number>;
  /** Per precinct index: the ballots really in the box, per candidate. */
  readonly box: (precinct: number) => ArrayLike<number>;
}

const sum = (xs: ArrayLike<number>) => {
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += xs[i];
  return total;
};

/** The reported paper outcome (protocols summed) and the manifest (ballots per box, per protocol). */
export function reportedPaper(precincts: readonly number[], protocol: (precinct: number) => ArrayLike<number>, K: number) {
  const reported = new Array<number>(K).fill(0);
  for (const p of precincts) for (let k = 0; k < K; k++) reported[k] += protocol(p)[k];
  return { reported, manifest: new BallotManifest(precincts, precincts.map((p) => sum(protocol(p)))) };
}

export function auditDistrict(input: DistrictAuditInput, K: number): RecordAuditDistrict {
  const { reported, manifest } = reportedPaper(input.precincts, input.protocol, K);
  const test = new BravoTest(reported, input.riskLimit);
  const precinct: number[] = [];
  const position: number[] = [];
  const candidate: number[] = [];
  // A tie can never be confirmed, and an empty district has nothing to draw: both go straight to the hand count.
  if (!test.tied && manifest.total > 0) {
    for (let i = 0; i < input.maxDraws && !test.confirmed; i++) {
      const at = manifest.locate(auditDraw(input.seed, input.districtId, i, manifest.total));
      // Positions follow the protocol's count; a box holding fewer ballots has none there: a ballot for nobody.
      const read = candidateAt(input.box(at.precinct), at.position);
      precinct.push(at.precinct);
      position.push(at.position);
      candidate.push(read < 0 ? K : read);
      test.observe(read);
    }
  }
  const confirmed = test.confirmed;
  return {
    districtId: input.districtId,
    draws: { precinct, position, candidate },
    sampleSize: precinct.length,
    outcome: confirmed ? 'confirmed' : 'escalated',
    handCount: confirmed ? null : input.precincts.map((p) => Array.from(input.box(p))),
  };
}
