/**
 * `simulate --compare-series FILE`: the real and the simulated online vote series side by side, per district;
 * `simulate --forensics`: the signals observers compute from published numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forensics, parseVoteSeries, publishedFigures, simulate } from '../src/core/index.ts';
import { FORENSICS_HEAD } from '../simulations/cli/forensics-table.ts';
import { simulateCli, USAGE } from '../simulations/cli/simulate-cli.ts';
import { findPreset } from '../src/content/presets/index.ts';
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

describe('simulate --forensics', () => {
  it('prints the per-district forensics table: the engine\'s numbers, rounded', () => {
    const r = run('classroom', '--forensics');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const head = lines.findIndex((l) => l.startsWith('District  Leader'));
    expect(head).toBeGreaterThan(0);
    expect(lines[head].split(/\s{2,}/)).toEqual([...FORENSICS_HEAD]);
    const rows = lines.slice(head + 2, lines.indexOf('', head));
    const report = forensics(publishedFigures(simulate(findPreset('classroom')!)));
    expect(rows).toHaveLength(report.districts.length);
    const signed = (x: number) => (x < 0 ? '−' : x > 0 ? '+' : '') + Math.abs(x * 100).toFixed(1);
    for (const [i, d] of report.districts.entries()) {
      const cells = rows[i].split(/\s{2,}/);
      expect(cells[0]).toBe(String(d.id));
      expect(cells[1]).toBe(d.candidates[d.leader]);
      expect(cells[2]).toBe(signed(d.leaderDrift.change));
      expect(cells[3]).toBe(signed(d.gap[report.focusParty.index]));
      expect(cells[4]).toBe(d.turnoutFit.slope.toFixed(3).replace('-', '−'));
      expect(cells[5]).toBe(d.turnoutFit.correlation.toFixed(3).replace('-', '−'));
      expect(cells[6]).toBe(`${signed(d.swing.explained)} ±${(d.swing.explainedSe * 100).toFixed(1)}`);
      expect(cells[7]).toBe(signed(d.swing.unexplained));
    }
    expect(r.out).toMatch(/suggest.*cannot prove/);
  });

  it('says when the ledger is private: observers could not bin the online ballots', () => {
    const hidden = file('private-ledger.json', JSON.stringify({ name: 'private-ledger', verifiability: { ledger: 'private' } }));
    const r = run(hidden, '--forensics');
    expect(r.code).toBe(0);
    expect(r.out).toContain('This scenario does not publish its ledger: observers could not compute it.');
    expect(run('classroom', '--forensics').out).not.toContain('does not publish its ledger');
  });

  it('cannot be combined with --json, and is in the usage text', () => {
    const r = run('classroom', '--forensics', '--json');
    expect(r.code).toBe(2);
    expect(r.err.trimEnd()).toBe('simulate: --forensics prints a table: it cannot be combined with --json');
    expect(USAGE).toContain('--forensics');
  });
});
