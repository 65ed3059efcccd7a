/** The readable district table the `simulate` command prints, in the language in use. */
import { msg, str } from '@lit/localize';
import type { SimulationResult } from '../../src/core/index.ts';
import { engineText } from '../../src/i18n/engine-catalogue.ts';
import { formatCount, formatPercent } from '../../src/i18n/format.ts';
import { localName } from '../../src/i18n/names.ts';

const fmt = (n: number) => formatCount(Math.round(n));
const pct = (x: number) => formatPercent(x);

function pad(cells: string[], widths: number[], right: boolean[]): string {
  return cells.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
}

function verdictCell(v: SimulationResult['districts'][number]['verdict']): string {
  if (v.status === 'verified') return msg(str`verified (±${fmt(v.undetectedBound ?? 0)})`);
  if (v.status === 'tampering-detected') return msg(str`TAMPERING DETECTED (${v.failedChecks.join(', ')})`);
  return msg('unverifiable');
}

const VERDICT_WORDS = (): Record<SimulationResult['verdict']['status'], string> => ({
  verified: msg('verified'),
  unverifiable: msg('unverifiable'),
  'tampering-detected': msg('tampering-detected'),
});

export function districtTable(result: SimulationResult): string {
  // The page's translations carry soft hyphens for narrow headers; a terminal would print them.
  const head = [msg('District'), msg('Registered'), msg('Paper leader'), msg('Paper votes'), msg('Winner'), msg('Votes'), msg('Online share'), msg('Re-voters'), msg('Note')].map((h) =>
    h.replace(/\u00ad/g, ''),
  );
  const partyName = new Map(result.parties.map((p) => [p.id, localName(p.name)]));
  const right = [false, true, false, true, false, true, true, true, false];
  const rows = result.districts.map((d) => {
    const idx = (id: string | null) => d.candidates.findIndex((c) => c.id === id);
    const name = (id: string | null) => {
      const c = d.candidates.find((x) => x.id === id);
      if (!c) return '—';
      const party = partyName.get(c.party) ?? c.party;
      const shown = localName(c.name);
      return shown.includes(party) ? shown : `${shown} (${party})`;
    };
    const total = d.published.reduce((a, b) => a + b, 0);
    return [
      `${d.id} ${localName(d.name)}`,
      fmt(d.registered),
      name(d.paperLeader),
      d.paperLeader ? fmt(d.paper[idx(d.paperLeader)]) : '—',
      name(d.publishedWinner),
      d.publishedWinner ? fmt(d.published[idx(d.publishedWinner)]) : '—',
      total > 0 ? pct(d.onlineCounted / total) : '—',
      fmt(d.revoters),
      d.flipped ? msg('FLIPPED by online') : '',
      verdictCell(d.verdict),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const t = result.totals;
  const seed = JSON.stringify(result.seed);
  const lines = [
    msg(str`${result.scenarioName} · seed ${seed} · re-vote policy ${result.policy}`),
    '',
    pad(head, widths, right),
    pad(
      widths.map((w) => '-'.repeat(w)),
      widths,
      right,
    ),
    ...rows.map((r) => pad(r, widths, right)),
    '',
    msg(str`Registered ${fmt(t.registered)} · turnout ${fmt(t.turnout)} (${pct(t.turnoutRate)}) · paper ballots ${fmt(t.paperBallots)}`),
    msg(str`Online: ${fmt(t.onlineRegistered)} registered, ${fmt(t.onlineCast)} ballots cast, ${fmt(t.onlineCounted)} counted, ${fmt(t.revoters)} re-voters`),
    msg(str`${t.flips} of ${t.districts} districts flipped: the published winner is not the paper leader.`),
    msg(str`Verdict: ${VERDICT_WORDS()[result.verdict.status]}. ${engineText(result.verdict.reason)}`),
  ];
  return lines.join('\n') + '\n';
}
