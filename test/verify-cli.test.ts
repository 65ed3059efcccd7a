/**
 * The `verify` command on a real record: an untouched record verifies, each hand edit is caught by
 * the check that should catch it, and every kind of bad input gives one line and exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateCli } from '../simulations/cli/simulate-cli.ts';
import { verifyCli } from '../simulations/cli/verify-cli.ts';
import { runCli, scratch } from './cli-helpers.ts';
import { FULL } from './helpers.ts';

/** FULL verification, lighter: checkpoints every 6 hours, 5 % of registrants checking; and a BRAVO audit of the paper. */
const VERIFIABLE = { verifiability: { ...FULL.verifiability, checkpointEveryHours: 6, receiptCheckShare: 0.05, paperAudit: 'bravo' } };

interface AuditJson {
  districtId: number;
  draws: { precinct: number[]; position: number[]; candidate: number[] };
  sampleSize: number;
  outcome: 'confirmed' | 'escalated';
}

interface RecordJson {
  format: string;
  districts: { id: number; name: string }[];
  ledger: { count: number; unixSeconds: number[]; districtId: number[]; choice: number[]; tokens: string };
  checkpoints: { signature: string }[];
  published: number[][];
  paperAudit: { districts: AuditJson[] };
  [field: string]: unknown;
}
interface ReceiptsJson {
  voters: { districtId: number; pseudonym: string | null; voted: boolean; receipts: { index: number; hash: string }[] }[];
}

const { dir, file } = scratch('tally-verify-');
const recordFile = join(dir, 'record.json');
const receiptsFile = join(dir, 'receipts.json');
let recordText = '';
let receiptsText = '';
const fresh = (): RecordJson => JSON.parse(recordText);
const freshReceipts = (): ReceiptsJson => JSON.parse(receiptsText);

const write = (name: string, content: unknown): string => file(name, typeof content === 'string' ? content : JSON.stringify(content));
const verify = (...argv: string[]) => runCli(verifyCli, ...argv);

/** The failed checks as "check@district id" (or "check@election"), from the JSON evidence. */
function failures(...argv: string[]): { code: number; failed: string[]; out: string } {
  const json = verify(...argv, '--json');
  const evidence = JSON.parse(json.out) as { check: string; districtId: number | null; status: string }[];
  const failed = evidence.filter((e) => e.status === 'failed').map((e) => `${e.check}@${e.districtId ?? 'election'}`);
  return { code: json.code, failed: failed.sort(), out: verify(...argv).out };
}

beforeAll(() => {
  const scenario = write('scenario.json', VERIFIABLE);
  const r = simulateCli([scenario, '--record', recordFile, '--receipts', receiptsFile], { out: () => {}, err: () => {} });
  expect(r).toBe(0);
  recordText = readFileSync(recordFile, 'utf8');
  receiptsText = readFileSync(receiptsFile, 'utf8');
});

describe('verify command: an untouched record', () => {
  it('passes every check, with and without receipts (exit 0)', () => {
    for (const argv of [[recordFile], [recordFile, '--receipts', receiptsFile]]) {
      const r = verify(...argv);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).not.toMatch(/FAIL/);
      const last = r.out.trimEnd().split('\n').at(-1)!;
      expect(last).toMatch(/^\d+ checks passed, 0 failed, 0 not possible$/);
    }
  });

  it('groups the report by check: election-wide first, then one line per district', () => {
    const { out } = verify(recordFile, '--receipts', receiptsFile);
    const record = fresh();
    const wide = out.indexOf('Election-wide checks');
    const perDistrict = out.indexOf('Checks per district');
    expect(wide).toBeGreaterThan(0);
    expect(perDistrict).toBeGreaterThan(wide);
    for (const check of ['release-consistency', 'checkpoint-signatures', 'chain-walk']) {
      const at = out.indexOf(`\n${check}`);
      expect(at).toBeGreaterThan(wide);
      expect(at).toBeLessThan(perDistrict);
    }
    for (const check of ['published-sum', 'ledger-recount', 'revote-resolution', 'eligibility', 'receipts', 'paper-recount', 'paper-audit']) {
      const section = out.slice(out.indexOf(`\n${check}`) + 1).split('\n\n')[0].split('\n');
      expect(section.slice(1)).toHaveLength(record.districts.length);
      record.districts.forEach((d, i) => expect(section[1 + i]).toMatch(new RegExp(`^  PASS  district ${d.id} ${d.name} +\\S`)));
    }
    expect(out).toMatch(/\n {2}PASS {2}election-wide +The published ledger reproduces every checkpoint\.\n/);
  });

  it('prints the evidence list as JSON with --json', () => {
    const r = verify(recordFile, '--receipts', receiptsFile, '--json');
    expect(r.code).toBe(0);
    const evidence = JSON.parse(r.out);
    expect(Array.isArray(evidence)).toBe(true);
    expect(evidence.every((e: { status: string }) => e.status === 'passed')).toBe(true);
    const record = fresh();
    expect(evidence.filter((e: { check: string }) => e.check === 'receipts')).toHaveLength(record.districts.length);
    expect(evidence[0]).toMatchObject({ check: expect.any(String), status: 'passed', independent: true, what: expect.any(String), detail: expect.any(String), rulesOut: expect.any(String) });
  });
});

