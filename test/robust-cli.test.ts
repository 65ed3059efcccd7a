/**
 * Issue 19, items 2 to 4: inputs that once crashed, hung or were silently misread. Each row gives an
 * input, the exit code and the one line (or the output) expected; the last tests check that output
 * files are replaced whole or not at all.
 */
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateCli } from '../simulations/cli/simulate-cli.ts';
import { verifyCli } from '../simulations/cli/verify-cli.ts';
import { escapeControls, MAX_INPUT_BYTES } from '../simulations/cli/command.ts';
import { MAX_SCENARIO_BYTES } from '../src/core/index.ts';
import { runCli, scratch } from './cli-helpers.ts';
import { smallCity } from './helpers.ts';

const { dir, file } = scratch('tally-robust-');
const scenarioFile = (name: string, input: unknown, prefix = '') => file(name, prefix + JSON.stringify(input));
/** ESC and CSI, the bytes that start a terminal escape sequence. */
// eslint-disable-next-line no-control-regex
const RAW_ESCAPES = /[\u001b\u009b]/;
const simulate = (...argv: string[]) => runCli(simulateCli, ...argv);
const verify = (...argv: string[]) => runCli(verifyCli, ...argv);

const parties = (first: string) => [
  { id: first, name: 'First', support: [1, 1, 1] },
  { id: 'second', name: 'Second', support: [1, 1, 1] },
];
const oneDistrict = [{ id: 1, name: 'Only', registered: 3000 }];
/** A scenario "file" that never ends: a link to /dev/zero. */
function zeroJson(): string {
  const path = join(dir, 'zero.json');
  if (!existsSync(path)) symlinkSync('/dev/zero', path);
  return path;
}
const inYear = (year: number) => ({
  online: { opens: `${year}-09-17T08:00`, closes: `${year}-09-19T20:00` },
  paper: { closes: `${year}-09-19T20:00` },
});

describe('simulate refuses what it cannot run, in one line (exit 2)', () => {
  it.each([
    ['a checkpoint every 5e-324 h', { verifiability: { checkpointEveryHours: 5e-324 } }, 'verifiability.checkpointEveryHours: must be 0 (off) or a number from 0.25 to 72, got 5e-324'],
    ['a checkpoint every 1e-6 h', { verifiability: { checkpointEveryHours: 1e-6 } }, 'verifiability.checkpointEveryHours: must be 0 (off) or a number from 0.25 to 72, got 0.000001'],
    ['a checkpoint every 0.001 h', { verifiability: { checkpointEveryHours: 0.001 } }, 'verifiability.checkpointEveryHours: must be 0 (off) or a number from 0.25 to 72, got 0.001'],
    [
      'too many checkpoints for a 14-day window',
      {
        online: { opens: '2021-09-06T00:00', closes: '2021-09-19T20:00', dayShares: Array(14).fill(1) },
        verifiability: { checkpointEveryHours: 0.5 },
      },
      'verifiability.checkpointEveryHours: must leave at most 500 checkpoints in the 332-hour voting window (every 0.67 h or more), got 0.5 (663 checkpoints)',
    ],
    ['an election in 1960', inYear(1960), 'online.opens: must fall in the years 1971 to 2105 (the record keeps times as unsigned 32-bit Unix seconds), got "1960-09-17T08:00" (and 2 more)'],
    ['an election in 2107', inYear(2107), 'online.opens: must fall in the years 1971 to 2105 (the record keeps times as unsigned 32-bit Unix seconds), got "2107-09-17T08:00" (and 2 more)'],
    [
      // 2.5 million voters who all vote online and re-vote: ~12 million ballots, over the run's bound.
      'more online ballots than a run holds',
      {
        districts: [1, 2, 3, 4, 5].map((id) => ({ id, name: `D${id}`, registered: 500_000 })),
        online: { registrationShare: 0.95, voteRate: 1 },
        revoting: { changeMindRate: 1, repeatRate: 0.9 },
      },
      "online: the run casts more than 10,000,000 online ballots (first ballots and re-votes), the most one run holds (Moscow 2021 stored 2.2 million); lower the districts' registered voters, online.registrationShare or online.voteRate, or revoting.changeMindRate or revoting.repeatRate",
    ],
    ['a lean keyed __proto__', { districts: [{ ...oneDistrict[0], lean: { ['__proto__']: 1 } }] }, 'districts[0].lean.__proto__: must name a party id (unity, progress, greens, liberty)'],
  ])('%s', (name, input, message) => {
    // JSON.stringify keeps a "__proto__" key that an object literal with a computed key made an own property.
    const path = scenarioFile(`${name.replace(/\W+/g, '-')}.json`, input);
    const r = simulate(path);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`simulate: ${path}: ${message}\n`);
  });

  it.each([
    ['/dev/zero, under a .json name', () => zeroJson(), /zero\.json: the file is larger than 8 MB, the most this command reads$/],
    ['a scenario over the size limit', () => file('huge.json', `{"description": "${'x'.repeat(MAX_SCENARIO_BYTES)}"}`), /huge\.json: the file is larger than 8 MB, the most this command reads$/],
  ])('reads no more than a limit: %s', (_name, path, message) => {
    const r = simulate(path());
    expect(r.code).toBe(2);
    expect(r.err.trimEnd()).toMatch(message);
  });
});

