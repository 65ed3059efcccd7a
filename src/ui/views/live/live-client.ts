/**
 * The Live tab's calls to the classroom server: the server's address (this page's own, or the one
 * after `#live=` when the sandbox is served elsewhere), the teacher secret kept for the browser
 * session, and requests that turn any failure into one plain sentence.
 */
import type { SimulationResult } from '../../../core/index.ts';

const SECRET_KEY = 'tally-lab/teacher-secret';

/** `#live=http://127.0.0.1:8080` names another server; else this page's origin. */
export function classroomBase(): string {
  const m = /^#live=(https?:\/\/[^/\s]+)$/.exec(location.hash);
  return m ? m[1] : location.origin;
}

export const loadSecret = (): string => sessionStorage.getItem(SECRET_KEY) ?? '';
export const saveSecret = (s: string): void => sessionStorage.setItem(SECRET_KEY, s);

export interface TeacherState {
  readonly election: {
    readonly name: string;
    readonly phase: 'setup' | 'open' | 'closed' | 'published';
    readonly policy: string;
    readonly online: boolean;
    readonly paper: boolean;
    readonly candidates: readonly string[];
    readonly groups: readonly { readonly id: number; readonly name: string; readonly students: number; readonly joined: number; readonly voted: number }[];
    readonly ledgerEntries: number;
    readonly checkpoints: number;
    readonly ledgerHead: string | null;
    readonly joinCode: string;
    readonly receiptCheckShare: number;
    readonly checked: number;
    readonly askedToCheck: number;
    readonly paperCounts: readonly (readonly number[] | null)[];
    readonly handRecounts: readonly number[];
    readonly releases: number;
    readonly attacks: readonly { readonly kind: string; readonly districtId: number | null; readonly size: number; readonly beneficiary: number; readonly phase: string; readonly touched: number | null; readonly victims: number; readonly askedToCheck: number; readonly receiptChance: number | null; readonly caughtWhen: string }[];
  } | null;
  readonly result: SimulationResult | null;
}

/** A request the server refused or could not answer: `message` is for the teacher. */
export class ClassroomError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function classroomCall<T>(path: string, body?: unknown, secret = loadSecret()): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${classroomBase()}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${secret}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ClassroomError('', 0);
  }
  const json = (await res.json().catch(() => null)) as { error?: string } | null;
  if (!res.ok) throw new ClassroomError(json?.error ?? `HTTP ${res.status}`, res.status);
  if (json === null) throw new ClassroomError('the server did not answer with JSON: is this a classroom server?', res.status);
  return json as T;
}

/** Is a classroom server answering at the base address? Its phone address when it is, else null. */
export async function findServer(): Promise<string | null> {
  try {
    const res = await fetch(`${classroomBase()}/api/health`);
    const json = (await res.json()) as { server?: string; phoneUrl?: string };
    return json.server === 'tally-lab classroom' ? (json.phoneUrl ?? '') : null;
  } catch {
    return null;
  }
}
