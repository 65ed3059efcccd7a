/**
 * What happens in a live class election, as a list of events: the server stores each one before it
 * answers, and the election is the fold of its events (live-election.ts), so a restarted server
 * rebuilds exactly the ballots, receipts and checkpoints it had. Events carry every random value
 * (pseudonyms, token hashes, the operator's key) and every time, so the fold needs neither.
 */
import type { ClassSetup } from './class-setup.ts';

/** The operator's attacks a class can watch, by the engine's names (scenario ATTACK_KINDS). */
export const LIVE_ATTACKS = [
  'substitute',
  'inject-revotes',
  'drop',
  'cast-for-abstainers',
  'compromised-client',
  'rewrite-history',
  'change-between-releases',
  'stuff-paper',
  'rewrite-protocols',
] as const;
export type LiveAttackKind = (typeof LIVE_ATTACKS)[number];

export interface LiveAttack {
  readonly kind: LiveAttackKind;
  /** The group targeted, or null for every group. */
  readonly districtId: number | null;
  /** Ballots (or paper votes) per targeted group. */
  readonly size: number;
  /** Candidate index the attack helps. */
  readonly beneficiary: number;
}

export type LiveEvent =
  | { readonly type: 'created'; readonly at: number; readonly setup: ClassSetup; readonly electionKey: string; readonly joinCode: string; readonly operatorSecret: string }
  | { readonly type: 'opened'; readonly at: number }
  /** A phone joined a group: its pseudonym on the ledger, the hash of its first ballot token, whether it is asked to check its receipt. */
  | { readonly type: 'joined'; readonly at: number; readonly districtId: number; readonly pseudonym: string; readonly tokenHash: string; readonly checker: boolean }
  /** A ballot cast with the token of hash `tokenHash` (then used up); `nextTokenHash` is the token handed back for a re-vote or the check. */
  | { readonly type: 'cast'; readonly at: number; readonly tokenHash: string; readonly choice: number; readonly nextTokenHash: string }
  | { readonly type: 'attack'; readonly at: number; readonly attack: LiveAttack }
  | { readonly type: 'checkpoint'; readonly at: number }
  | { readonly type: 'closed'; readonly at: number }
  /** The paper ballots found in a group's box, per candidate (the teacher counts them in front of the class). */
  | { readonly type: 'paper'; readonly at: number; readonly districtId: number; readonly counts: readonly number[] }
  | { readonly type: 'published'; readonly at: number }
  /** An operator recount (a new online release) when districtId is null, else observers' hand recount of that group's box. */
  | { readonly type: 'recount'; readonly at: number; readonly districtId: number | null }
  /** A student checked their receipts against the published record. */
  | { readonly type: 'checked'; readonly at: number; readonly tokenHash: string };

export type LivePhase = 'setup' | 'open' | 'closed' | 'published';
