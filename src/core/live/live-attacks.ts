/**
 * The operator's attacks, applied live: when each kind may be made, which ballots it touches
 * (victims drawn from the stream `live/attack/<n>/<group>`, as the engine's adversary draws them),
 * and which check the engine expects to catch it. Kinds and names are the scenario's (ATTACK_KINDS).
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { aleaStreams, type Rng } from '../base/random.ts';
import { TokenMaker } from '../ledger/tokens.ts';
import type { CheckName } from '../verify/evidence.ts';
import type { LivePolicy } from './class-setup.ts';
import type { LiveAttack, LiveAttackKind, LivePhase } from './live-events.ts';
import type { LiveEntry } from './live-ledger.ts';

/** One attack as made: what it touched. */
export interface AttackRecord {
  readonly attack: LiveAttack;
  readonly at: number;
  readonly phase: LivePhase;
  /** Students whose ballot (or name) it used. */
  readonly victims: number[];
  /** Ledger entries it added or changed. */
  readonly entries: number[];
  /** Per group: ballots still to tamper with as they arrive (substitute, drop, compromised-client during voting). */
  readonly left: Map<number, number>;
}

/** A stored ballot changed after the close. */
export interface LedgerChange {
  readonly entry: number;
  readonly choice: number;
  /** The chain was rebuilt and the close checkpoint signed over it (rewrite-history). */
  readonly rebuild: boolean;
  /** The first online release that counts the change. */
  readonly fromRelease: number;
}

export interface AttackRule {
  /** When the operator can make it. */
  readonly phase: readonly LivePhase[];
  readonly channel: 'online' | 'paper';
  /** The checks that catch it, when anyone makes them (empty: none in this mode). */
  readonly caughtBy: readonly CheckName[];
  /** What has to happen for it to be caught, in plain words. */
  readonly caughtWhen: string;
}

const RULES: Record<LiveAttackKind, AttackRule> = {
  substitute: { phase: ['open', 'closed'], channel: 'online', caughtBy: ['receipts', 'chain-walk'], caughtWhen: 'a victim checks their receipt (after the close: also any checkpoint published before the change)' },
  'inject-revotes': { phase: ['open'], channel: 'online', caughtBy: ['receipts'], caughtWhen: 'a victim checks after publication and finds a second ballot in their name' },
  drop: { phase: ['open'], channel: 'online', caughtBy: ['receipts'], caughtWhen: 'a victim checks their receipt and finds the entry missing or different' },
  'cast-for-abstainers': { phase: ['open'], channel: 'online', caughtBy: ['receipts'], caughtWhen: 'a joined student who never voted checks and finds a ballot in their name' },
  'compromised-client': { phase: ['open'], channel: 'online', caughtBy: [], caughtWhen: 'never by receipts: the app computed the receipt of what it sent (only the verifiable mode’s challenges catch it)' },
  'rewrite-history': { phase: ['closed'], channel: 'online', caughtBy: ['chain-walk', 'receipts'], caughtWhen: 'a checkpoint published during voting covers a changed entry, or a victim checks their receipt' },
  'change-between-releases': { phase: ['published'], channel: 'online', caughtBy: ['release-consistency', 'chain-walk', 'receipts'], caughtWhen: 'the operator releases a recount after the change (or a victim checks their receipt)' },
  'stuff-paper': { phase: ['closed'], channel: 'paper', caughtBy: ['paper-recount'], caughtWhen: 'observers recount the group’s box by hand (ballots outnumber signatures)' },
  'rewrite-protocols': { phase: ['closed'], channel: 'paper', caughtBy: ['paper-recount'], caughtWhen: 'observers recount the group’s box by hand (the box disagrees with the protocol)' },
};

export const attackRule = (kind: LiveAttackKind): AttackRule => RULES[kind];

/** The ballot being cast now in group d is tampered with by the first pending attack that wants it, if any. */
export function castTampering(attacks: readonly AttackRecord[], districtId: number, choice: number): { kind: LiveAttackKind; beneficiary: number; record: AttackRecord } | null {
  for (const record of attacks) {
    const left = record.left.get(districtId) ?? 0;
    if (left <= 0 || record.attack.beneficiary === choice) continue;
    record.left.set(districtId, left - 1);
    return { kind: record.attack.kind, beneficiary: record.attack.beneficiary, record };
  }
  return null;
}