describe('verify command: hand edits are caught (exit 1, the failing check named)', () => {
  it('(a) a flipped ballot early in the ledger breaks the chain, the re-vote recount and the receipts', () => {
    const record = fresh();
    const receipts = freshReceipts();
    const l = record.ledger;
    // The earliest entry that has a receipt and counts: its pseudonym's last entry (the rule is last-online).
    const lastOfToken = new Map<string, number>();
    for (let x = 0; x < l.count; x++) lastOfToken.set(l.tokens.slice(x * 16, x * 16 + 16), x);
    const withReceipt = receipts.voters.flatMap((v) => v.receipts.map((r) => r.index)).sort((a, b) => a - b);
    const i = withReceipt.find((x) => lastOfToken.get(l.tokens.slice(x * 16, x * 16 + 16)) === x)!;
    expect(i).toBeLessThan(l.count / 10);
    l.choice[i] = (l.choice[i] + 1) % (record.parties as unknown[]).length;
    const district = l.districtId[i];
    const r = failures(write('flipped.json', record), '--receipts', receiptsFile);
    expect(r.code).toBe(1);
    expect(r.failed).toContain('chain-walk@election');
    expect(r.failed).toContain(`revote-resolution@${district}`);
    expect(r.failed).toContain(`receipts@${district}`);
    expect(r.failed.filter((f) => !/^(chain-walk|revote-resolution|receipts)@/.test(f))).toEqual([]);
    expect(r.out).toMatch(/\nFailed checks:\n {2}chain-walk \(election-wide\): The published ledger does not reproduce checkpoint 1 /);
    expect(r.out).toContain(`  revote-resolution (district ${district} `);
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^\\d+ checks passed, ${r.failed.length} failed, 0 not possible$`));
  });

  it('(b) a removed entry breaks the chain and the ledger recount', () => {
    const record = fresh();
    const l = record.ledger;
    const i = 10;
    const district = l.districtId[i];
    l.unixSeconds.splice(i, 1);
    l.districtId.splice(i, 1);
    l.choice.splice(i, 1);
    l.tokens = l.tokens.slice(0, i * 16) + l.tokens.slice((i + 1) * 16);
    l.count--;
    const r = failures(write('removed.json', record));
    expect(r.code).toBe(1);
    expect(r.failed).toContain('chain-walk@election');
    expect(r.failed).toContain(`ledger-recount@${district}`);
    expect(r.out).toContain('  chain-walk (election-wide): ');
  });

  it('(c) a changed checkpoint signature fails checkpoint-signatures, and only it', () => {
    const record = fresh();
    const s = record.checkpoints[3].signature;
    record.checkpoints[3].signature = s.slice(0, 10) + (s[10] === '0' ? '1' : '0') + s.slice(11);
    const r = failures(write('signature.json', record));
    expect(r.code).toBe(1);
    expect(r.failed).toEqual(['checkpoint-signatures@election']);
    expect(r.out).toMatch(/\n {2}checkpoint-signatures \(election-wide\): Checkpoint 4 \(.*\) has a signature that does not verify\.\n/);
  });

  it('(d) a changed published tally fails published-sum in that district, and only there', () => {
    const record = fresh();
    record.published[0][0] += 1;
    const r = failures(write('published.json', record));
    expect(r.code).toBe(1);
    expect(r.failed).toEqual([`published-sum@${record.districts[0].id}`]);
    expect(r.out).toContain(`  published-sum (district ${record.districts[0].id} ${record.districts[0].name}): `);
  });

  it('a changed candidate read in the paper audit fails paper-audit in that district, and only there', () => {
    const record = fresh();
    const audit = record.paperAudit.districts.find((a) => a.outcome === 'confirmed')!;
    // The last draw confirmed the outcome: read as another candidate, the statistic no longer reaches 1 / risk limit there.
    const last = audit.draws.candidate.length - 1;
    audit.draws.candidate[last] = (audit.draws.candidate[last] + 1) % (record.parties as unknown[]).length;
    const r = failures(write('audit-read.json', record));
    expect(r.code).toBe(1);
    expect(r.failed).toEqual([`paper-audit@${audit.districtId}`]);
    expect(r.out).toMatch(/\n {2}paper-audit \(district \d+ .*\): The audit record does not hold up: the test statistic does not reach 1 \/ risk limit \(20\) by draw [\d,]+, yet the record says the outcome was confirmed there\.\n/);
  });

  it('a truncated paper-audit sample fails paper-audit in that district, and only there', () => {
    const record = fresh();
    const audit = record.paperAudit.districts.find((a) => a.outcome === 'confirmed')!;
    for (const column of Object.values(audit.draws)) column.pop();
    audit.sampleSize--;
    const r = failures(write('audit-truncated.json', record));
    expect(r.code).toBe(1);
    expect(r.failed).toEqual([`paper-audit@${audit.districtId}`]);
    expect(r.out).toContain('  paper-audit (district ');
  });

  it('a changed receipt hash fails the receipts check of its district, and only there', () => {
    const receipts = freshReceipts();
    const voter = receipts.voters.find((v) => v.receipts.length > 0)!;
    const h = voter.receipts[0].hash;
    voter.receipts[0].hash = (h[0] === 'f' ? '0' : 'f') + h.slice(1);
    const r = failures(recordFile, '--receipts', write('receipts-changed.json', receipts));
    expect(r.code).toBe(1);
    expect(r.failed).toEqual([`receipts@${voter.districtId}`]);
    expect(r.out).toContain(`does not match its receipt`);
  });
});

describe('verify command: bad input gives one line and exit 2', () => {
  const cases: [string, () => string[], string | RegExp][] = [
    ['no arguments', () => [], 'verify: name a record file (see --help)'],
    ['two files', () => [recordFile, recordFile], /^verify: expected one record file, got 2: /],
    ['an unknown option', () => [recordFile, '--recipts', receiptsFile], /^verify: Unknown option '--recipts'.* \(see --help\)$/],
    ['--receipts without a file', () => [recordFile, '--receipts'], /^verify: Option '--receipts <value>' argument missing/],
    ['a missing file', () => [join(dir, 'missing.json')], /^verify: .*missing\.json: cannot read the file \(no such file\)$/],
    ['a missing receipts file', () => [recordFile, '--receipts', join(dir, 'nope.json')], /^verify: .*nope\.json: cannot read the file \(no such file\)$/],
    ['a directory', () => [dir], /^verify: .*: cannot read the file \(a directory\)$/],
    ['a truncated file', () => [write('half.json', recordText.slice(0, recordText.length >> 1))], /^verify: .*half\.json: not valid JSON \(.+\)$/],
    ['an empty file', () => [write('empty.json', '')], /^verify: .*empty\.json: not valid JSON \(.+\)$/],
    ['not an object', () => [write('list.json', '[1, 2]')], /^verify: .*list\.json: record: must be an object$/],
    // @2 is the end-to-end mode's format (test/verify-cli-e2e.test.ts): a plain record relabelled so lacks its e2e section.
    ['a wrong format', () => [write('format.json', { ...fresh(), format: 'tally-lab/record@3' })], /^verify: .*format\.json: format: must be "tally-lab\/record@1" or "tally-lab\/record@2", got "tally-lab\/record@3"$/],
    ['a plain record labelled @2', () => [write('format2.json', { ...fresh(), format: 'tally-lab/record@2' })], /^verify: .*format2\.json: e2e: must be an object$/],
    [
      'a ledger column of the wrong length',
      () => {
        const r = fresh();
        r.ledger.choice.pop();
        return [write('column.json', r)];
      },
      /^verify: .*column\.json: ledger\.choice: must hold \d+ numbers, got \d+$/,
    ],
    [
      'a choice out of range',
      () => {
        const r = fresh();
        r.ledger.choice[12] = 9;
        return [write('choice.json', r)];
      },
      /^verify: .*choice\.json: ledger\.choice\[12\]: must be a candidate index below 4, got 9$/,
    ],
    [
      'a time that is not a whole number',
      () => {
        const r = fresh();
        r.ledger.unixSeconds[7] += 0.5;
        return [write('time.json', r)];
      },
      /^verify: .*time\.json: ledger\.unixSeconds\[7\]: must be a whole number from 0 to 4294967295$/,
    ],
    [
      'a token column of the wrong size',
      () => {
        const r = fresh();
        r.ledger.tokens = r.ledger.tokens.slice(2);
        return [write('tokens.json', r)];
      },
      /^verify: .*tokens\.json: ledger\.tokens: must hold \d+ tokens of 8 bytes, got \d+ bytes$/,
    ],
    [
      // The reader does not check this column's length today and the verifier then fails on it:
      // either way, one line naming the file and exit 2.
      'a precinct counts column one row short',
      () => {
        const r = fresh();
        (r.precincts as { counts: number[][] }).counts.pop();
        return [write('precinct-counts.json', r)];
      },
      /^verify: .*precinct-counts\.json: \S.*$/,
    ],
    [
      'an audit read that is no candidate',
      () => {
        const r = fresh();
        r.paperAudit.districts[0].draws.candidate[0] = 9;
        return [write('audit-candidate.json', r)];
      },
      /^verify: .*audit-candidate\.json: paperAudit\.districts\[0\]\.draws\.candidate\[0\]: must be a candidate index, or 4 for no ballot, got 9$/,
    ],
    ['a record given as receipts', () => [recordFile, '--receipts', recordFile], /^verify: .*record\.json: format: must be "tally-lab\/receipts@1", got "tally-lab\/record@1"$/],
    [
      'a malformed receipt',
      () => {
        const r = freshReceipts();
        r.voters[2].receipts = [{ index: 0, hash: 'abc' }];
        return [recordFile, '--receipts', write('bad-receipts.json', r)];
      },
      /^verify: .*bad-receipts\.json: voters\[2\]\.receipts\[0\]\.hash: must be lowercase hexadecimal bytes$/,
    ],
    // Hex is read a character at a time: upper case, a letter past f, and a character past ASCII all stop it.
    ...(['AB'.repeat(32), 'g0'.repeat(32), '\u0130a'.repeat(32)] as const).map(
      (hash, k): [string, () => string[], RegExp] => [
        `a receipt hash with a character that is no lowercase hex digit (${k + 1})`,
        () => {
          const r = freshReceipts();
          r.voters[2].receipts = [{ index: 0, hash }];
          return [recordFile, '--receipts', write(`bad-hex-${k}.json`, r)];
        },
        /^verify: .*bad-hex-\d\.json: voters\[2\]\.receipts\[0\]\.hash: must be lowercase hexadecimal bytes$/,
      ],
    ),
  ];
  it.each(cases)('%s', (_, argv, message) => {
    const r = verify(...argv());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.endsWith('\n')).toBe(true);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(r.err.trimEnd()).toBe(message);
    else expect(r.err.trimEnd()).toMatch(message);
  });

  it('prints help with exit 0', () => {
    const r = verify('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: npm run verify -- <record\.json> \[--receipts FILE\] \[--json\]/);
  });

  it('as a process: one line and no stack trace for a bad file, exit 0 and 1 for good and tampered records', () => {
    const node = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'simulations/verify.ts', ...args], { encoding: 'utf8' });
    const bad = node(write('cut.json', recordText.slice(0, 1000)));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^verify: .*cut\.json: not valid JSON \(.+\)\n$/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const tampered = fresh();
    tampered.published[1][2] += 5;
    const failed = node(write('tampered.json', tampered));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe('');
    expect(failed.stdout).toMatch(/\n1 failed|, 1 failed, /);
    const ok = node(recordFile, '--receipts', receiptsFile);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/checks passed, 0 failed, 0 not possible\n$/);
  });
});
