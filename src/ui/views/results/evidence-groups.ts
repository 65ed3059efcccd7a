/**
 * Groups a run's evidence for reading: one group per check (receipts also by when they were
 * checked), election-wide groups first, each in the engine's check order. A per-district group
 * stands for one row per district, so the panel can say "passed in 15 of 15 districts" and list
 * only the districts where the check failed. Pure data in, plain data out.
 */
import { CHECKS, type CheckName, type Evidence } from '../../../core/index.ts';

export interface EvidenceGroup {
  /** Unique in the run: `<scope>/<check>[/<when>]`. */
  readonly key: string;
  readonly check: CheckName;
  readonly when: Evidence['when'];
  readonly scope: 'election' | 'district';
  readonly items: readonly Evidence[];
  /** Failed if any item failed; else passed if any passed; else not possible. */
  readonly status: Evidence['status'];
  /** Every item could be made by someone other than the operator. */
  readonly independent: boolean;
  readonly failed: readonly Evidence[];
  readonly passed: readonly Evidence[];
  readonly notPossible: readonly Evidence[];
}

const WHEN_ORDER: readonly (Evidence['when'] | undefined)[] = [undefined, 'during-voting', 'after-publication'];

export function groupEvidence(evidence: readonly Evidence[]): EvidenceGroup[] {
  const byKey = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const key = `${e.districtId === null ? 'election' : 'district'}/${e.check}${e.when ? `/${e.when}` : ''}`;
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  const groups = [...byKey].map(([key, items]): EvidenceGroup => {
    const failed = items.filter((e) => e.status === 'failed');
    const passed = items.filter((e) => e.status === 'passed');
    const notPossible = items.filter((e) => e.status === 'not-possible');
    return {
      key,
      check: items[0].check,
      when: items[0].when,
      scope: items[0].districtId === null ? 'election' : 'district',
      items,
      status: failed.length > 0 ? 'failed' : passed.length > 0 ? 'passed' : 'not-possible',
      independent: items.every((e) => e.independent),
      failed,
      passed,
      notPossible,
    };
  });
  const rank = (g: EvidenceGroup) => [g.scope === 'election' ? 0 : 1, CHECKS.indexOf(g.check), WHEN_ORDER.indexOf(g.when)];
  return groups.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  });
}

/** The one value every item shares, or undefined when they differ. */
export function common<T>(items: readonly Evidence[], of: (e: Evidence) => T): T | undefined {
  if (items.length === 0) return undefined;
  const first = of(items[0]);
  return items.every((e) => of(e) === first) ? first : undefined;
}
