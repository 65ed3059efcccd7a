/**
 * The `verify` command on an end-to-end record: untouched it passes; a flipped ciphertext, a forged
 * proof and a cheating trustee's share each fail and name the check; a malformed e2e field exits 2
 * with one line. One CLI run of the classroom-e2e preset, its districts shrunk, makes the record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateCli } from '../simulations/cli/simulate-cli.ts';
import { verifyCli, verifyCliWithWorkers } from '../simulations/cli/verify-cli.ts';
import { findPreset } from '../src/content/presets/index.ts';
import { runCli, scratch } from './cli-helpers.ts';

interface E2eJson {
  ballots: string[];
  tallies: { partials: { trustee: number; shares: string[]; proofs: string[] }[] }[];
  spoiled: { ballot: string; randomness: string[] }[];
  electionKey: string;
}
const { dir, file } = scratch('tally-verify-e2e-');
const recordFile = join(dir, 'record.json');
let recordText = '';
const fresh = () => JSON.parse(recordText) as { ledger: { districtId: number[] }; e2e: E2eJson; districts: { id: number }[] };
const write = (name: string, content: unknown) => file(name, JSON.stringify(content));

/** The failed checks as "check@district id" (or "check@election"). */
function failures(path: string) {
  const json = runCli(verifyCli, path, '--json');
  const evidence = JSON.parse(json.out) as { check: string; districtId: number | null; status: string; detail: string }[];
  const failed = evidence.filter((e) => e.status === 'failed');
  return { code: json.code, failed: [...new Set(failed.map((e) => `${e.check}@${e.districtId ?? 'election'}`))].sort(), details: failed.map((e) => e.detail) };
}

/** Hex of bytes [from, to) of a hex string, replaced by `bytes`. */
const splice = (hex: string, at: number, bytes: string) => hex.slice(0, 2 * at) + bytes + hex.slice(2 * at + bytes.length);

beforeAll(() => {
  const preset = findPreset('classroom-e2e') as { districts?: unknown };
  const scenario = write('scenario.json', {
    ...preset,
    districts: [
      { id: 1, name: 'Old Town', registered: 350 },
      { id: 2, name: 'Riverside', registered: 300 },
    ],
    e2e: { enabled: true, challengeRate: 0.1 },
  });
  const r = runCli(simulateCli, scenario, '--record', recordFile);
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/cryptography: [\d,]+ ballots encrypted at [\d.]+ ms each/);
  recordText = readFileSync(recordFile, 'utf8');
}, 300_000);

describe('verify command: an end-to-end record', () => {
  it('passes untouched, listing the proof checks', { timeout: 120_000 }, () => {
    const r = runCli(verifyCli, recordFile);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/tally-lab\/record@2/);
    for (const check of ['ballot-proofs', 'homomorphic-tally', 'trustee-decryptions', 'spoiled-ballots']) expect(r.out).toContain(check);
  });

  it('catches a flipped ciphertext (two candidates swapped in one ballot)', { timeout: 120_000 }, () => {
    const rec = fresh();
    const i = rec.ledger.districtId.indexOf(1);
    const b = rec.e2e.ballots[i];
    rec.e2e.ballots[i] = b.slice(128, 256) + b.slice(0, 128) + b.slice(256);
    const r = failures(write('flipped.json', rec));
    expect(r.code).toBe(1);
    expect(r.failed).toContain('ballot-proofs@1');
    expect(r.failed).toContain('chain-walk@election');
    expect(r.details.join(' ')).toMatch(new RegExp(`entry ${i}: candidate 0`));
  });

  it('catches a forged proof', { timeout: 120_000 }, () => {
    const rec = fresh();
    const i = rec.ledger.districtId.indexOf(2);
    const K = 4;
    // The last byte of the sum proof's response z (a scalar, kept reduced): a valid-looking, wrong proof.
    const at = 288 * K + 96 - 32;
    rec.e2e.ballots[i] = splice(rec.e2e.ballots[i], at, rec.e2e.ballots[i].slice(2 * at, 2 * at + 2) === '00' ? '01' : '00');
    const r = failures(write('forged.json', rec));
    expect(r.code).toBe(1);
    expect(r.failed).toContain('ballot-proofs@2');
    expect(r.details.join(' ')).toMatch(new RegExp(`entry ${i}: .*exactly one`));
  });

  it("catches a cheating trustee's share and names the trustee", { timeout: 120_000 }, () => {
    const rec = fresh();
    const p = rec.e2e.tallies[0].partials[1];
    p.shares[0] = p.shares[1];
    const r = failures(write('trustee.json', rec));
    expect(r.code).toBe(1);
    expect(r.failed).toEqual(['trustee-decryptions@1']);
    expect(r.details[0]).toMatch(/trustee 2 fails its proof/);
  });

  it('a spoiled ballot whose randomness does not open it fails', { timeout: 120_000 }, () => {
    const rec = fresh();
    const s = rec.e2e.spoiled[0];
    [s.randomness[0], s.randomness[1]] = [s.randomness[1], s.randomness[0]];
    const r = failures(write('spoiled.json', rec));
    expect(r.code).toBe(1);
    expect(r.failed.some((x) => x.startsWith('spoiled-ballots@'))).toBe(true);
  });

  it('checks the proofs on worker threads with the same evidence', { timeout: 180_000 }, async () => {
    const rec = fresh();
    const i = rec.ledger.districtId.indexOf(2);
    const b = rec.e2e.ballots[i];
    rec.e2e.ballots[i] = b.slice(128, 256) + b.slice(0, 128) + b.slice(256);
    const flipped = write('flipped-threads.json', rec);
    for (const path of [recordFile, flipped]) {
      let out = '';
      const code = await verifyCliWithWorkers([path, '--json', '--workers', '2'], { out: (t) => (out += t), err: () => {} });
      const inline = runCli(verifyCli, path, '--json');
      expect(code).toBe(inline.code);
      expect(out).toBe(inline.out);
    }
  });

  it.each([
    ['e2e.electionKey', (rec: ReturnType<typeof fresh>) => (rec.e2e.electionKey = 'zz'), 'e2e.electionKey: must be lowercase hexadecimal bytes'],
    ['e2e.ballots', (rec: ReturnType<typeof fresh>) => rec.e2e.ballots.pop(), 'e2e.ballots: must hold one ballot per ledger entry'],
    ['e2e.tallies[0].partials[0].shares', (rec: ReturnType<typeof fresh>) => (rec.e2e.tallies[0].partials[0].shares = ['00']), 'e2e.tallies[0].partials[0].shares: must hold 4 items, got 1'],
  ])('a malformed %s exits 2 with one line', (name, edit, message) => {
    const rec = fresh();
    edit(rec);
    const r = runCli(verifyCli, write(`bad-${name}.json`, rec));
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(message);
  });
});
