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
