/** The readable district table the `simulate` command prints. */
import type { SimulationResult } from '../../src/core/index.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function pad(cells: string[], widths: number[], right: boolean[]): string {
  return cells.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
}

function verdictCell(v: SimulationResult['districts'][number]['verdict']): string {
  if (v.status === 'verified') return `verified (±${fmt(v.undetectedBound ?? 0)})`;
  if (v.status === 'tampering-detected') return `TAMPERING DETECTED (${v.failedChecks.join(', ')})`;
  return 'unverifiable';
}

export function districtTable(result: SimulationResult): string {
  const head = ['District', 'Registered', 'Paper leader', 'Paper votes', 'Winner', 'Votes', 'Online share', 'Re-voters', 'Note'];
  const partyName = new Map(result.parties.map((p) => [p.id, p.name]));
  const right = [false, true, false, true, false, true, true, true, false];
  const rows = result.districts.map((d) => {
    const idx = (id: string | null) => d.candidates.findIndex((c) => c.id === id);
    const name = (id: string | null) => {
      const c = d.candidates.find((x) => x.id === id);
      if (!c) return '—';
      const party = partyName.get(c.party) ?? c.party;
      return c.name === `${party} candidate` ? c.name : `${c.name} (${party})`;
    };
    const total = d.published.reduce((a, b) => a + b, 0);
    return [
      `${d.id} ${d.name}`,
      fmt(d.registered),
      name(d.paperLeader),
      d.paperLeader ? fmt(d.paper[idx(d.paperLeader)]) : '—',
      name(d.publishedWinner),
      d.publishedWinner ? fmt(d.published[idx(d.publishedWinner)]) : '—',
      total > 0 ? pct(d.onlineCounted / total) : '—',
      fmt(d.revoters),
      d.flipped ? 'FLIPPED by online' : '',
      verdictCell(d.verdict),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const t = result.totals;
  const lines = [
    `${result.scenarioName} · seed ${JSON.stringify(result.seed)} · re-vote policy ${result.policy}`,
    '',
    pad(head, widths, right),
    pad(
      widths.map((w) => '-'.repeat(w)),
      widths,
      right,
    ),
    ...rows.map((r) => pad(r, widths, right)),
    '',
    `Registered ${fmt(t.registered)} · turnout ${fmt(t.turnout)} (${pct(t.turnoutRate)}) · paper ballots ${fmt(t.paperBallots)}`,
    `Online: ${fmt(t.onlineRegistered)} registered, ${fmt(t.onlineCast)} ballots cast, ${fmt(t.onlineCounted)} counted, ${fmt(t.revoters)} re-voters`,
    `${t.flips} of ${t.districts} districts flipped: the published winner is not the paper leader.`,
    `Verdict: ${result.verdict.status}. ${result.verdict.reason}`,
  ];
  return lines.join('\n') + '\n';
}
