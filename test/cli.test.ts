/** The `simulate` command: its output, and a one-line error with exit code 2 for every kind of bad input. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../src/core/index.ts';
import { simulateCli } from '../simulations/cli/simulate-cli.ts';
import { runCli, scratch } from './cli-helpers.ts';
import { findPreset, presetNames } from '../src/content/presets/index.ts';

const run = (...argv: string[]) => runCli(simulateCli, ...argv);

const { dir, file } = scratch('tally-cli-');

describe('simulate command', () => {
  it('prints the district table with flips marked', () => {
    const { code, out } = run('classroom');
    expect(code).toBe(0);
    const result = runSimulation(findPreset('classroom')!);
    for (const d of result.districts) {
      const line = out.split('\n').find((l) => l.startsWith(`${d.id} ${d.name}`))!;
      expect(line).toBeDefined();
      expect(line.includes('FLIPPED')).toBe(d.flipped);
    }
    expect(out).toContain(`${result.totals.flips} of 5 districts flipped`);
  });

  it('prints the full result as JSON with --json, and honours --seed', () => {
    const { code, out } = run('classroom', '--json', '--seed', 'abc');
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.format).toBe('tally-lab/result@1');
    expect(parsed).toEqual(runSimulation(findPreset('classroom')!, { seed: 'abc' }));
  });

  it('runs a scenario file and writes --out', () => {
    const scenario = file('ok.json', JSON.stringify({ name: 'from-file', districts: [{ id: 9, name: 'Only', registered: 4000 }] }));
    const out = join(dir, 'result.json');
    const r = run(scenario, '--json', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).scenarioName).toBe('from-file');
  });

  it.each([
    [[], 'simulate: name a preset or a scenario file (see --help)'],
    [['atlantis'], `simulate: atlantis: not a preset (${presetNames.join(', ')}) nor a .json scenario file`],
    [['classroom', 'moscow-2021'], 'simulate: expected one scenario, got 2: classroom moscow-2021'],
    [['classroom', '--sed', 'x'], /^simulate: Unknown option '--sed'/],
    [['classroom', '--seed'], /^simulate: Option '--seed <value>' argument missing/],
    [['classroom', '--seed', ''], 'simulate: --seed: must be 1 to 64 characters, got ""'],
    [['classroom-e2e', '--workers', '0'], 'simulate: --workers: must be a whole number from 1 to 64, got "0"'],
    [[join(dir, 'missing.json')], /^simulate: .*missing\.json: cannot read the file \(no such file\)$/],
    [[file('broken.json', '{"seed": "x",')], /^simulate: .*broken\.json: not valid JSON \(/],
    [[file('bad.json', '{"districts":[{"id":1,"name":"A","registered":-5}]}')], /bad\.json: districts\[0\]\.registered: must be a positive integer, got -5$/],
    [[file('typo.json', '{"revoting":{"polcy":"none"}}')], /typo\.json: revoting\.polcy: unknown field/],
  ])('rejects %j with one line and exit code 2', (argv, message) => {
    const r = run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(r.err.trimEnd()).toBe(message);
    else expect(r.err.trimEnd()).toMatch(message);
  });

  it('exits 2 without a stack trace when run as a process', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'simulations/simulate.ts', 'nowhere.json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('simulate: nowhere.json: cannot read the file (no such file)');
    expect(r.stdout).toBe('');
    const ok = execFileSync(process.execPath, ['--import', 'tsx', 'simulations/simulate.ts', 'classroom'], { encoding: 'utf8' });
    expect(ok).toContain('districts flipped');
  });
});
