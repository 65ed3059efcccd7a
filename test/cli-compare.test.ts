/** `simulate --compare-series FILE`: the real and the simulated online vote series side by side, per district. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVoteSeries } from '../src/core/index.ts';
import { simulateCli, USAGE } from '../simulations/cli/simulate-cli.ts';
import { runCli, scratch } from './cli-helpers.ts';

const REAL = 'public/data/moscow-2021-online-20min.csv';

const run = (...argv: string[]) => runCli(simulateCli, ...argv);

const { dir, file } = scratch('tally-compare-');

describe('simulate --compare-series', () => {
  it('prints a per-district comparison of the real Moscow series and the simulated one', { timeout: 120_000 }, () => {
    const r = run('moscow-2021', '--compare-series', REAL);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const head = lines.findIndex((l) => l.startsWith('District  Ballots real'));
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 1]).toMatch(/^-+ +-+/);
    const rows = lines.slice(head + 2, lines.indexOf('', head));
    expect(rows).toHaveLength(15);
    expect(rows.map((l) => Number(l.split(/\s+/)[0]))).toEqual(Array.from({ length: 15 }, (_, i) => 196 + i));

    const parsed = parseVoteSeries(readFileSync(REAL, 'utf8'));
    if ('errors' in parsed) throw new Error('the shipped file does not parse');
    const d197 = parsed.series.districts.find((d) => d.id === 197)!;
    const row197 = rows.find((l) => l.startsWith('197 '))!;
    expect(row197.split(/\s+/)[1]).toBe(d197.total.toLocaleString('en-US'));
    expect(row197).toContain('ПОПОВ');
    expect(row197).toContain('ЛОБАНОВ');
    expect(r.out).toMatch(/suggest.*cannot prove/);
  });

  it('rejects a malformed series with one line naming the line and column, exit 2', () => {
    const bad = file(
      'bad.csv',
      'district,bin_start_utc,candidate,votes\n197,2021-09-17T05:00:00.000Z,"ПОПОВ Евгений",12\n197,2021-09-17T05:00:00.000Z,"ЛОБАНОВ Михаил",-3\n',
    );
    const r = run('classroom', '--compare-series', bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err.trimEnd()).toBe(`simulate: ${bad}: line 3, column votes: votes must not be negative, got -3`);
  });

  it.each([
    [['classroom', '--compare-series', join(dir, 'missing.csv')], /^simulate: .*missing\.csv: cannot read the file \(no such file\)$/],
    [['classroom', '--compare-series', REAL, '--json'], /^simulate: --compare-series prints a table: it cannot be combined with --json$/],
    [['classroom', '--compare-series'], /^simulate: Option '--compare-series <value>' argument missing/],
  ])('rejects %j with one line and exit code 2', (argv, message) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err.trimEnd()).toMatch(message);
  });

  it('is in the usage text', () => {
    expect(USAGE).toContain('--compare-series FILE');
  });
});
