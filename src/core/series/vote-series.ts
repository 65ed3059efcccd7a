/**
 * Imports a per-bin vote series: one CSV row per district, bin and candidate,
 *
 *     district,bin_start_utc,candidate,votes
 *     196,2021-09-17T05:00:00.000Z,"БАЖЕНОВ Тимофей Тимофеевич",1157
 *
 * such as `public/data/moscow-2021-online-20min.csv` (the real Moscow 2021 online vote). The engine takes
 * the file's text, never a file: no DOM, no Node APIs, no clock.
 *
 * Rules (each broken rule is a located {@link SeriesError}; all are collected, up to `maxErrors`):
 * - The header is exactly the four columns above, in any order (names trimmed); a missing, duplicated or
 *   extra column is reported on line 1 and nothing else is checked.
 * - `district` is a positive integer (and, when `knownDistricts` is given, one of them).
 * - `bin_start_utc` is an ISO-8601 UTC instant ending in `Z` (`2021-09-17T05:00Z`, `…:00Z`, `…:00.000Z`),
 *   a real calendar time; it is normalised to `YYYY-MM-DDTHH:MM:SS.sssZ`.
 * - `candidate` is non-empty after trimming. Names are kept exactly as written otherwise: no case
 *   folding, no Unicode normalisation, so Cyrillic (or any script) round-trips.
 * - `votes` is a whole, non-negative number (digits only, at most 4,294,967,295).
 * - A (district, bin, candidate) appears at most once.
 * - The bins of each district form a regular grid. In file order, each district's new bins must come in
 *   chronological order (rows may return to a bin already seen, so candidate-major files are fine); a bin
 *   earlier than one already seen is reported as out of order. Consecutive bins must be exactly one bin
 *   width apart: closer is an overlap, further is a gap (missing bins are reported, not filled, so lost
 *   rows cannot pass silently; a sparse file must still list every bin at least once, e.g. with a zero
 *   row). The width is the most common spacing over the whole file (or `binMinutes` when given), a whole
 *   number of minutes, and every district must share it. A district with a single bin takes it as is.
 * - A candidate with no row in some bin of their district counts as 0 votes there (sparse files that omit
 *   zero rows import as they are). Candidates are listed in the order they first appear in the district.
 */
// The package's own file, not `papaparse`: that name resolves to @types/papaparse, which references Node's
// types and would put them into the engine's compile (see src/types/papaparse.d.ts).
import Papa, { type ParseError } from 'papaparse/papaparse.js';
import { isoUtc, formatLocal } from '../base/time.ts';

/** The columns of a vote-series CSV, in the canonical order. */
export const SERIES_COLUMNS = ['district', 'bin_start_utc', 'candidate', 'votes'] as const;
export type SeriesColumn = (typeof SERIES_COLUMNS)[number];

export interface CandidateSeries {
  /** As in the file, trimmed. */
  name: string;
  /** Votes per bin, aligned with the district's `bins`. */
  votes: Uint32Array;
  total: number;
}

export interface DistrictSeries {
  id: number;
  /** ISO-8601 UTC starts of the bins, sorted, each `binMinutes` after the previous. */
  bins: string[];
  binMinutes: number;
  candidates: CandidateSeries[];
  total: number;
}

export interface VoteSeries {
  /** Sorted by district id. */
  districts: DistrictSeries[];
  total: number;
  binMinutes: number;
}

/**
 * One thing wrong with the file: `line` is 1-based and counts the header as line 1 (a row spanning lines
 * through a quoted line break is reported at its first line); `column` is the CSV column's name, or `''`
 * for a problem with the whole row (extra fields, broken quoting).
 */
export interface SeriesError {
  line: number;
  column: SeriesColumn | string;
  message: string;
}

export interface ParseVoteSeriesOptions {
  /** When given, any other district is an error. */
  knownDistricts?: readonly number[];
  /** The expected bin width; by default the most common spacing in the file. */
  binMinutes?: number;
  /** Stop collecting after this many errors (default 100). */
  maxErrors?: number;
}

export type ParseVoteSeriesResult = { series: VoteSeries } | { errors: SeriesError[] };

const MAX_VOTES = 0xffff_ffff;
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/;

