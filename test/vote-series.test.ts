import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  localBinLabel,
  parseVoteSeries,
  type SeriesError,
  type VoteSeries,
} from '../src/core/index.ts';

const FILE = new URL('../public/data/moscow-2021-online-20min.csv', import.meta.url);
const text = readFileSync(FILE, 'utf8');
const MOSCOW = Array.from({ length: 15 }, (_, i) => 196 + i);

function series(csv: string, options?: Parameters<typeof parseVoteSeries>[1]): VoteSeries {
  const r = parseVoteSeries(csv, options);
  if ('errors' in r) throw new Error(JSON.stringify(r.errors));
  return r.series;
}

function errors(csv: string, options?: Parameters<typeof parseVoteSeries>[1]): SeriesError[] {
  const r = parseVoteSeries(csv, options);
  if ('series' in r) throw new Error('expected errors, got a series');
  return r.errors;
}

const HEADER = 'district,bin_start_utc,candidate,votes';
const good = [
  HEADER,
  '197,2021-09-17T05:00:00.000Z,"ЛОБАНОВ Михаил Сергеевич",10',
  '197,2021-09-17T05:00:00.000Z,"ПОПОВ Евгений Георгиевич",20',
  '197,2021-09-17T05:20:00.000Z,"ЛОБАНОВ Михаил Сергеевич",11',
  '197,2021-09-17T05:20:00.000Z,"ПОПОВ Евгений Георгиевич",21',
  '197,2021-09-17T05:40:00.000Z,"ЛОБАНОВ Михаил Сергеевич",12',
  '197,2021-09-17T05:40:00.000Z,"ПОПОВ Евгений Георгиевич",22',
];
/** The small file with line `n` (1-based, header = 1) replaced. */
const withLine = (n: number, row: string): string => good.map((l, i) => (i + 1 === n ? row : l)).join('\n') + '\n';

describe('the Moscow 2021 online series', () => {
  const s = series(text, { knownDistricts: MOSCOW });

  it('imports 15 districts of 181 twenty-minute bins, 2,003,956 ballots', () => {
    expect(s.districts.map((d) => d.id)).toEqual(MOSCOW);
    expect(s.binMinutes).toBe(20);
    for (const d of s.districts) {
      expect(d.bins).toHaveLength(181);
      expect(d.binMinutes).toBe(20);
      expect(d.bins[0]).toBe('2021-09-17T05:00:00.000Z');
      expect(d.bins[180]).toBe('2021-09-19T17:00:00.000Z');
      for (const c of d.candidates) {
        expect(c.votes).toHaveLength(181);
        expect(c.votes.reduce((a, b) => a + b, 0)).toBe(c.total);
      }
      expect(d.candidates.reduce((a, c) => a + c.total, 0)).toBe(d.total);
    }
    expect(s.total).toBe(2_003_956);
    expect(s.districts.reduce((a, d) => a + d.total, 0)).toBe(2_003_956);
  });

  it('reproduces the reported figures of district 197', () => {
    const d197 = s.districts.find((d) => d.id === 197)!;
    const popov = d197.candidates.filter((c) => c.name.includes('ПОПОВ'));
    const lobanov = d197.candidates.filter((c) => c.name.includes('ЛОБАНОВ'));
    expect(popov).toHaveLength(1);
    expect(lobanov).toHaveLength(1);
    expect(popov[0].total).toBe(49_955);
    expect(lobanov[0].total).toBe(29_746);
  });

  it('keeps Cyrillic names exactly as in the file', () => {
    const raw = text.split('\n').find((l) => l.startsWith('197,') && l.includes('ЛОБАНОВ'))!;
    const quoted = raw.split(',')[2];
    const name = quoted.slice(1, -1);
    expect(name).toBe('ЛОБАНОВ Михаил Сергеевич');
    const d197 = s.districts.find((d) => d.id === 197)!;
    expect(d197.candidates.map((c) => c.name)).toContain(name);
    const all = new Set(
      text
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[2].slice(1, -1)),
    );
    const imported = new Set(s.districts.flatMap((d) => d.candidates.map((c) => c.name)));
    expect(imported).toEqual(all);
  });

  it('labels bins in Moscow time', () => {
    expect(localBinLabel(s.districts[0].bins[0], 180)).toBe('2021-09-17 08:00');
    expect(localBinLabel('2021-09-19T21:00:00.000Z', 180)).toBe('2021-09-20 00:00');
    expect(localBinLabel('2021-09-17T05:00Z', -90)).toBe('2021-09-17 03:30');
    expect(() => localBinLabel('2021-09-17 05:00', 180)).toThrow(RangeError);
  });
});

