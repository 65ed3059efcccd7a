/**
 * The phone page's calls to the classroom server, and what it keeps on the phone (localStorage):
 * its token, its group and its receipts, so that a reload or a dropped connection loses nothing.
 */

export interface PublicStatus {
  readonly election: {
    readonly name: string;
    readonly phase: 'setup' | 'open' | 'closed' | 'published';
    readonly policy: 'last-online' | 'none';
    readonly online: boolean;
    readonly candidates: readonly string[];
    readonly groups: readonly { readonly id: number; readonly name: string; readonly students: number; readonly joined: number }[];
  } | null;
}

export interface Receipt {
  readonly index: number;
  readonly hash: string;
  readonly code: string;
  /** The candidate this phone sent (kept on the phone only). */
  readonly choice: number;
}

export interface PhoneState {
  readonly code: string;
  readonly token: string;
  readonly group: number;
  readonly checker: boolean;
  /** This phone's pseudonym on the ledger (hex): its ballots in the published record carry it. */
  readonly pseudonym: string;
  readonly receipts: readonly Receipt[];
  readonly check?: { readonly status: 'passed' | 'failed' | 'not-possible'; readonly detail: string };
}

/** The server's own address, or the one named by `?server=` (a sandbox dev server beside it). */
export const serverBase = (): string => new URLSearchParams(location.search).get('server') ?? '';

export class ApiError extends Error {}

export async function call<T>(path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${serverBase()}${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new ApiError('');
  }
  const json = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ApiError(json.error ?? `HTTP ${res.status}`);
  return json as T;
}

const KEY = 'tally-lab/phone';

export function loadState(code: string): PhoneState | null {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? 'null') as PhoneState | null;
    return s && s.code === code ? s : null;
  } catch {
    return null;
  }
}

export function saveState(s: PhoneState): void {
  localStorage.setItem(KEY, JSON.stringify(s));
}

/** The part of the published record a phone reads (docs/record-format.md). */
export interface PublishedLedger {
  readonly ledger: { readonly count: number; readonly choice: readonly number[]; readonly tokens: string } | null;
}

/**
 * The phone's own look at the published ledger, beside the verifier's hash check on the server:
 * its last receipt's entry carries its pseudonym and the choice it sent, and no entry it did not
 * cast carries its pseudonym. Returns what is wrong (entry numbers, candidate numbers), or [] when
 * nothing is.
 */
export function ownBallotProblems(record: PublishedLedger, phone: PhoneState): { kind: 'missing' | 'changed' | 'extra'; index: number; found?: number }[] {
  const l = record.ledger;
  const last = phone.receipts.at(-1);
  if (!l) return last ? [{ kind: 'missing', index: last.index }] : [];
  const mine: number[] = [];
  for (let i = 0; i < l.count; i++) if (l.tokens.slice(i * 16, i * 16 + 16) === phone.pseudonym) mine.push(i);
  const out: { kind: 'missing' | 'changed' | 'extra'; index: number; found?: number }[] = [];
  if (last && !mine.includes(last.index)) out.push({ kind: 'missing', index: last.index });
  else if (last && l.choice[last.index] !== last.choice) out.push({ kind: 'changed', index: last.index, found: l.choice[last.index] });
  for (const i of mine) if (!phone.receipts.some((r) => r.index === i)) out.push({ kind: 'extra', index: i });
  return out;
}