interface DistrictAcc {
  id: number;
  /** Bin start ms → index in first-appearance order. */
  binIndex: Map<number, number>;
  binMs: number[];
  binLines: number[];
  latestMs: number;
  /** Out-of-order bins already reported: their other rows are skipped without another error. */
  rejected: Set<number>;
  candidateIndex: Map<string, number>;
  names: string[];
  /** cells[candidate] = Map(bin index → votes). */
  cells: Map<number, number>[];
  /** `${bin}\u0000${candidate}` → line of the first row, for duplicate detection. */
  seen: Map<string, number>;
}

class TooManyErrors extends Error {}

/** Parses and checks a vote-series CSV (see the module comment for the rules). */
export function parseVoteSeries(text: string, options: ParseVoteSeriesOptions = {}): ParseVoteSeriesResult {
  const maxErrors = options.maxErrors ?? 100;
  if (options.binMinutes !== undefined && !(Number.isInteger(options.binMinutes) && options.binMinutes > 0)) {
    throw new RangeError(`binMinutes must be a positive whole number, got ${options.binMinutes}`);
  }
  const errors: SeriesError[] = [];
  const fail = (line: number, column: string, message: string): void => {
    errors.push({ line, column, message });
    if (errors.length >= maxErrors) throw new TooManyErrors();
  };
  if (text.startsWith('\uFEFF')) text = text.slice(1);

  try {
    // The header, on its own first, so that a wrong one stops everything with one clear error each.
    const head = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: true, delimiter: ',' });
    const fields = (head.data[0] ?? []).map((f) => f.trim());
    if (fields.length === 0) {
      fail(1, '', `the file is empty: expected the header ${SERIES_COLUMNS.join(',')}`);
      return { errors };
    }
    const expected = `expected the header ${SERIES_COLUMNS.join(',')}`;
    for (const column of SERIES_COLUMNS) {
      const n = fields.filter((f) => f === column).length;
      if (n === 0) fail(1, column, `missing column "${column}" (${expected})`);
      else if (n > 1) fail(1, column, `column "${column}" appears ${n} times`);
    }
    for (const f of fields) {
      if (!(SERIES_COLUMNS as readonly string[]).includes(f)) {
        fail(1, f, f === '' ? `empty column name (${expected})` : `unexpected column "${f}" (${expected})`);
      }
    }
    if (errors.length > 0) return { errors };

    const known = options.knownDistricts ? new Set(options.knownDistricts) : undefined;
    const districts = new Map<number, DistrictAcc>();
    const lineOf = lineLocator(text);
    let prevCursor = head.meta.cursor;

    Papa.parse<Record<string, string | string[] | undefined>>(text, {
      header: true,
      skipEmptyLines: true,
      delimiter: ',',
      transformHeader: (h) => h.trim(),
      step: (row) => {
        let start = prevCursor;
        while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
        prevCursor = row.meta.cursor;
        const line = lineOf(start);
        checkRow(row.data, row.errors, line);
      },
    });

    function checkRow(
      data: Record<string, string | string[] | undefined>,
      parseErrors: ParseError[],
      line: number,
    ): void {
      let broken = false;
      for (const e of parseErrors) {
        if (e.code === 'TooFewFields') continue; // reported below, per missing column
        fail(line, '', e.code === 'TooManyFields' ? `${e.message.replace('Too many fields', 'too many fields')}` : e.message);
        broken = true;
      }
      const cell = (c: SeriesColumn): string | undefined => {
        const v = data[c];
        if (v === undefined) {
          fail(line, c, `missing value for "${c}": the row has too few fields`);
          return undefined;
        }
        return (v as string).trim();
      };
      const districtRaw = cell('district');
      const binRaw = cell('bin_start_utc');
      const nameRaw = cell('candidate');
      const votesRaw = cell('votes');

      let id: number | undefined;
      if (districtRaw !== undefined) {
        if (!/^\d+$/.test(districtRaw) || Number(districtRaw) < 1 || !Number.isSafeInteger(Number(districtRaw))) {
          fail(line, 'district', `district must be a positive integer, got "${districtRaw}"`);
        } else if (known && !known.has(Number(districtRaw))) {
          fail(line, 'district', `unknown district ${Number(districtRaw)} (known: ${describeKnown(known)})`);
        } else {
          id = Number(districtRaw);
        }
      }

      let ms: number | undefined;
      if (binRaw !== undefined) {
        ms = parseIsoUtc(binRaw);
        if (ms === undefined) {
          fail(line, 'bin_start_utc', `bin_start_utc must be an ISO-8601 UTC instant like 2021-09-17T05:00:00.000Z, got "${binRaw}"`);
        }
      }

      let name: string | undefined;
      if (nameRaw !== undefined) {
        if (nameRaw === '') fail(line, 'candidate', 'candidate name is empty');
        else name = nameRaw;
      }

      let votes: number | undefined;
      if (votesRaw !== undefined) {
        votes = parseVotes(votesRaw, (m) => fail(line, 'votes', m));
      }

      if (broken || id === undefined || ms === undefined || name === undefined || votes === undefined) return;
      addCell(id, ms, name, votes, line);
    }

    function addCell(id: number, ms: number, name: string, votes: number, line: number): void {
      let d = districts.get(id);
      if (!d) {
        d = {
          id,
          binIndex: new Map(),
          binMs: [],
          binLines: [],
          latestMs: -Infinity,
          rejected: new Set(),
          candidateIndex: new Map(),
          names: [],
          cells: [],
          seen: new Map(),
        };
        districts.set(id, d);
      }
      let b = d.binIndex.get(ms);
      if (b === undefined) {
        if (ms < d.latestMs) {
          if (d.rejected.has(ms)) return;
          d.rejected.add(ms);
          fail(
            line,
            'bin_start_utc',
            `bin ${isoUtc(ms)} of district ${id} comes after bin ${isoUtc(d.latestMs)}: bins must be in chronological order`,
          );
          return;
        }
        b = d.binMs.length;
        d.binIndex.set(ms, b);
        d.binMs.push(ms);
        d.binLines.push(line);
        d.latestMs = ms;
      }
      const key = `${b}\u0000${name}`;
      const first = d.seen.get(key);
      if (first !== undefined) {
        fail(line, 'candidate', `duplicate row: district ${id}, bin ${isoUtc(ms)}, candidate "${name}" already on line ${first}`);
        return;
      }
      d.seen.set(key, line);
      let c = d.candidateIndex.get(name);
      if (c === undefined) {
        c = d.names.length;
        d.candidateIndex.set(name, c);
        d.names.push(name);
        d.cells.push(new Map());
      }
      d.cells[c].set(b, votes);
    }

    if (districts.size === 0 && errors.length === 0) {
      fail(2, '', 'the file has a header but no rows');
    }

    // The grid: one width for the whole file, then every district's consecutive bins exactly that far apart.
    const sorted = [...districts.values()].sort((a, b) => a.id - b.id);
    const spacing = new Map<number, number>();
    for (const d of sorted) {
      for (let i = 1; i < d.binMs.length; i++) {
        const delta = d.binMs[i] - d.binMs[i - 1];
        spacing.set(delta, (spacing.get(delta) ?? 0) + 1);
      }
    }
    let widthMs: number | undefined;
    if (options.binMinutes !== undefined) widthMs = options.binMinutes * 60_000;
    else if (spacing.size > 0) widthMs = [...spacing.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    if (widthMs !== undefined && options.binMinutes === undefined && widthMs % 60_000 !== 0) {
      const d = sorted.find((x) => x.binMs.length > 1)!;
      fail(d.binLines[1], 'bin_start_utc', `bins are ${widthMs / 1000} s apart: the bin width must be a whole number of minutes`);
    }
    if (widthMs === undefined && sorted.length > 0 && errors.length === 0) {
      fail(sorted[0].binLines[0], 'bin_start_utc', 'every district has a single bin: cannot tell the bin width (pass binMinutes)');
    }
    if (widthMs !== undefined) {
      const minutes = widthMs / 60_000;
      for (const d of sorted) {
        const own = districtWidth(d.binMs);
        if (own !== undefined && own !== widthMs) {
          fail(d.binLines[1], 'bin_start_utc', `district ${d.id} has bins ${own / 60_000} minutes apart, the file ${minutes}`);
          continue;
        }
        for (let i = 1; i < d.binMs.length; i++) {
          const delta = d.binMs[i] - d.binMs[i - 1];
          if (delta === widthMs) continue;
          const what =
            delta < widthMs
              ? `it overlaps that bin (bins are ${minutes} minutes long)`
              : delta % widthMs === 0
                ? `${delta / widthMs - 1} bin(s) missing (bins are every ${minutes} minutes)`
                : `off the ${minutes}-minute grid`;
          fail(
            d.binLines[i],
            'bin_start_utc',
            `bin ${isoUtc(d.binMs[i])} of district ${d.id} starts ${delta / 60_000} minutes after bin ${isoUtc(d.binMs[i - 1])}: ${what}`,
          );
        }
      }
    }
    if (errors.length > 0) return { errors };

    let total = 0;
    const out: DistrictSeries[] = sorted.map((d) => {
      const candidates = d.names.map((name, c) => {
        const votes = new Uint32Array(d.binMs.length);
        let sum = 0;
        for (const [b, v] of d.cells[c]) {
          votes[b] = v;
          sum += v;
        }
        return { name, votes, total: sum };
      });
      const districtTotal = candidates.reduce((s, c) => s + c.total, 0);
      total += districtTotal;
      return { id: d.id, bins: d.binMs.map(isoUtc), binMinutes: widthMs! / 60_000, candidates, total: districtTotal };
    });
    return { series: { districts: out, total, binMinutes: widthMs! / 60_000 } };
  } catch (e) {
    if (e instanceof TooManyErrors) return { errors };
    throw e;
  }
}

