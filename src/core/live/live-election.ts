/**
 * A live class election: the fold of its events (live-events.ts). `check(event)` says why an event
 * would be refused (a LiveError naming the field) without changing anything; `apply(event)` folds
 * it in. The server checks, stores, then applies, and a restart applies the stored events again,
 * so the state here is a cache of the database, never the only copy. The operator's attacks are
 * applied here as the engine's adversary would (live-attacks.ts); the record, the evidence and the
 * verdicts come from live-record.ts.
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import { operatorKeys, signCheckpoint } from '../../crypto/checkpoint.ts';
import type { RecordCheckpoint } from '../publication/record.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { classScenario, LiveError, type ClassSetup } from './class-setup.ts';
import { LIVE_ATTACKS, type LiveAttack, type LiveEvent, type LivePhase } from './live-events.ts';
import { entryHash, headOf, type LiveEntry } from './live-ledger.ts';
import { attackRule, castTampering, countedEntries, injectedEntries, pickVictims, type AttackRecord, type LedgerChange } from './live-attacks.ts';

export interface LiveStudent {
  readonly districtId: number;
  readonly pseudonym: Uint8Array;
  /** Asked to check their receipt after publication (drawn at join with the setup's share). */
  readonly checker: boolean;
  /** Has checked their receipts against the published record. */
  checked: boolean;
  /** The choices the phone sent, in order: the truth. */
  readonly cast: number[];
  /** The receipts the phone was given: the ledger index and the hash its client computed. */
  readonly receipts: { readonly index: number; readonly hash: Uint8Array }[];
}

const isHash = (s: unknown): s is string => typeof s === 'string' && /^[0-9a-f]{64}$/.test(s);

export class LiveElection {
  readonly setup: ClassSetup;
  readonly scenario: Scenario;
  /** Signed into every checkpoint: `<class name>/<election key>`. */
  readonly electionId: string;
  readonly joinCode: string;
  readonly keys: { readonly secretKey: Uint8Array; readonly publicKey: Uint8Array };
  readonly createdAt: number;
  phase: LivePhase = 'setup';
  opensAt: number | null = null;
  /** The close: entries are dated before it, and the close checkpoint at it. */
  closesAt: number | null = null;
  readonly students: LiveStudent[] = [];
  /** The ledger as the operator stored it during voting, and its chain. */
  readonly entries: LiveEntry[] = [];
  readonly hashes: Uint8Array[] = [];
  /** Signed heads published during voting (the close checkpoint is made with the record). */
  readonly checkpoints: RecordCheckpoint[] = [];
  /** Entries changed after the close. */
  readonly changes: LedgerChange[] = [];
  readonly attacks: AttackRecord[] = [];
  /** Per group (district order): the paper ballots found in the box, or null before they are counted. */
  readonly paper: (readonly number[] | null)[];
  /** Times of the operator's online releases: the publication, then each recount. */
  readonly releases: number[] = [];
  /** Groups whose box observers recounted by hand. */
  readonly handRecounts: number[] = [];
  /** The time of the last event: times never run backwards. */
  lastAt: number;
  readonly #tokens = new Map<string, { student: number; used: boolean }>();
  readonly #pseudonyms = new Set<string>();

  constructor(created: Extract<LiveEvent, { type: 'created' }>) {
    const secret = hexToBytes(created.operatorSecret);
    if (secret.length !== 32) throw new LiveError('operatorSecret', 'must be 32 bytes of hex');
    this.setup = created.setup;
    this.scenario = classScenario(created.setup, created.electionKey);
    this.electionId = `${created.setup.name}/${created.electionKey}`;
    this.joinCode = created.joinCode;
    this.keys = operatorKeys(secret);
    this.createdAt = created.at;
    this.lastAt = created.at;
    this.paper = created.setup.groups.map(() => null);
  }

  get candidates(): number {
    return this.setup.candidates.length;
  }

  get districtIds(): number[] {
    return this.setup.groups.map((_, i) => i + 1);
  }

  /** The student a token (by hash) belongs to, or a LiveError. */
  studentOf(tokenHash: string): { student: number; used: boolean } {
    const t = this.#tokens.get(tokenHash);
    if (!t) throw new LiveError('token', 'is not a token of this election', 401);
    return t;
  }

  joinedIn(districtId: number): number {
    return this.students.filter((s) => s.districtId === districtId).length;
  }

