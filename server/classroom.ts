/**
 * The classroom: the current live election, kept as the fold of the events in the store. Every
 * change is checked by the engine, stored, then applied (so a refused request changes nothing and
 * an answered one survives a kill). Randomness (tokens, pseudonyms, the operator's key) comes from
 * node:crypto here; the engine receives it inside the events.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  attackOutlook,
  attackRule,
  checkStudent,
  LiveElection,
  LiveError,
  liveOutcome,
  parseClassSetup,
  receiptCode,
  recordToJson,
  classFileJson,
  type LiveAttack,
  type LiveEvent,
  type LiveOutcome,
} from '../src/core/index.ts';
import type { EventStore } from './store.ts';

const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => randomBytes(16).toString('base64url');
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

export class Classroom {
  #id: string | null = null;
  #election: LiveElection | null = null;
  #outcome: LiveOutcome | null = null;
  readonly #listeners = new Set<() => void>();
  #notifyQueued = false;

  constructor(
    readonly store: EventStore,
    readonly clock: () => number = () => Math.floor(Date.now() / 1000),
  ) {
    const last = store.elections().at(-1);
    if (last) this.#load(last);
  }

  get election(): LiveElection | null {
    return this.#election;
  }

  #load(id: string): void {
    const [created, ...rest] = this.store.eventsOf(id);
    if (created?.type !== 'created') throw new Error(`election ${id} does not start with its creation`);
    const e = new LiveElection(created);
    for (const ev of rest) e.apply(ev);
    this.#id = id;
    this.#election = e;
    this.#outcome = null;
  }

  /** Checks, stores, applies. */
  #commit(event: LiveEvent): void {
    const e = this.#need();
    e.check(event);
    this.store.append(this.#id!, event);
    e.apply(event);
    this.#outcome = null;
    this.#changed();
  }

  #need(): LiveElection {
    if (!this.#election) throw new LiveError('election', 'no election has been created yet', 404);
    return this.#election;
  }

  /** Tells listeners once per turn of the event loop, however many events it held. */
  #changed(): void {
    if (this.#notifyQueued) return;
    this.#notifyQueued = true;
    setImmediate(() => {
      this.#notifyQueued = false;
      for (const f of this.#listeners) f();
    });
  }

  onChange(f: () => void): () => void {
    this.#listeners.add(f);
    return () => this.#listeners.delete(f);
  }

  create(body: unknown): { joinCode: string } {
    const setup = parseClassSetup(body);
    if (this.#election && this.#election.phase === 'open') throw new LiveError('election', 'close the open election first', 409);
    const id = randomBytes(8).toString('hex');
    const joinCode = Array.from({ length: 6 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join('');
    const created: LiveEvent = { type: 'created', at: this.clock(), setup, electionKey: id, joinCode, operatorSecret: randomBytes(32).toString('hex') };
    const e = new LiveElection(created);
    this.store.append(id, created);
    this.#id = id;
    this.#election = e;
    this.#outcome = null;
    this.#changed();
    return { joinCode };
  }

  #byCode(code: unknown): LiveElection {
    const e = this.#election;
    if (typeof code !== 'string' || !e || code.trim().toUpperCase() !== e.joinCode) throw new LiveError('code', 'is not the join code of the current election', 404);
    return e;
  }

  /** The phone learns its own pseudonym (and nobody else's): with it, it can find its ballots in the published ledger. */
  join(code: unknown, group: unknown): { token: string; group: number; checker: boolean; pseudonym: string } {
    const e = this.#byCode(code);
    const token = newToken();
    const share = e.setup.receiptCheckShare;
    const event: LiveEvent = { type: 'joined', at: this.clock(), districtId: group as number, pseudonym: randomBytes(8).toString('hex'), tokenHash: tokenHash(token), checker: randomInt(1_000_000) < share * 1_000_000 };
    this.#commit(event);
    return { token, group: event.districtId, checker: event.checker, pseudonym: event.pseudonym };
  }

  cast(token: unknown, choice: unknown): { token: string; receipt: { index: number; hash: string; code: string } } {
    if (typeof token !== 'string' || token.length > 64) throw new LiveError('token', 'must be the token string the server gave you');
    const e = this.#need();
    const next = newToken();
    this.#commit({ type: 'cast', at: this.clock(), tokenHash: tokenHash(token), choice: choice as number, nextTokenHash: tokenHash(next) });
    const s = e.students[e.studentOf(tokenHash(next)).student];
    const r = s.receipts.at(-1)!;
    return { token: next, receipt: { index: r.index, hash: hex(r.hash), code: receiptCode(r.hash) } };
  }

  /** A student checks their receipts against the published record: the engine's verifier answers. */
  check(token: unknown): { status: 'passed' | 'failed' | 'not-possible'; detail: string; receipts: number } {
    if (typeof token !== 'string' || token.length > 64) throw new LiveError('token', 'must be the token string the server gave you');
    const e = this.#need();
    const h = tokenHash(token);
    const { student } = e.studentOf(h);
    if (!e.students[student].checked) this.#commit({ type: 'checked', at: this.clock(), tokenHash: h });
    const evidence = checkStudent(e, student);
    return { status: evidence.status, detail: evidence.detail, receipts: e.students[student].receipts.length };
  }

  open(): void {
    this.#commit({ type: 'opened', at: this.clock() });
  }

  close(): void {
    this.#commit({ type: 'closed', at: this.clock() });
  }

  publish(): void {
    this.#commit({ type: 'published', at: this.clock() });
  }

  paper(group: unknown, counts: unknown): void {
    this.#commit({ type: 'paper', at: this.clock(), districtId: group as number, counts: counts as number[] });
  }

  recount(group: unknown): void {
    this.#commit({ type: 'recount', at: this.clock(), districtId: group === null || group === undefined ? null : (group as number) });
  }

  attack(body: Record<string, unknown>): void {
    const attack = { kind: body.kind, districtId: body.group ?? null, size: body.size, beneficiary: body.beneficiary } as LiveAttack;
    this.#commit({ type: 'attack', at: this.clock(), attack });
  }

  /** Signs a checkpoint when one is due (called every second). */
  tick(): void {
    const e = this.#election;
    if (e && e.checkpointDue(this.clock())) this.#commit({ type: 'checkpoint', at: this.clock() });
  }

  outcome(): LiveOutcome | null {
    const e = this.#election;
    if (!e || e.phase !== 'published') return null;
    this.#outcome ??= liveOutcome(e);
    return this.#outcome;
  }

  /** What everyone may see: no choice, no pseudonym, no token. */
  publicStatus() {
    const e = this.#election;
    if (!e) return { election: null };
    return {
      election: {
        name: e.setup.name,
        phase: e.phase,
        policy: e.setup.policy,
        online: e.setup.online,
        paper: e.setup.paper,
        candidates: e.setup.candidates,
        groups: e.setup.groups.map((g, i) => ({ id: i + 1, name: g.name, students: g.students, joined: e.joinedIn(i + 1), voted: e.students.filter((s) => s.districtId === i + 1 && s.cast.length > 0).length })),
        ledgerEntries: e.entries.length,
        checkpoints: e.checkpoints.length + (e.phase === 'published' ? 1 : 0),
        ledgerHead: e.hashes.length > 0 ? hex(e.hashes.at(-1)!) : null,
        published: e.phase === 'published',
      },
    };
  }

  /** The teacher's view: the public status, the join code, the attacks made, the paper, and the outcome once published. */
  teacherStatus() {
    const e = this.#election;
    if (!e) return { election: null };
    const o = this.outcome();
    return {
      election: {
        ...this.publicStatus().election!,
        joinCode: e.joinCode,
        receiptCheckShare: e.setup.receiptCheckShare,
        checked: e.students.filter((s) => s.checked).length,
        askedToCheck: e.students.filter((s) => s.checker).length,
        paperCounts: e.paper,
        handRecounts: e.handRecounts,
        releases: e.releases.length,
        attacks: e.attacks.map((a) => ({ ...a.attack, phase: a.phase, touched: attackRule(a.attack.kind).channel === 'paper' ? null : a.entries.length, ...attackOutlook(a, e.students, e.setup.receiptCheckShare), caughtBy: attackRule(a.attack.kind).caughtBy, caughtWhen: attackRule(a.attack.kind).caughtWhen })),
      },
      result: o?.result ?? null,
    };
  }

  /** The class file: the record (for `npm run verify`), the checked receipts, and the result with its ground truth. */
  exportClass(): unknown {
    const o = this.outcome();
    if (!o) throw new LiveError('phase', 'the record exists once the results are published', 409);
    return classFileJson(o);
  }

  recordJson(): unknown {
    const o = this.outcome();
    if (!o) throw new LiveError('phase', 'the record is published after the close', 409);
    return recordToJson(o.record);
  }
}