/**
 * A bin start as local wall time, `YYYY-MM-DD HH:MM`, for a fixed offset east of UTC in minutes
 * (Moscow: 180): `localBinLabel('2021-09-17T05:00:00.000Z', 180)` is `2021-09-17 08:00`.
 * Throws a RangeError for a string that is not an ISO-8601 UTC instant.
 */
export function localBinLabel(iso: string, utcOffsetMinutes: number): string {
  const ms = parseIsoUtc(iso);
  if (ms === undefined) throw new RangeError(`not an ISO-8601 UTC instant: "${iso}"`);
  if (!Number.isFinite(utcOffsetMinutes)) throw new RangeError(`bad UTC offset: ${utcOffsetMinutes}`);
  return formatLocal(ms, utcOffsetMinutes);
}

/** Milliseconds since the epoch of a strict ISO-8601 UTC instant, or undefined. */
function parseIsoUtc(s: string): number | undefined {
  const m = ISO_UTC.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h, mi, sec = '0', frac = '0'] = m.slice(1);
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +sec, +frac.padEnd(3, '0'));
  // Date.UTC rolls 31 February into March and 24:00 into the next day: require the fields to survive.
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== +y ||
    back.getUTCMonth() !== +mo - 1 ||
    back.getUTCDate() !== +d ||
    back.getUTCHours() !== +h ||
    back.getUTCMinutes() !== +mi ||
    back.getUTCSeconds() !== +sec
  ) {
    return undefined;
  }
  return ms;
}

