/** The `sweep` command: its table and JSON over real worker threads, cancellation, and one-line errors with exit code 2. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateSweep, parseSweep, runSweepSeed } from '../src/core/index.ts';
import { readSweepInput, sweepCli } from '../simulations/cli/sweep-cli.ts';
import { progressBar } from '../simulations/cli/progress-bar.ts';
import { findPreset, presetNames } from '../src/content/presets/index.ts';
import { scratch } from './cli-helpers.ts';
import { smallSweep } from './sweep-helpers.ts';

const { dir, file } = scratch('tally-sweep-');

async function run(argv: string[], signal?: AbortSignal) {
  let out = '';
  let err = '';
  const code = await sweepCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, { signal });
  return { code, out, err };
}

describe('sweep command', () => {
  const input = smallSweep(3);
  const path = file('small.json', JSON.stringify(input));
  const sweep = parseSweep(input, findPreset, presetNames);
  const expected = aggregateSweep(sweep, Array.from({ length: 3 }, (_, s) => runSweepSeed(sweep, s)).flat());

  it('prints, over two worker threads, the same aggregate as the engine in-process', async () => {
    const r = await run([path, '--json', '--workers', '2']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).points).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(r.err).toContain('12/12 runs');
  });

  it('prints a table row per grid point and writes --out', async () => {
    const out = join(dir, 'table.txt');
    const r = await run([path, '--workers', '1', '--out', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('small · 4 grid points × 3 seeds = 12 runs');
    for (const p of expected) {
      const line = text.split('\n').find((l) => l.trim().startsWith(`${p.values[0]}`) && l.includes(` ${p.values[1]} `))!;
      expect(line).toContain(`${(p.rate * 100).toFixed(1)} %`);
      expect(line).toContain(`${(p.closedForm! * 100).toFixed(1)} %`);
    }
  });

  it('stops when cancelled, exit code 130', async () => {
    const abort = new AbortController();
    const running = run([file('long.json', JSON.stringify(smallSweep(400))), '--workers', '1'], abort.signal);
    setTimeout(() => abort.abort(), 1500);
    const r = await running;
    expect(r.code).toBe(130);
    expect(r.err.trimEnd().split('\n').at(-1)).toBe('sweep: cancelled');
    expect(r.out).toBe('');
  });

  it.each([
    [[], 'sweep: name a sweep file (see --help)'],
    [['a.json', 'b.json'], 'sweep: expected one sweep file, got 2: a.json b.json'],
    [['x.json', '--workers', '0'], 'sweep: --workers: must be a whole number from 1 to 64, got "0"'],
    [['x.json', '--workers', 'two'], 'sweep: --workers: must be a whole number from 1 to 64, got "two"'],
    [['x.json', '--jsn'], /^sweep: Unknown option '--jsn'/],
    [[join(dir, 'missing.json')], /^sweep: .*missing\.json: cannot read the file \(no such file\)$/],
    [[file('broken.json', '{"grid":')], /^sweep: .*broken\.json: not valid JSON \(/],
    [[file('bad.json', JSON.stringify({ ...smallSweep(2), grid: { 'verifiability.receiptCheckShare': [2] } }))], /bad\.json: grid\["verifiability\.receiptCheckShare"\]\[0\]: must be a number from 0 to 1, got 2$/],
  ])('rejects %j with one line and exit code 2', async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(r.err.trimEnd()).toBe(message);
    else expect(r.err.trimEnd()).toMatch(message);
  });

  it('exits 2 without a stack trace when run as a process', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'simulations/sweep.ts', 'nowhere.json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('sweep: nowhere.json: cannot read the file (no such file)');
    expect(r.stdout).toBe('');
  });
});

describe('shipped sweeps by name', () => {
  it('reads src/content/sweeps/receipt-checks.json for the name receipt-checks, and a path as a file', () => {
    const onDisk = JSON.parse(readFileSync('src/content/sweeps/receipt-checks.json', 'utf8'));
    expect(readSweepInput('receipt-checks')).toEqual(onDisk);
    expect(readSweepInput('src/content/sweeps/receipt-checks.json')).toEqual(onDisk);
    expect(() => readSweepInput('no-such-sweep')).toThrow('no-such-sweep: cannot read the file (no such file)');
  });
});

describe('progress bar', () => {
  it('redraws one line on a terminal and writes a plain line per tenth elsewhere', () => {
    let clock = 0;
    const tty: string[] = [];
    const bar = progressBar({ isTTY: true, write: (t) => tty.push(t) }, 20, 'runs', () => clock);
    for (let i = 1; i <= 20; i++) {
      clock += 1000;
      bar.update(i);
    }
    bar.finish();
    expect(tty).toHaveLength(21);
    expect(tty[0]).toMatch(/^\r\[#{2}\.{28}\] 1\/20 runs · 1\.0 s · 19 s left/);
    expect(tty[19]).toBe(`\r[${'#'.repeat(30)}] 20/20 runs · 20.0 s\x1b[K`);
    expect(tty[20]).toBe('\n');
    const log: string[] = [];
    const plain = progressBar({ isTTY: false, write: (t) => log.push(t) }, 20, 'runs', () => 0);
    for (let i = 1; i <= 20; i++) plain.update(i);
    plain.finish();
    expect(log).toHaveLength(10);
    expect(log.every((l) => l.endsWith('\n'))).toBe(true);
  });
});
