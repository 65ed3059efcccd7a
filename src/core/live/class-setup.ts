/**
 * A class's election as the teacher sets it up (groups of the room as districts, candidates, the
 * channels, the re-vote rule, the share of students asked to check their receipt), validated with
 * an error that names the field, and mapped onto the engine's Scenario so that the record, the
 * verifier and the verdicts read it exactly as they read a simulated city.
 */
import { parseScenario } from '../scenario/validate.ts';
import type { Scenario } from '../scenario/scenario.ts';

/** Re-vote rules a class can use: paper-overrides needs paper voters by name, which a class's paper box does not keep. */
export const LIVE_POLICIES = ['last-online', 'none'] as const;
export type LivePolicy = (typeof LIVE_POLICIES)[number];

export const MAX_GROUPS = 12;
export const MAX_STUDENTS_PER_GROUP = 200;
export const MAX_CANDIDATES = 8;

export interface ClassGroup {
  readonly name: string;
  /** Students in the group: its register (and, with online voting, its online roll). */
  readonly students: number;
}

export interface ClassSetup {
  readonly name: string;
  readonly groups: readonly ClassGroup[];
  readonly candidates: readonly string[];
  readonly online: boolean;
  readonly paper: boolean;
  readonly policy: LivePolicy;
  /** Share of students asked to check their receipt after publication (0..1). */
  readonly receiptCheckShare: number;
  /** Seconds between signed checkpoints during voting (0: only the one at the close). */
  readonly checkpointEverySeconds: number;
}

/** A request the live election refuses: `field` names what is wrong, `status` is the HTTP answer it maps to. */
export class LiveError extends Error {
  constructor(
    readonly field: string,
    reason: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 = 400,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'LiveError';
  }
}

type Json = unknown;
const fail = (field: string, reason: string): never => {
  throw new LiveError(field, reason);
};
const text = (v: Json, field: string, max: number): string => {
  if (typeof v !== 'string') return fail(field, 'must be a string');
  const s = v.trim();
  if (s.length === 0) fail(field, 'must not be empty');
  if (s.length > max) fail(field, `must be at most ${max} characters, got ${s.length}`);
  return s;
};
const whole = (v: Json, field: string, min: number, max: number): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fail(field, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
const flag = (v: Json, field: string): boolean => (typeof v === 'boolean' ? v : fail(field, 'must be true or false'));

/** Reads a setup from JSON (a request body), checking every field. */
export function parseClassSetup(json: Json): ClassSetup {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('setup', 'must be an object');
  const o = json as Record<string, Json>;
  const known = new Set(['name', 'groups', 'candidates', 'online', 'paper', 'policy', 'receiptCheckShare', 'checkpointEverySeconds']);
  for (const key of Object.keys(o)) if (!known.has(key)) fail(key, `is not a field of a class election (fields: ${[...known].join(', ')})`);
  if (!Array.isArray(o.groups)) return fail('groups', 'must be a list');
  if (o.groups.length < 1 || o.groups.length > MAX_GROUPS) fail('groups', `must hold 1 to ${MAX_GROUPS} groups, got ${o.groups.length}`);
  const groups = o.groups.map((g: Json, i: number) => {
    if (typeof g !== 'object' || g === null) return fail(`groups[${i}]`, 'must be an object');
    const go = g as Record<string, Json>;
    return { name: text(go.name, `groups[${i}].name`, 40), students: whole(go.students, `groups[${i}].students`, 1, MAX_STUDENTS_PER_GROUP) };
  });
  if (!Array.isArray(o.candidates)) return fail('candidates', 'must be a list');
  if (o.candidates.length < 2 || o.candidates.length > MAX_CANDIDATES) fail('candidates', `must hold 2 to ${MAX_CANDIDATES} names, got ${o.candidates.length}`);
  const candidates = o.candidates.map((c: Json, i: number) => text(c, `candidates[${i}]`, 40));
  const seen = new Set<string>();
  candidates.forEach((c, i) => {
    if (seen.has(c.toLowerCase())) fail(`candidates[${i}]`, `must be unique, got ${JSON.stringify(c)} twice`);
    seen.add(c.toLowerCase());
  });
  const online = o.online === undefined ? true : flag(o.online, 'online');
  const paper = o.paper === undefined ? false : flag(o.paper, 'paper');
  if (!online && !paper) fail('online', 'at least one channel (online or paper) must be on');
  const policy = o.policy === undefined ? 'last-online' : (LIVE_POLICIES as readonly Json[]).includes(o.policy) ? (o.policy as LivePolicy) : fail('policy', `must be one of ${LIVE_POLICIES.map((p) => JSON.stringify(p)).join(', ')}`);
  const share = o.receiptCheckShare === undefined ? 0.5 : o.receiptCheckShare;
  if (typeof share !== 'number' || !(share >= 0 && share <= 1)) fail('receiptCheckShare', `must be a number from 0 to 1, got ${JSON.stringify(share)}`);
  return {
    name: o.name === undefined ? 'Class election' : text(o.name, 'name', 80),
    groups,
    candidates,
    online,
    paper,
    policy,
    receiptCheckShare: share as number,
    checkpointEverySeconds: o.checkpointEverySeconds === undefined ? 60 : whole(o.checkpointEverySeconds, 'checkpointEverySeconds', 0, 3600),
  };
}

/** The party id of candidate k: candidates stand in every group, as parties do in every district. */
export const candidateParty = (k: number): string => `c${k + 1}`;

/** The setup as an engine Scenario: groups are districts 1..G, candidates are parties, the ledger and pseudonyms are public. */
export function classScenario(setup: ClassSetup, electionKey: string): Scenario {
  const parties = setup.candidates.map((name, k) => ({ id: candidateParty(k), name }));
  return parseScenario({
    name: setup.name,
    seed: electionKey,
    parties,
    districts: setup.groups.map((g, i) => ({
      id: i + 1,
      name: g.name,
      registered: g.students,
      candidates: Object.fromEntries(parties.map((p) => [p.id, p.name])),
    })),
    // Nobody in a class is pressured by an employer; registers are the groups' sizes.
    mobilisation: { party: '', shareByAge: [0, 0, 0] },
    online: { enabled: setup.online },
    revoting: { policy: setup.policy },
    verifiability: {
      ledger: 'public',
      revoteResolution: 'public',
      receiptCheckShare: setup.receiptCheckShare,
      receiptCheckTime: 'after-publication',
      checkpointAtClose: true,
    },
  });
}
