/**
 * Numbers, percentages and times in the language in use, through Intl. English keeps the forms
 * the page always had ("1,234", "61.5 %", "+13.5 pp"); Russian writes "1 234", "61,5 %",
 * "+13,5 п. п.". Scenario times are wall times of the scenario's own zone (Moscow time for
 * Moscow), never the reader's: they are formatted in UTC from a date whose UTC fields are that
 * wall time, and labelled with the zone.
 */
import { msg, str } from '@lit/localize';
import { language, type Language } from './locale.ts';

/** The Intl locale of each language (Russian digits group with a narrow space). */
const INTL: Readonly<Record<Language, string>> = { en: 'en-US', ru: 'ru-RU' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(digits: number, signed = false): Intl.NumberFormat {
  const lang = language();
  const key = `${lang}/${digits}/${signed}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' });
    cache.set(key, f);
  }
  return f;
}

/** The Intl locale tag of the language in use (for sorting and for libraries that take one). */
export const intlLocale = (): string => INTL[language()];

/** A whole number with grouped digits. */
export function formatCount(n: number): string {
  return numberFormat(0).format(n);
}

/** A number with `digits` decimals. */
export function formatNumber(n: number, digits = 1): string {
  return numberFormat(digits).format(n);
}

/** A share (0..1) as a percentage with `digits` decimals, e.g. `61.5 %` (`61,5 %`). */
export function formatPercent(share: number, digits = 1): string {
  // Russian keeps the number and its sign together on one line.
  return `${numberFormat(digits).format(share * 100)}${language() === 'ru' ? '\u00a0' : ' '}%`;
}

/** A difference of shares in percentage points, signed, one decimal: `+13.5 pp`, `−2.7 pp`; "—" when undefined. */
export function formatPoints(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const v = numberFormat(1, true).format(x * 100).replace('-', '−');
  return msg(str`${v} pp`, { id: 'format.points' });
}

/** The scenario's zone as the page names it: its label in the language in use ("MSK" is "МСК"), and the offset. */
export function zoneName(utcOffsetMinutes: number, label?: string): string {
  const sign = utcOffsetMinutes < 0 ? '−' : '+';
  const h = Math.floor(Math.abs(utcOffsetMinutes) / 60);
  const m = Math.abs(utcOffsetMinutes) % 60;
  const utc = `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
  const local = label === 'MSK' ? msg('MSK', { id: 'zone.msk' }) : label;
  return local ? `${local}, ${utc}` : utc;
}

/** A scenario-local `YYYY-MM-DD HH:MM` as a Date whose UTC fields read that wall time. */
const wall = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00Z`);

/** "Sep 19, 20:00" / "19 сент., 20:00": a scenario-local wall time, day and time, in the language in use. */
export function formatWallTime(local: string): string {
  const d = wall(local);
  if (Number.isNaN(d.getTime())) return local;
  return new Intl.DateTimeFormat(INTL[language()], { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
}

/** "Sep 19, 20:00 MSK": a wall time labelled with its zone (no label: the bare time). */
export function formatZonedTime(local: string, zoneLabel?: string): string {
  const zone = zoneLabel === 'MSK' ? msg('MSK', { id: 'zone.msk' }) : zoneLabel;
  return zone ? `${formatWallTime(local)} ${zone}` : formatWallTime(local);
}