  /** Why the event would be refused, as a LiveError; nothing when it may be applied. */
  check(event: LiveEvent): void {
    const need = (phase: LivePhase | readonly LivePhase[], field = 'phase') => {
      const ok = typeof phase === 'string' ? phase === this.phase : phase.includes(this.phase);
      if (!ok) throw new LiveError(field, `not possible while the election is ${this.phase} (needs ${[phase].flat().join(' or ')})`, 409);
    };
    const group = (id: unknown, field = 'group') => {
      if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > this.setup.groups.length) throw new LiveError(field, `must be a group number from 1 to ${this.setup.groups.length}`);
      return id;
    };
    switch (event.type) {
      case 'created':
        throw new LiveError('type', 'an election is created once', 409);
      case 'opened':
        return need('setup');
      case 'joined': {
        need(['setup', 'open']);
        const d = group(event.districtId);
        if (!this.setup.online) throw new LiveError('group', 'this election has no online channel: vote on paper', 409);
        if (this.joinedIn(d) >= this.setup.groups[d - 1].students) throw new LiveError('group', `${this.setup.groups[d - 1].name} is full (${this.setup.groups[d - 1].students} students)`, 409);
        if (!isHash(event.tokenHash) || this.#tokens.has(event.tokenHash)) throw new LiveError('tokenHash', 'must be a new 32-byte hash');
        if (!/^[0-9a-f]{16}$/.test(event.pseudonym) || this.#pseudonyms.has(event.pseudonym)) throw new LiveError('pseudonym', 'must be a new 8-byte hex pseudonym');
        return;
      }
      case 'cast': {
        need('open');
        const t = this.studentOf(event.tokenHash);
        if (t.used) throw new LiveError('token', 'was already used: one ballot per token', 409);
        if (!Number.isInteger(event.choice) || event.choice < 0 || event.choice >= this.candidates) throw new LiveError('choice', `must be a candidate number from 0 to ${this.candidates - 1}`);
        if (this.setup.policy === 'none' && this.students[t.student].cast.length > 0) throw new LiveError('token', 'this election allows no re-vote (rule "none"): your first ballot counts', 409);
        if (!isHash(event.nextTokenHash) || this.#tokens.has(event.nextTokenHash)) throw new LiveError('nextTokenHash', 'must be a new 32-byte hash');
        return;
      }
      case 'attack': {
        if (!(LIVE_ATTACKS as readonly unknown[]).includes(event.attack.kind)) throw new LiveError('kind', `must be one of ${LIVE_ATTACKS.join(', ')}`);
        const rule = attackRule(event.attack.kind);
        need(rule.phase, 'kind');
        const a = event.attack;
        if (a.districtId !== null) group(a.districtId, 'districtId');
        if (!Number.isInteger(a.size) || a.size < 1 || a.size > 1000) throw new LiveError('size', 'must be a whole number from 1 to 1000');
        if (!Number.isInteger(a.beneficiary) || a.beneficiary < 0 || a.beneficiary >= this.candidates) throw new LiveError('beneficiary', `must be a candidate number from 0 to ${this.candidates - 1}`);
        if (rule.channel === 'paper' && !this.setup.paper) throw new LiveError('kind', 'this election has no paper channel', 409);
        if (rule.channel === 'online' && !this.setup.online) throw new LiveError('kind', 'this election has no online channel', 409);
        return;
      }
      case 'checkpoint':
        return need('open');
      case 'closed':
        return need('open');
      case 'paper': {
        need('closed');
        const d = group(event.districtId, 'districtId');
        if (!this.setup.paper) throw new LiveError('districtId', 'this election has no paper channel', 409);
        if (!Array.isArray(event.counts) || event.counts.length !== this.candidates || event.counts.some((x) => !Number.isInteger(x) || x < 0)) {
          throw new LiveError('counts', `must hold ${this.candidates} whole numbers, one per candidate`);
        }
        const total = event.counts.reduce((a, b) => a + b, 0);
        if (total > this.setup.groups[d - 1].students) throw new LiveError('counts', `add up to ${total}, more than the ${this.setup.groups[d - 1].students} students of ${this.setup.groups[d - 1].name}`);
        return;
      }
      case 'published':
        need('closed');
        if (this.setup.paper && this.paper.some((p) => p === null)) throw new LiveError('paper', `enter the paper count of every group first (missing: ${this.setup.groups.filter((_, i) => this.paper[i] === null).map((g) => g.name).join(', ')})`, 409);
        return;
      case 'recount':
        need('published');
        if (event.districtId !== null) {
          group(event.districtId, 'districtId');
          if (!this.setup.paper) throw new LiveError('districtId', 'this election has no paper to recount', 409);
        }
        return;
      case 'checked':
        need('published');
        this.studentOf(event.tokenHash);
        return;
    }
  }

  /** Folds an event in (after check). */
  apply(event: LiveEvent): void {
    this.check(event);
    const at = Math.max(event.at, this.lastAt);
    this.lastAt = at;
    switch (event.type) {
      case 'opened':
        this.phase = 'open';
        this.opensAt = at;
        return;
      case 'joined':
        this.#pseudonyms.add(event.pseudonym);
        this.students.push({ districtId: event.districtId, pseudonym: hexToBytes(event.pseudonym), checker: event.checker, checked: false, cast: [], receipts: [] });
        this.#tokens.set(event.tokenHash, { student: this.students.length - 1, used: false });
        return;
      case 'cast':
        return this.#cast(event.tokenHash, event.choice, event.nextTokenHash, at);
      case 'attack':
        return this.#attack(event.attack, at);
      case 'checkpoint':
        return this.#checkpoint(at);
      case 'closed':
        this.phase = 'closed';
        // Entries are dated before the close; the close checkpoint is one second after the last possible entry.
        this.closesAt = at + 1;
        return;
      case 'paper':
        this.paper[event.districtId - 1] = [...event.counts];
        return;
      case 'published':
        this.phase = 'published';
        this.releases.push(at);
        return;
      case 'recount':
        if (event.districtId === null) this.releases.push(at);
        else if (!this.handRecounts.includes(event.districtId)) this.handRecounts.push(event.districtId);
        return;
      case 'checked':
        this.students[this.studentOf(event.tokenHash).student].checked = true;
        return;
      case 'created':
        return;
    }
  }

  /** A checkpoint is due when the last one (or the opening) is at least checkpointEverySeconds old. */
  checkpointDue(now: number): boolean {
    const every = this.setup.checkpointEverySeconds;
    if (this.phase !== 'open' || every === 0 || this.opensAt === null) return false;
    const last = this.checkpoints.at(-1)?.unixSeconds ?? this.opensAt;
    return now - last >= every && this.entries.length > (this.checkpoints.at(-1)?.count ?? 0);
  }

  /** Signs a checkpoint: the head of the entries dated before `t`. */
  signedCheckpoint(count: number, head: Uint8Array, unixSeconds: number): RecordCheckpoint {
    const body = { count, head, unixSeconds };
    return { ...body, signature: signCheckpoint({ electionId: this.electionId, ...body }, this.keys.secretKey) };
  }

  #append(entry: LiveEntry): number {
    const index = this.entries.length;
    this.entries.push(entry);
    this.hashes.push(entryHash(headOf(this.hashes, index), index, entry));
    return index;
  }

  #cast(tokenHash: string, choice: number, nextTokenHash: string, at: number): void {
    const t = this.#tokens.get(tokenHash)!;
    t.used = true;
    this.#tokens.set(nextTokenHash, { student: t.student, used: false });
    const s = this.students[t.student];
    s.cast.push(choice);
    const index = this.entries.length;
    const base = { unixSeconds: at, districtId: s.districtId, token: s.pseudonym, student: t.student, origin: 'phone' as const };
    // The receipt is what the phone's client computes: its own choice chained onto the head it was shown.
    const tampering = castTampering(this.attacks, s.districtId, choice);
    const honest = entryHash(headOf(this.hashes, index), index, { ...base, choice: tampering?.kind === 'compromised-client' ? tampering.beneficiary : choice });
    s.receipts.push({ index, hash: honest });
    if (tampering) tampering.record.victims.push(t.student);
    if (tampering?.kind === 'drop') return;
    const stored = tampering ? tampering.beneficiary : choice;
    const at2 = this.#append({ ...base, choice: stored });
    if (tampering) tampering.record.entries.push(at2);
  }

