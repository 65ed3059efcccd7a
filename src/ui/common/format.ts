/** Number formatting for the page: grouped digits and one-decimal percentages, the same everywhere. */
const integer = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return integer.format(n);
}

/** A share (0..1) as a percentage with one decimal, e.g. `61.5 %`. */
export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** A difference of shares in percentage points, signed, one decimal: `+13.5 pp`, `−2.7 pp`; "—" when undefined. */
export function formatPoints(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const v = (x * 100).toFixed(1);
  return `${x > 0 && v !== '0.0' ? '+' : ''}${v === '-0.0' ? '0.0' : v.replace('-', '−')} pp`;
}
