/** The per-district forensics table `simulate --forensics` prints (src/core/forensics/forensics.ts, docs/forensics.md). */
import type { ForensicsReport } from '../../src/core/index.ts';

/** A share difference in percentage points, signed; "—" when undefined. */
const pp = (x: number) => (Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(1)}` : '—');
const num = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits).replace('-', '−') : '—');

export const FORENSICS_HEAD = ['District', 'Leader', 'Leader drift', 'Gap', 'Slope', 'r', 'Explained', 'Unexplained'] as const;

export function forensicsTable(report: ForensicsReport): string {
  const focus = report.focusParty.name;
  const right = [false, false, true, true, true, true, true, true];
  const rows = report.districts.map((d) => [
    String(d.id),
    d.leader >= 0 ? d.candidates[d.leader] : '—',
    pp(d.leaderDrift.change),
    pp(d.gap[report.focusParty.index]),
    num(d.turnoutFit.slope, 3),
    num(d.turnoutFit.correlation, 3),
    `${pp(d.swing.explained)} ±${(d.swing.explainedSe * 100).toFixed(1)}`,
    pp(d.swing.unexplained),
  ]);
  const widths = FORENSICS_HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const pad = (c: readonly string[]) => c.map((x, i) => (right[i] ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  const s = report.ageSupport;
  const city = report.cityTurnoutFit;
  return [
    `Forensics from published numbers alone (${report.binMinutes}-minute bins; shares in percentage points)`,
    '',
    pad(FORENSICS_HEAD),
    pad(widths.map((w) => '-'.repeat(w))),
    ...rows.map(pad),
    '',
    `Leader drift: the published winner's online share in the last third of the bins minus the first third.${
      report.ledgerPublic ? '' : ' This scenario does not publish its ledger: observers could not compute it.'
    }`,
    `Gap: ${focus}'s online share minus its paper share (= Explained + Unexplained). Slope, r: the leader's paper share against paper turnout across the district's precincts (city: slope ${num(city.slope, 3)}, r ${num(city.correlation, 3)}, ${city.n} precincts).`,
    `Explained: what the age mix of online vs paper voters explains, with ${focus}'s support by age estimated from ${s.precincts} precincts' paper results (18-34 ${pp(s.young)} ±${(Math.sqrt(s.cov[0][0]) * 100).toFixed(1)}, 55+ ${pp(s.old)} ±${(Math.sqrt(s.cov[1][1]) * 100).toFixed(1)} against 35-54; ± one standard error).`,
    'These signals can suggest that something besides the electorate moved the online result; they cannot prove fraud: workplace pressure, self-selection and fraud leave the same marks (docs/forensics.md).',
  ].join('\n') + '\n';
}