describe('importing other series', () => {
  it('reads a small file, with CRLF, a BOM, blank lines and shortened timestamps', () => {
    const csv = '\uFEFF' + [good[0], good[1], '', good[2], good[3].replace(':00.000Z', 'Z'), good[4], good[5], good[6]].join('\r\n');
    const s = series(csv);
    expect(s.districts).toHaveLength(1);
    expect(s.districts[0].bins).toEqual(['2021-09-17T05:00:00.000Z', '2021-09-17T05:20:00.000Z', '2021-09-17T05:40:00.000Z']);
    expect(s.districts[0].candidates.map((c) => [c.name, [...c.votes]])).toEqual([
      ['ЛОБАНОВ Михаил Сергеевич', [10, 11, 12]],
      ['ПОПОВ Евгений Георгиевич', [20, 21, 22]],
    ]);
    expect(s.total).toBe(96);
  });

  it('counts a candidate missing from a bin as 0', () => {
    const csv = good.filter((_, i) => i !== 4).join('\n');
    const popov = series(csv).districts[0].candidates[1];
    expect([...popov.votes]).toEqual([20, 0, 22]);
    expect(popov.total).toBe(42);
  });

  it('accepts candidate-major order and columns in another order', () => {
    const rows = [good[1], good[3], good[5], good[2], good[4], good[6]].map((r) => {
      const [d, b, c, v] = r.split(',');
      return [v, c, d, b].join(',');
    });
    const s = series(['votes,candidate,district,bin_start_utc', ...rows].join('\n'));
    expect(s.total).toBe(96);
    expect(s.districts[0].bins).toHaveLength(3);
  });
});

