/**
 * `npm run sweep -- <sweep.json | name> [--json] [--workers N] [--out FILE]`
 * Runs a Monte Carlo sweep (src/core/sweep/sweep.ts) over worker threads, with a progress bar on standard
 * error, and prints per grid point the observed detection rate, its 95 % band and the closed form.
 * Ctrl-C (or the caller's signal) cancels: exit 130 (143 for SIGTERM). Bad input: one line, exit 2.
 */
import { existsSync } from 'node:fs';
import { aggregateSweep, checkSweep, MAX_SCENARIO_BYTES, sweepRuns, type SweepRow } from '../../src/core/index.ts';
import { findPreset, presetNames } from '../../src/content/presets/index.ts';
import { SHIPPED_SWEEPS } from '../../src/content/sweeps/index.ts';
import { CliError, parseCommandLine, readJsonFile, runCommandAsync, type Io } from './command.ts';
import { SIGNAL_EXIT, withStopSignals, writeFileAtomic } from './atomic-write.ts';
import { defaultWorkers } from './node-pool.ts';
import { progressBar } from './progress-bar.ts';
import { runSweepOnWorkers } from './sweep-runner.ts';
import { sweepTable } from './sweep-table.ts';
import { msg, str } from '@lit/localize';

/** --help, in the language in use. */
export const usage = () => {
  const shipped = Object.keys(SHIPPED_SWEEPS).join(', ');
  const workers = defaultWorkers();
  return msg(str`Usage: npm run sweep -- <sweep.json | name> [--json] [--workers N] [--out FILE] [--lang ru|en]

  sweep.json    a sweep file (tally-lab/sweep@1, docs/sweeps.md)
  name          a shipped sweep: ${shipped} (src/content/sweeps/)
  --json        print the summary per grid point and every run's row as JSON instead of the table
  --workers N   worker threads (default ${workers})
  --out FILE    write the output to FILE instead of standard output
  --lang ru|en  the language of the table, the errors and this help (default: from LC_ALL, LC_MESSAGES or LANG)
  --help        show this help

A progress bar goes to standard error; Ctrl-C cancels (exit code 130).
`);
};

/** --help in English (the source language). */
export const USAGE = usage();

export interface SweepCliOptions {
  /** Aborting it cancels the sweep, as Ctrl-C does. */
  readonly signal?: AbortSignal;
  /** Where the progress bar goes (default: the error stream, never redrawn in place). */
  readonly progress?: { readonly isTTY: boolean; write(text: string): void };
}

/** Runs the command; resolves to the exit code (0 ok, 2 bad arguments or input, 130 cancelled). */
export async function sweepCli(argv: string[], io: Io, options: SweepCliOptions = {}): Promise<number> {
  return runCommandAsync('sweep', io, (io) => sweepBody(argv, io, options));
}

/** A file, or else the name of a shipped sweep (a file of that name wins). */
export function readSweepInput(fileOrName: string): unknown {
  if (!existsSync(fileOrName) && Object.hasOwn(SHIPPED_SWEEPS, fileOrName)) return SHIPPED_SWEEPS[fileOrName];
  return readJsonFile(fileOrName, MAX_SCENARIO_BYTES);
}

async function sweepBody(argv: string[], io: Io, options: SweepCliOptions): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    json: { type: 'boolean', default: false },
    workers: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) {
    io.out(usage());
    return 0;
  }
  if (positionals.length !== 1) {
    throw new CliError(positionals.length === 0 ? 'name a sweep file (see --help)' : `expected one sweep file, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  let workers = defaultWorkers();
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!/^\d+$/.test(values.workers) || workers < 1 || workers > 64) throw new CliError(`--workers: must be a whole number from 1 to 64, got ${JSON.stringify(values.workers)}`);
  }
  const file = positionals[0];
  const checked = checkSweep(readSweepInput(file), findPreset, presetNames);
  if (!checked.ok) {
    const [first] = checked.issues;
    const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more)` : '';
    throw new CliError(`${file}: ${first.path}: ${first.message}${more}`);
  }
  const { sweep } = checked;

  const started = performance.now();
  const abort = new AbortController();
  const cancel = () => abort.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  if (options.signal?.aborted) cancel();
  let stoppedBy: 'SIGINT' | 'SIGTERM' = 'SIGINT';
  const onTerm = () => {
    stoppedBy = 'SIGTERM';
    cancel();
  };
  process.once('SIGINT', cancel);
  process.once('SIGTERM', onTerm);
  const bar = progressBar(options.progress ?? { isTTY: false, write: io.err }, sweepRuns(sweep), 'runs');
  let rows: SweepRow[] | null;
  try {
    rows = await runSweepOnWorkers(sweep, workers, { signal: abort.signal, onProgress: (done) => bar.update(done) });
  } finally {
    bar.finish();
    process.off('SIGINT', cancel);
    process.off('SIGTERM', onTerm);
    options.signal?.removeEventListener('abort', cancel);
  }
  if (rows === null) {
    io.err('sweep: cancelled\n');
    return SIGNAL_EXIT[stoppedBy];
  }
  const seconds = (performance.now() - started) / 1000;
  const points = aggregateSweep(sweep, rows);
  const text = values.json
    ? JSON.stringify({ format: 'tally-lab/sweep-result@1', sweep: { name: sweep.name, description: sweep.description, seeds: sweep.seeds, axes: sweep.axes }, points, rows }, null, 1) + '\n'
    : sweepTable(sweep, points, seconds);
  if (values.out) {
    const out = values.out;
    await withStopSignals(() => writeFileAtomic({ flag: 'out', file: out, content: () => text }));
    io.err(`wrote ${out}\n`);
  } else io.out(text);
  return 0;
}
