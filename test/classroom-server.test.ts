/**
 * The classroom server end to end over HTTP and Server-Sent Events, as a child process on a free
 * loopback port with a temporary SQLite file: 40 simulated phones join, vote and re-vote while the
 * server is killed (SIGKILL) and restarted mid-vote, and every ballot, receipt and checkpoint
 * survives; each live attack is caught by the check the engine names for it, and only by
 * receipts or recounts that were made; bad requests are refused with a 4xx naming the field,
 * change nothing, and are logged. The published record passes (or, attacked, fails) `npm run verify`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attackRule, LIVE_ATTACKS, recordFromJson, verifyRecord, type LiveAttackKind, type SimulationResult } from '../src/core/index.ts';
import { Phone, request, startServer, teacher, watchStatus, type RunningServer } from './classroom-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'tally-classroom-'));
const running: RunningServer[] = [];
afterAll(async () => {
  for (const s of running) await s.stop('SIGKILL');
});

async function start(db: string, extra: string[] = []): Promise<RunningServer> {
  const s = await startServer(join(dir, db), extra);
  running.push(s);
  return s;
}

interface Status {
  election: { ledgerEntries: number; checkpoints: number; phase: string; groups: { joined: number; voted: number }[] } | null;
}

const status = async (base: string) => (await request<Status>(base, '/api/status')).body.election!;

function verifyCli(record: unknown): { code: number | null; out: string } {
  const file = join(dir, `record-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(record));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'simulations/verify.ts', file], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

const failedChecks = (r: SimulationResult) => [...new Set(r.evidence.filter((e) => e.status === 'failed' && e.independent).map((e) => e.check))].sort();

describe('a class of 40 phones through a kill and a restart', () => {
  it('keeps every ballot, receipt and checkpoint, and publishes a record that verifies', async () => {
    let server = await start('class.db', ['--join-limit', '1000', '--cast-limit', '5000']);
    const setup = { name: 'Class 9C', groups: [1, 2, 3, 4].map((i) => ({ name: `Row ${i}`, students: 10 })), candidates: ['Ada', 'Brook', 'Cyrus'], paper: true, receiptCheckShare: 1, checkpointEverySeconds: 1 };
    const { joinCode } = await teacher<{ joinCode: string }>(server.base, server.secret, '/api/teacher/elections', { setup });
    await teacher(server.base, server.secret, '/api/teacher/open', {});
    const phones = Array.from({ length: 40 }, () => new Phone(server.base));
    // The ledger grows where everyone can watch it.
    const watching = watchStatus<Status>(server.base, (s) => (s.election?.ledgerEntries ?? 0) >= 20);
    await Promise.all(phones.map((p, i) => p.join(joinCode, 1 + (i % 4))));
    await Promise.all(phones.slice(0, 20).map((p, i) => p.cast(i % 3)));
    const { seen } = await watching;
    expect(seen.at(-1)!.election!.ledgerEntries).toBe(20);
    expect(seen.length).toBeGreaterThan(1);
    // A checkpoint is signed within a couple of seconds of the ballots.
    await expect.poll(async () => (await status(server.base)).checkpoints, { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await status(server.base);

    // Killed without warning mid-vote, restarted on the same file.
    await server.stop('SIGKILL');
    server = await start('class.db', ['--join-limit', '2', '--cast-limit', '5000']);
    phones.forEach((p) => ((p as { base: string }).base = server.base));
    const after = await status(server.base);
    expect(after.ledgerEntries).toBe(20);
    expect(after.checkpoints).toBe(before.checkpoints);
    expect(after.groups.map((g) => g.joined)).toEqual([10, 10, 10, 10]);

    // The rest vote; a third of everyone changes their mind.
    await Promise.all(phones.slice(20).map((p, i) => p.cast((i + 1) % 3)));
    await Promise.all(phones.filter((_, i) => i % 3 === 0).map((p) => p.cast(2)));
    const entries = 40 + phones.filter((_, i) => i % 3 === 0).length;
    expect((await status(server.base)).ledgerEntries).toBe(entries);

    await teacher(server.base, server.secret, '/api/teacher/close', {});
    for (const g of [1, 2, 3, 4]) await teacher(server.base, server.secret, '/api/teacher/paper', { group: g, counts: [0, 0, 0] });
    await teacher(server.base, server.secret, '/api/teacher/publish', {});
    for (const g of [1, 2, 3, 4]) await teacher(server.base, server.secret, '/api/teacher/recount', { group: g });

    // Every phone finds every one of its receipts in the published ledger.
    const answers = await Promise.all(phones.map((p) => p.check()));
    expect(answers.map((a) => a.status)).toEqual(phones.map(() => 'passed'));
    const record = (await request<{ ledger: { count: number }; checkpoints: unknown[] }>(server.base, '/api/record')).body;
    expect(record.ledger.count).toBe(entries);
    const state = await teacher<{ result: SimulationResult }>(server.base, server.secret, '/api/teacher/state');
    expect(failedChecks(state.result)).toEqual([]);
    expect(state.result.verdict.status).toBe('verified');
    expect(state.result.totals.onlineCounted).toBe(40);
    expect(verifyCli(record).code).toBe(0);

    // The restarted server limits joins: two a minute from this address, then 429.
    const joins = await Promise.all([1, 2, 3].map(() => request(server.base, '/api/join', { code: joinCode, group: 1 })));
    expect(joins.map((j) => j.status)).toEqual([409, 409, 429]);
    expect(server.output()).toMatch(/rejected POST \/api\/join 429: join: more than 2 a minute/);
  });
});

describe('bad requests', () => {
  it('are refused with a 4xx that names the field, change nothing, and are logged', async () => {
    const server = await start('bad.db', ['--join-limit', '1000', '--cast-limit', '5000']);
    const setup = { name: 'Bad', groups: [{ name: 'Row 1', students: 3 }], candidates: ['Ada', 'Brook'] };
    expect(await request(server.base, '/api/teacher/elections', { setup })).toEqual({ status: 401, body: { error: expect.stringMatching(/^teacher secret: missing/) } });
    expect((await request(server.base, '/api/teacher/elections', { setup }, 'not-the-secret')).status).toBe(403);
    expect((await request(server.base, '/api/status')).body).toEqual({ election: null });
    const bad = await request(server.base, '/api/teacher/elections', { setup: { ...setup, candidates: ['Ada'] } }, server.secret);
    expect(bad).toEqual({ status: 400, body: { error: 'candidates: must hold 2 to 8 names, got 1' } });

    const { joinCode } = await teacher<{ joinCode: string }>(server.base, server.secret, '/api/teacher/elections', { setup });
    await teacher(server.base, server.secret, '/api/teacher/open', {});
    const phone = new Phone(server.base);
    await phone.join(joinCode, 1);
    const used = phone.token;
    await phone.cast(0);
    const snapshot = JSON.stringify(await status(server.base));

    const big = JSON.stringify({ token: phone.token, choice: 1, pad: 'x'.repeat(20_000) });
    const refused = [
      [await request(server.base, '/api/cast', { token: used, choice: 1 }), 409, /^token: was already used/],
      [await request(server.base, '/api/cast', { token: 'A'.repeat(22), choice: 1 }), 401, /^token: is not a token/],
      [await request(server.base, '/api/cast', { token: phone.token, choice: 7 }), 400, /^choice: must be a candidate number/],
      [await request(server.base, '/api/cast', big), 413, /^body: larger than 16384 bytes/],
      [await request(server.base, '/api/cast', '{"token": '), 400, /^body: is not valid JSON/],
      [await request(server.base, '/api/cast', '[1, 2]'), 400, /^body: must be a JSON object/],
      [await request(server.base, '/api/join', { code: 'WRONG1', group: 1 }), 404, /^code: is not the join code/],
      [await request(server.base, '/api/join', { code: joinCode, group: 9 }), 400, /^group: must be a group number/],
      [await request(server.base, '/api/teacher/close', {}), 401, /^teacher secret: missing/],
      [await request(server.base, '/api/teacher/attack', { kind: 'nonsense', size: 1, beneficiary: 0 }, server.secret), 400, /^kind: must be one of/],
    ] as const;
    for (const [answer, code, message] of refused) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(code);
      expect(String((answer.body as { error?: string }).error)).toMatch(message);
    }
    expect(JSON.stringify(await status(server.base))).toBe(snapshot);
    const logged = server.output().split('\n').filter((l) => / rejected /.test(l));
    expect(logged.length).toBeGreaterThanOrEqual(refused.length + 3);
    expect(logged.some((l) => /rejected POST \/api\/cast 409: token: was already used/.test(l))).toBe(true);
    expect(logged.some((l) => /rejected POST \/api\/teacher\/close 401/.test(l))).toBe(true);
    // A student never sees another's choice: the public status holds counts only.
    expect(snapshot).not.toMatch(/choice|pseudonym|token/);
  });

  it('the command line refuses bad arguments in one line, without a stack trace', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', 'eighty'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('classroom: --port must be a whole number from 0 to 65535, got "eighty"');
  });
});

describe('each live attack', () => {
  /** One small class per attack: two rows of ten seats, five phones each, one of them never voting; everyone checks. */
  async function attacked(server: RunningServer, kind: LiveAttackKind) {
    const call = (path: string, body: unknown = {}) => teacher(server.base, server.secret, path, body);
    const setup = { name: `Attack ${kind}`, groups: [{ name: 'Row 1', students: 10 }, { name: 'Row 2', students: 10 }], candidates: ['Ada', 'Brook', 'Cyrus'], paper: true, receiptCheckShare: 1, checkpointEverySeconds: 0 };
    const { joinCode } = await call('/api/teacher/elections', { setup }) as { joinCode: string };
    await call('/api/teacher/open');
    const phones = Array.from({ length: 10 }, () => new Phone(server.base));
    await Promise.all(phones.map((p, i) => p.join(joinCode, 1 + (i % 2))));
    const voters = phones.slice(0, 8);
    const attack = { kind, group: 1, size: 2, beneficiary: 0 };
    const rule = attackRule(kind);
    await Promise.all(voters.slice(0, 4).map((p, i) => p.cast(1 + (i % 2))));
    if (rule.phase.includes('open')) await call('/api/teacher/attack', attack);
    await Promise.all(voters.slice(4).map((p, i) => p.cast(1 + (i % 2))));
    await call('/api/teacher/close');
    if (rule.phase.includes('closed') && !rule.phase.includes('open')) await call('/api/teacher/attack', attack);
    for (const g of [1, 2]) await call('/api/teacher/paper', { group: g, counts: [0, 1, 0] });
    await call('/api/teacher/publish');
    if (rule.phase.includes('published')) {
      await call('/api/teacher/attack', attack);
      await call('/api/teacher/recount', { group: null });
    }
    const before = await teacher<{ result: SimulationResult; election: { attacks: { victims: number; askedToCheck: number; receiptChance: number | null }[] } }>(server.base, server.secret, '/api/teacher/state');
    const beforeRecount = before.result;
    const outlook = before.election.attacks[0];
    for (const g of [1, 2]) await call('/api/teacher/recount', { group: g });
    const answers = await Promise.all(phones.map((p) => p.check()));
    const state = await teacher<{ result: SimulationResult }>(server.base, server.secret, '/api/teacher/state');
    const record = (await request(server.base, '/api/record')).body;
    return { rule, answers, beforeRecount, result: state.result, record, outlook };
  }

  it('is caught by the check the engine names for it, and the record fails npm run verify', async () => {
    const server = await start('attacks.db', ['--join-limit', '1000', '--cast-limit', '5000']);
    const caught: Record<string, string[]> = {};
    for (const kind of LIVE_ATTACKS) {
      const { rule, answers, beforeRecount, result, record, outlook } = await attacked(server, kind);
      // Everyone checks here: the engine gives certainty to every attack receipts can catch that touched someone.
      expect(outlook.receiptChance, kind).toBe(rule.caughtBy.includes('receipts') ? (outlook.victims > 0 ? 1 : 0) : null);
      expect(outlook.askedToCheck, kind).toBe(outlook.victims);
      const failed = failedChecks(result);
      caught[kind] = failed;
      if (rule.caughtBy.length === 0) {
        // The compromised app computed the receipt of what it sent: nothing in the plain mode can tell.
        expect(failed, kind).toEqual([]);
        expect(answers.every((a) => a.status === 'passed'), kind).toBe(true);
        expect(result.attacks.reduce((a, x) => a + x.ballots, 0), kind).toBe(2);
        continue;
      }
      expect(failed.some((c) => rule.caughtBy.includes(c)), `${kind}: ${failed.join(', ')}`).toBe(true);
      expect(failed.every((c) => rule.caughtBy.includes(c)), `${kind} caught by ${failed.join(', ')}, not only ${rule.caughtBy.join(', ')}`).toBe(true);
      expect(result.verdict.status, kind).toBe('tampering-detected');
      if (rule.channel === 'paper') {
        // Paper tampering shows only once a box is recounted by hand.
        expect(failedChecks(beforeRecount), kind).toEqual([]);
        expect(answers.every((a) => a.status === 'passed'), kind).toBe(true);
      } else if (failed.includes('receipts')) {
        expect(answers.some((a) => a.status === 'failed'), kind).toBe(true);
      }
      // The record alone (no receipts) fails what `npm run verify` checks unless only receipts caught it.
      const alone = verifyRecord(recordFromJson(record)).evidence.filter((e) => e.status === 'failed').map((e) => e.check);
      expect(alone.length > 0, `${kind}: ${alone.join(', ')}`).toBe(failed.some((c) => c !== 'receipts'));
      if (kind === 'stuff-paper') {
        const cli = verifyCli(record);
        expect(cli.code, cli.out).toBe(1);
        expect(cli.out).toMatch(/paper-recount/);
      }
    }
    // Without a checkpoint published during voting, a rewritten and re-signed history shows only in receipts.
    expect(caught['rewrite-history']).toEqual(['receipts']);
    expect(caught).toMatchObject({ substitute: ['receipts'], 'inject-revotes': ['receipts'], drop: ['receipts'], 'cast-for-abstainers': ['receipts'], 'stuff-paper': ['paper-recount'], 'rewrite-protocols': ['paper-recount'] });
  });
});