  #checkpoint(at: number): void {
    let count = this.entries.length;
    while (count > 0 && this.entries[count - 1].unixSeconds >= at) count--;
    this.checkpoints.push(this.signedCheckpoint(count, headOf(this.hashes, count), at));
  }

  #attack(attack: LiveAttack, at: number): void {
    const record: AttackRecord = { attack, at, phase: this.phase, victims: [], entries: [], left: new Map() };
    this.attacks.push(record);
    const targets = attack.districtId === null ? this.districtIds : [attack.districtId];
    const kind = attack.kind;
    if (kind === 'substitute' && this.phase === 'open') for (const d of targets) record.left.set(d, attack.size);
    else if (kind === 'drop' || kind === 'compromised-client') for (const d of targets) record.left.set(d, attack.size);
    else if (kind === 'inject-revotes' || kind === 'cast-for-abstainers') {
      for (const e of injectedEntries(this, attack, targets, at, this.attacks.length - 1)) {
        if (e.student >= 0) record.victims.push(e.student);
        record.entries.push(this.#append(e));
      }
    } else if (kind === 'stuff-paper' || kind === 'rewrite-protocols') {
      // Applied to the paper counts when the record is made (live-record.ts), whenever they are entered.
    } else {
      // Changes to stored ballots after the close: substitute (chain left as it was), rewrite-history (chain rebuilt), change-between-releases (from the next release on).
      const counted = countedEntries(this.ledgerAt(Infinity), this.setup.policy);
      const fromRelease = kind === 'change-between-releases' ? this.releases.length : 0;
      for (const d of targets) {
        for (const i of pickVictims(this, counted, d, attack, this.attacks.length - 1)) {
          this.changes.push({ entry: i, choice: attack.beneficiary, rebuild: kind === 'rewrite-history', fromRelease });
          record.entries.push(i);
          if (this.entries[i].student >= 0) record.victims.push(this.entries[i].student);
        }
      }
    }
  }

  /** The stored ledger with the changes made up to release r applied (Infinity: every change). */
  ledgerAt(release: number): LiveEntry[] {
    const out = this.entries.slice();
    for (const c of this.changes) if (c.fromRelease <= release) out[c.entry] = { ...out[c.entry], choice: c.choice };
    return out;
  }
}