describe('simulate runs what its schema accepts', () => {
  it.each([
    ['a party with id "constructor"', smallCity({ districts: oneDistrict, parties: parties('constructor'), mobilisation: { party: 'constructor' } }), '', '1 Only'],
    ['a party with id "hasownproperty"', smallCity({ districts: oneDistrict, parties: parties('hasownproperty'), mobilisation: { party: 'second' } }), '', '1 Only'],
    ['a scenario file that starts with a byte-order mark', smallCity(), '\uFEFF', 'North'],
    ['a checkpoint every 0.25 h', smallCity({ verifiability: { checkpointEveryHours: 0.25 } }), '', 'North'],
    ['an election in 1971', smallCity(inYear(1971)), '', 'North'],
    ['an election in 2105', smallCity(inYear(2105)), '', 'North'],
  ])('%s', (name, input, prefix, shown) => {
    const path = scenarioFile(`${name.replace(/\W+/g, '-')}.json`, input, prefix);
    const r = simulate(path);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(shown);
  });

  it('shows escape sequences in names as text, never raw', () => {
    const path = scenarioFile('ansi.json', smallCity({ districts: [{ id: 1, name: 'North\u001b[2J\u009b31m', registered: 3000 }] }));
    const table = simulate(path);
    expect(table.code).toBe(0);
    expect(table.out).toContain('North\\u001b[2J\\u009b31m');
    expect(table.out).not.toMatch(RAW_ESCAPES);
    const json = simulate(path, '--json');
    expect(json.out).not.toMatch(RAW_ESCAPES);
    expect(JSON.parse(json.out).districts[0].name).toBe('North\u001b[2J\u009b31m');
  });

  it('escapes control characters but keeps newlines and tabs', () => {
    expect(escapeControls('a\u0007b\tc\nd\re\u007f')).toBe('a\\u0007b\tc\nd\\u000de\\u007f');
  });
});

describe('verify reads what simulate writes', () => {
  it.each([
    ['an election in 1971', inYear(1971), ''],
    ['an election in 2105', inYear(2105), ''],
    ['a record that starts with a byte-order mark', {}, '\uFEFF'],
  ])('%s', (name, overrides, prefix) => {
    const record = join(dir, `${name.replace(/\W+/g, '-')}.record.json`);
    expect(simulate(scenarioFile(`${name.replace(/\W+/g, '-')}.json`, smallCity(overrides)), '--record', record).code).toBe(0);
    writeFileSync(record, prefix + readFileSync(record, 'utf8'));
    const r = verify(record);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('refuses a record read from a stream that never ends', () => {
    const r = verify('/dev/zero');
    expect(r.code).toBe(2);
    expect(r.err).toBe('verify: /dev/zero: the file is larger than 500 MB, the most this command reads\n');
  }, 60_000);

  it('has a smaller limit for other inputs than for records', () => {
    expect(MAX_INPUT_BYTES).toBeLessThan(500 * 1024 * 1024);
  });
});

describe('output files are replaced whole or not at all', () => {
  it('replaces --record, --receipts and --out, and leaves no temporary file', () => {
    const sub = scratch('tally-outputs-');
    const [record, receipts, out] = ['r.json', 'c.json', 'o.txt'].map((n) => sub.file(n, 'old'));
    const r = simulate(scenarioFile('outputs.json', smallCity()), '--record', record, '--receipts', receipts, '--out', out);
    expect(r.code).toBe(0);
    for (const f of [record, receipts, out]) expect(readFileSync(f, 'utf8')).not.toBe('old');
    expect(readdirSync(sub.dir).sort()).toEqual(['c.json', 'o.txt', 'r.json']);
  });

  it('keeps the old file when the write fails, and leaves no temporary file', () => {
    const sub = scratch('tally-failed-');
    const record = sub.file('r.json', 'old');
    const r = simulate(scenarioFile('fails.json', smallCity()), '--record', record, '--out', join(sub.dir, 'no-such-folder', 'o.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out .*o\.txt: cannot write \(ENOENT\)\n$/);
    expect(readdirSync(sub.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(record)).toBe(true);
  });
});
