/**
 * One plain sentence per district on how its paper audit ended, for the evidence panel: the sample
 * size, confirmed or escalated, and what a hand count found. Pure, so it is tested without a browser.
 */
import type { DistrictResult } from '../../../core/index.ts';
import { formatCount } from '../../common/format.ts';
import { msg, str } from '@lit/localize';
import { localName } from '../../../i18n/names.ts';

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
    const sample = formatCount(a.sampleSize);
    const ballots = formatCount(a.ballots);
    const place = `${d.id} ${localName(d.name)}`;
    const text =
      a.status === 'failed'
        ? a.outcome === 'escalated'
          ? msg(str`${place}: ${sample} of ${ballots} ballots drawn; escalated, and the full hand count disagrees with the protocols.`)
          : msg(str`${place}: ${sample} of ${ballots} ballots drawn; the audit record does not hold up.`)
        : a.outcome === 'confirmed'
          ? msg(str`${place}: confirmed after ${sample} of ${ballots} ballots drawn.`)
          : msg(str`${place}: not confirmed after ${sample} of ${ballots} ballots drawn; the full hand count matches the protocols.`);
    return [{ districtId: d.id, outcome: a.outcome, status: a.status, text }];
  });
}