describe('malformed files give located errors', () => {
  it('a negative vote', () => {
    expect(errors(withLine(3, '197,2021-09-17T05:00:00.000Z,"ПОПОВ Евгений Георгиевич",-5'))).toEqual([
      { line: 3, column: 'votes', message: 'votes must not be negative, got -5' },
    ]);
  });

  it('a non-numeric or fractional vote', () => {
    expect(errors(withLine(4, '197,2021-09-17T05:20:00.000Z,"ЛОБАНОВ Михаил Сергеевич",twelve'))).toEqual([
      { line: 4, column: 'votes', message: 'votes must be a number, got "twelve"' },
    ]);
    expect(errors(withLine(4, '197,2021-09-17T05:20:00.000Z,"ЛОБАНОВ Михаил Сергеевич",1.5'))).toEqual([
      { line: 4, column: 'votes', message: 'votes must be a whole number, got 1.5' },
    ]);
    expect(errors(withLine(4, '197,2021-09-17T05:20:00.000Z,"ЛОБАНОВ Михаил Сергеевич",'))[0]).toMatchObject({ line: 4, column: 'votes' });
  });

  it('a bad timestamp', () => {
    for (const bad of ['2021-09-17 05:20:00', '2021-09-17T05:20:00+03:00', '2021-02-30T05:20:00Z', 'yesterday']) {
      const e = errors(withLine(4, `197,${bad},"ЛОБАНОВ Михаил Сергеевич",11`));
      expect(e[0], bad).toEqual({
        line: 4,
        column: 'bin_start_utc',
        message: `bin_start_utc must be an ISO-8601 UTC instant like 2021-09-17T05:00:00.000Z, got "${bad}"`,
      });
    }
  });

  it('a bad district', () => {
    expect(errors(withLine(2, '0,2021-09-17T05:00:00.000Z,"ЛОБАНОВ Михаил Сергеевич",10'))[0]).toEqual({
      line: 2,
      column: 'district',
      message: 'district must be a positive integer, got "0"',
    });
  });

  it('a missing, an extra or a duplicated column in the header', () => {
    const noVotes = ['district,bin_start_utc,candidate', '197,2021-09-17T05:00:00.000Z,"X"'].join('\n');
    expect(errors(noVotes)).toEqual([
      { line: 1, column: 'votes', message: 'missing column "votes" (expected the header district,bin_start_utc,candidate,votes)' },
    ]);
    const extra = withLine(1, HEADER + ',region');
    expect(errors(extra)).toEqual([
      { line: 1, column: 'region', message: 'unexpected column "region" (expected the header district,bin_start_utc,candidate,votes)' },
    ]);
    expect(errors(withLine(1, HEADER + ',votes'))).toEqual([{ line: 1, column: 'votes', message: 'column "votes" appears 2 times' }]);
    expect(errors('')).toEqual([{ line: 1, column: '', message: 'the file is empty: expected the header district,bin_start_utc,candidate,votes' }]);
  });

  it('a row with too few or too many fields', () => {
    expect(errors(withLine(5, '197,2021-09-17T05:20:00.000Z,"ПОПОВ Евгений Георгиевич"'))).toEqual([
      { line: 5, column: 'votes', message: 'missing value for "votes": the row has too few fields' },
    ]);
    expect(errors(withLine(5, '197,2021-09-17T05:20:00.000Z,"ПОПОВ Евгений Георгиевич",21,7'))[0]).toMatchObject({ line: 5, column: '' });
  });

  it('an unknown district, when the caller knows them', () => {
    const csv = withLine(2, '999,2021-09-17T05:00:00.000Z,"ЛОБАНОВ Михаил Сергеевич",10');
    expect(errors(csv, { knownDistricts: MOSCOW })).toEqual([
      { line: 2, column: 'district', message: 'unknown district 999 (known: 196–210)' },
    ]);
    // Without the list, 999 is just another district (one bin, so the file's 20-minute grid holds).
    expect(series(csv).districts.map((d) => d.id)).toEqual([197, 999]);
  });

  it('a duplicate row', () => {
    expect(errors(withLine(6, good[2]))).toEqual([
      {
        line: 6,
        column: 'candidate',
        message: 'duplicate row: district 197, bin 2021-09-17T05:00:00.000Z, candidate "ПОПОВ Евгений Георгиевич" already on line 3',
      },
    ]);
  });

  it('a duplicate row is found in the real file, with its line', () => {
    const lines = text.trimEnd().split('\n');
    const dup = lines.slice(0, 1000).concat(lines[500]).join('\n');
    expect(errors(dup)).toEqual([
      expect.objectContaining({ line: 1001, column: 'candidate', message: expect.stringContaining('already on line 501') }),
    ]);
  });

  it('unsorted bins', () => {
    const csv = [good[0], good[1], good[2], good[5], good[6], good[3], good[4]].join('\n');
    expect(errors(csv)).toEqual([
      {
        line: 6,
        column: 'bin_start_utc',
        message: 'bin 2021-09-17T05:20:00.000Z of district 197 comes after bin 2021-09-17T05:40:00.000Z: bins must be in chronological order',
      },
    ]);
  });

  it('overlapping, off-grid and missing bins', () => {
    const rows = (times: string[]) =>
      [HEADER, ...times.map((t, i) => `197,2021-09-17T${t}:00.000Z,"ПОПОВ Евгений Георгиевич",${i}`)].join('\n');
    expect(errors(rows(['05:00', '05:20', '05:40', '05:50', '06:10', '06:30']))).toEqual([
      {
        line: 5,
        column: 'bin_start_utc',
        message:
          'bin 2021-09-17T05:50:00.000Z of district 197 starts 10 minutes after bin 2021-09-17T05:40:00.000Z: it overlaps that bin (bins are 20 minutes long)',
      },
    ]);
    expect(errors(rows(['05:00', '05:20', '05:40', '06:20', '06:40']))).toEqual([
      {
        line: 5,
        column: 'bin_start_utc',
        message: 'bin 2021-09-17T06:20:00.000Z of district 197 starts 40 minutes after bin 2021-09-17T05:40:00.000Z: 1 bin(s) missing (bins are every 20 minutes)',
      },
    ]);
    expect(errors(rows(['05:00', '05:20', '05:40', '06:10', '06:30']))[0]).toMatchObject({ line: 5, message: expect.stringContaining('off the 20-minute grid') });
  });

  it('a district on another grid', () => {
    const a = ['05:00', '05:20', '05:40', '06:00'].map((t) => `197,2021-09-17T${t}:00.000Z,"A",1`);
    const b = ['05:00', '05:10', '05:20'].map((t) => `198,2021-09-17T${t}:00.000Z,"B",1`);
    expect(errors([HEADER, ...a, ...b].join('\n'))).toEqual([
      { line: 7, column: 'bin_start_utc', message: 'district 198 has bins 10 minutes apart, the file 20' },
    ]);
  });

  it('counts lines through quoted line breaks and blank lines', () => {
    const csv = [HEADER, '197,2021-09-17T05:00:00.000Z,"ЛОБАНОВ\nМихаил",10', '', '197,2021-09-17T05:20:00.000Z,"ЛОБАНОВ\nМихаил",-1'].join('\n');
    expect(errors(csv)).toEqual([{ line: 5, column: 'votes', message: 'votes must not be negative, got -1' }]);
  });

  it('collects several errors, up to maxErrors', () => {
    const csv = [HEADER, ...Array.from({ length: 10 }, (_, i) => `197,2021-09-17T05:${String(i).padStart(2, '0')}:00Z,"A",-1`)].join('\n');
    expect(errors(csv)).toHaveLength(10);
    expect(errors(csv, { maxErrors: 3 }).map((e) => e.line)).toEqual([2, 3, 4]);
  });
});
