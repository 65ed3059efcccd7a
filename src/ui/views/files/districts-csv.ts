/**
 * The district table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * need it): one row per district with its id, name, registered voters, per candidate the paper,
 * online and published votes, the paper leader, the published winner, whether it flipped, and
 * the verdict.
 */
import type { SimulationResult } from '../../../core/index.ts';

function field(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function districtsCsv(result: SimulationResult): string {
  const parties = result.parties;
  const header = ['district_id', 'district', 'registered'];
  for (const p of parties) header.push(`${p.id}_paper`, `${p.id}_online`, `${p.id}_published`);
  header.push('paper_leader', 'published_winner', 'flipped', 'verdict');
  const lines = [header.map(field).join(',')];
  for (const d of result.districts) {
    const name = (id: string | null) => d.candidates.find((c) => c.id === id)?.name ?? '';
    const row: (string | number | boolean | null)[] = [d.id, d.name, d.registered];
    parties.forEach((_, k) => row.push(d.paper[k] ?? 0, d.online[k] ?? 0, d.published[k] ?? 0));
    row.push(name(d.paperLeader), name(d.publishedWinner), d.flipped, d.verdict.status);
    lines.push(row.map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