function parseVotes(raw: string, fail: (message: string) => void): number | undefined {
  if (/^\d+$/.test(raw)) {
    const v = Number(raw);
    if (v > MAX_VOTES) {
      fail(`votes must be at most ${MAX_VOTES}, got ${raw}`);
      return undefined;
    }
    return v;
  }
  const n = raw === '' ? NaN : Number(raw);
  if (Number.isNaN(n)) fail(`votes must be a number, got "${raw}"`);
  else if (n < 0) fail(`votes must not be negative, got ${raw}`);
  else fail(`votes must be a whole number, got ${raw}`);
  return undefined;
}

/** The most common spacing of a district's bins, or undefined with fewer than two. */
function districtWidth(binMs: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (let i = 1; i < binMs.length; i++) {
    const delta = binMs[i] - binMs[i - 1];
    counts.set(delta, (counts.get(delta) ?? 0) + 1);
  }
  if (counts.size === 0) return undefined;
  const [best, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  // Only a district whose grid is consistently another width is "another width"; stray deltas are per-bin errors.
  return n * 2 > binMs.length - 1 ? best : undefined;
}

function describeKnown(known: Set<number>): string {
  const ids = [...known].sort((a, b) => a - b);
  const contiguous = ids.length > 2 && ids[ids.length - 1] - ids[0] === ids.length - 1;
  if (contiguous) return `${ids[0]}–${ids[ids.length - 1]}`;
  return ids.length > 20 ? `${ids.slice(0, 20).join(', ')}, …` : ids.join(', ');
}

/** Maps a character offset to its 1-based line (line breaks: \n, \r\n or a lone \r). */
function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