/** Entries the re-vote rule counts: each pseudonym's last (last-online) or first (none). */
export function countedEntries(entries: readonly LiveEntry[], policy: LivePolicy): Set<number> {
  const pick = new Map<string, number>();
  entries.forEach((e, i) => {
    const key = bytesToHex(e.token);
    if (policy === 'last-online' || !pick.has(key)) pick.set(key, i);
  });
  return new Set(pick.values());
}

interface ElectionView {
  readonly scenario: { readonly seed: string };
  readonly electionId: string;
  readonly entries: readonly LiveEntry[];
  readonly students: readonly { readonly districtId: number; readonly pseudonym: Uint8Array }[];
  readonly setup: { readonly groups: readonly { readonly students: number }[]; readonly policy: LivePolicy };
}

const victimStream = (e: ElectionView, attackIndex: number, districtId: number): Rng => aleaStreams(e.scenario.seed, `live/attack/${attackIndex}/${districtId}`);

function shuffled<T>(xs: readonly T[], rng: Rng): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Counted entries of group d not already for the beneficiary, `size` of them drawn at random. */
export function pickVictims(e: ElectionView, counted: ReadonlySet<number>, districtId: number, attack: LiveAttack, attackIndex: number): number[] {
  const pool = [...counted].filter((i) => e.entries[i].districtId === districtId && e.entries[i].choice !== attack.beneficiary).sort((a, b) => a - b);
  return shuffled(pool, victimStream(e, attackIndex, districtId)).slice(0, attack.size);
}

/**
 * Entries the operator appends now in others' names: a re-vote for the beneficiary on behalf of
 * students who voted once (inject-revotes), or a ballot for joined students who never voted, then
 * for seats nobody took (cast-for-abstainers).
 */
export function injectedEntries(e: ElectionView, attack: LiveAttack, targets: readonly number[], at: number, attackIndex: number): LiveEntry[] {
  const ballots = new Map<number, number[]>();
  e.entries.forEach((x, i) => {
    if (x.student >= 0) (ballots.get(x.student) ?? ballots.set(x.student, []).get(x.student)!).push(i);
  });
  const out: LiveEntry[] = [];
  const phantoms = new TokenMaker(aleaStreams, e.scenario.seed, 'live/phantoms');
  for (const d of targets) {
    const rng = victimStream(e, attackIndex, d);
    const members = e.students.map((s, i) => ({ s, i })).filter((x) => x.s.districtId === d);
    const entry = (student: number, token: Uint8Array): LiveEntry => ({ unixSeconds: at, districtId: d, token, choice: attack.beneficiary, student, origin: 'operator' });
    if (attack.kind === 'inject-revotes') {
      const once = members.filter((x) => ballots.get(x.i)?.length === 1 && e.entries[ballots.get(x.i)![0]].choice !== attack.beneficiary);
      for (const x of shuffled(once, rng).slice(0, attack.size)) out.push(entry(x.i, x.s.pseudonym));
    } else {
      const silent = shuffled(members.filter((x) => !ballots.has(x.i)), rng).slice(0, attack.size);
      for (const x of silent) out.push(entry(x.i, x.s.pseudonym));
      const free = e.setup.groups[d - 1].students - members.length;
      const alreadyPhantom = e.entries.filter((x) => x.student < 0 && x.districtId === d).length;
      for (let k = 0; k < Math.min(attack.size - silent.length, free - alreadyPhantom); k++) out.push(entry(-1, phantoms.token(d * 1000 + alreadyPhantom + k)));
    }
  }
  return out;
}

/** What the engine expects of one attack made: who it touched, and the chance that receipts catch it. */
export interface AttackOutlook {
  /** Students whose ballot or name it used. */
  readonly victims: number;
  /** Of them, those asked to check their receipt. */
  readonly askedToCheck: number;
  /**
   * The chance that at least one victim checks, with each student checking with the set-up's share
   * independently: 1 - (1 - share)^victims; null for attacks that receipts cannot catch.
   */
  readonly receiptChance: number | null;
}

export function attackOutlook(record: AttackRecord, students: readonly { readonly checker: boolean }[], share: number): AttackOutlook {
  const victims = [...new Set(record.victims)];
  const receipts = RULES[record.attack.kind].caughtBy.includes('receipts');
  return {
    victims: victims.length,
    askedToCheck: victims.filter((v) => students[v]?.checker).length,
    receiptChance: receipts ? 1 - (1 - share) ** victims.length : null,
  };
}
