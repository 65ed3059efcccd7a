/**
 * The live election engine without a server: the fold of its events is deterministic (a replay
 * gives the same record, byte for byte), a refused event changes nothing, the class's rule decides
 * which ballot counts, and a checkpoint published during voting is what exposes a rewritten history.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attackOutlook, LiveElection, LiveError, liveOutcome, receiptCode, recordToJson, type LiveEvent } from '../src/core/index.ts';

const hash = (s: string) => createHash('sha256').update(s).digest('hex');
const T0 = 1_800_000_000;

/** A class of two rows, six phones; `extra` events go in after the first four ballots. */
function events(policy: 'last-online' | 'none', extra: (t: number) => LiveEvent[] = () => [], afterClose: (t: number) => LiveEvent[] = () => []): LiveEvent[] {
  let t = T0;
  const out: LiveEvent[] = [
    { type: 'created', at: t, setup: { name: 'Class', groups: [{ name: 'Row 1', students: 4 }, { name: 'Row 2', students: 4 }], candidates: ['Ada', 'Brook', 'Cyrus'], online: true, paper: false, policy, receiptCheckShare: 1, checkpointEverySeconds: 30 }, electionKey: 'k', joinCode: 'ABCDEF', operatorSecret: '11'.repeat(32) },
    { type: 'opened', at: t },
  ];
  const token = Array.from({ length: 6 }, (_, i) => hash(`t${i}/0`));
  for (let i = 0; i < 6; i++) out.push({ type: 'joined', at: t, districtId: 1 + (i % 2), pseudonym: (i + 1).toString(16).padStart(16, '0'), tokenHash: token[i], checker: true });
  const cast = (i: number, choice: number, round: number) => {
    const next = hash(`t${i}/${round}`);
    out.push({ type: 'cast', at: (t += 5), tokenHash: token[i], choice, nextTokenHash: next });
    token[i] = next;
  };
  for (let i = 0; i < 4; i++) cast(i, 1 + (i % 2), 1);
  out.push({ type: 'checkpoint', at: (t += 30) }, ...extra((t += 1)));
  for (let i = 4; i < 6; i++) cast(i, 2, 1);
  out.push({ type: 'closed', at: (t += 5) }, ...afterClose((t += 1)), { type: 'published', at: (t += 5) });
  for (let i = 0; i < 6; i++) out.push({ type: 'checked', at: (t += 1), tokenHash: token[i] });
  return out;
}

function fold(list: readonly LiveEvent[]): LiveElection {
  const [created, ...rest] = list;
  const e = new LiveElection(created as Extract<LiveEvent, { type: 'created' }>);
  for (const ev of rest) e.apply(ev);
  return e;
}

const failed = (e: LiveElection) => liveOutcome(e).evidence.filter((x) => x.status === 'failed' && x.independent).map((x) => x.check);

describe('the live election', () => {
  it('replays its events to the same record, byte for byte', () => {
    const list = events('last-online');
    const a = JSON.stringify(recordToJson(liveOutcome(fold(list)).record));
    const b = JSON.stringify(recordToJson(liveOutcome(fold(JSON.parse(JSON.stringify(list)) as LiveEvent[])).record));
    expect(a).toBe(b);
    expect(liveOutcome(fold(list)).result.verdict.status).toBe('unverifiable');
    expect(failed(fold(list))).toEqual([]);
  });

  it('refuses an event without changing anything, naming the field', () => {
    const e = fold(events('none'));
    const before = JSON.stringify(recordToJson(liveOutcome(e).record));
    expect(() => e.apply({ type: 'cast', at: T0 + 999, tokenHash: hash('t0/1'), choice: 0, nextTokenHash: hash('x') })).toThrow(new LiveError('phase', 'not possible while the election is published (needs open)', 409));
    expect(() => e.apply({ type: 'recount', at: T0 + 999, districtId: 7 })).toThrow(/^districtId: must be a group number from 1 to 2$/);
    expect(JSON.stringify(recordToJson(liveOutcome(e).record))).toBe(before);
  });

  it('counts the last ballot under last-online and refuses a second one under none', () => {
    const revote = (t: number): LiveEvent[] => [{ type: 'cast', at: t, tokenHash: hash('t0/1'), choice: 0, nextTokenHash: hash('t0/2') }];
    const last = fold(events('last-online', revote));
    expect(liveOutcome(last).result.districts[0].online).toEqual([1, 1, 1]);
    expect(() => fold(events('none', revote))).toThrow(/^token: this election allows no re-vote/);
  });

  it('shows a rewritten history through the checkpoint published during voting, and through receipts', () => {
    const rewrite = (t: number): LiveEvent[] => [{ type: 'attack', at: t, attack: { kind: 'rewrite-history', districtId: 1, size: 1, beneficiary: 0 } }];
    const e = fold(events('last-online', () => [], rewrite));
    expect(e.checkpoints).toHaveLength(1);
    expect(failed(e).sort()).toEqual(['chain-walk', 'receipts', 'receipts']);
    expect(liveOutcome(e).result.verdict.status).toBe('tampering-detected');
  });

  it('gives the chance that receipts catch an attack: at least one victim checks', () => {
    const inject = (t: number): LiveEvent[] => [{ type: 'attack', at: t, attack: { kind: 'inject-revotes', districtId: null, size: 1, beneficiary: 0 } }];
    const e = fold(events('last-online', inject));
    const record = e.attacks[0];
    expect(record.victims).toHaveLength(2);
    expect(attackOutlook(record, e.students, 0.5)).toEqual({ victims: 2, askedToCheck: 2, receiptChance: 0.75 });
    expect(attackOutlook({ ...record, attack: { ...record.attack, kind: 'compromised-client' } }, e.students, 0.5).receiptChance).toBeNull();
    expect(failed(e)).toEqual(['receipts', 'receipts']);
  });

  it('gives receipts a short code of eight Crockford base-32 characters', () => {
    expect(receiptCode(new Uint8Array(32))).toBe('0000-0000');
    expect(receiptCode(Uint8Array.from({ length: 32 }, () => 255))).toBe('ZZZZ-ZZZZ');
  });
});
