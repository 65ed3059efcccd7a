/**
 * One plain sentence per district on how its paper audit ended, for the evidence panel: the sample
 * size, confirmed or escalated, and what a hand count found. Pure, so it is tested without a browser.
 */
import type { DistrictResult } from '../../../core/index.ts';
import { formatCount } from '../../common/format.ts';

export interface PaperAuditLine {
  readonly districtId: number;
  readonly outcome: 'confirmed' | 'escalated';
  readonly status: 'passed' | 'failed';
  readonly text: string;
}

export function paperAuditLines(districts: readonly DistrictResult[]): PaperAuditLine[] {
  return districts.flatMap((d) => {
    const a = d.paperAudit;
    if (!a) return [];
    const drawn = `${formatCount(a.sampleSize)} of ${formatCount(a.ballots)} ballots drawn`;
    const text =
      a.status === 'failed'
        ? `${d.id} ${d.name}: ${drawn}; ${a.outcome === 'escalated' ? 'escalated, and the full hand count disagrees with the protocols' : 'the audit record does not hold up'}.`
        : a.outcome === 'confirmed'
          ? `${d.id} ${d.name}: confirmed after ${drawn}.`
          : `${d.id} ${d.name}: not confirmed after ${drawn}; the full hand count matches the protocols.`;
    return [{ districtId: d.id, outcome: a.outcome, status: a.status, text }];
  });
}
