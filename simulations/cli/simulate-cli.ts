/**
 * `npm run simulate -- <preset | scenario.json> [--seed S] [--json] [--out FILE] [--record FILE] [--receipts FILE]
 *  [--compare-series FILE] [--forensics]`
 * Runs a scenario headless and prints the district table, or the full result as JSON; optionally
 * writes the public election record and the receipts of the voters who keep them, compares a real
 * vote series (a CSV, src/core/series/vote-series.ts) with the run's own, district by district, and prints the
 * forensics an observer can compute from the published numbers (src/core/forensics/forensics.ts).
 */
import { forensics, parseVoteSeries, publishedFigures, receiptsToJson, recordJsonPieces, simulate, type ElectionRecord, type SimulationRun, type VoteSeries } from '../../src/core/index.ts';
import { CryptoCosts, type CostSummary } from '../../src/core/e2e/crypto-costs.ts';
import { parseScenario } from '../../src/core/scenario/validate.ts';
import { simulateWithPool } from '../../src/pool/simulate-with-pool.ts';
import { cryptoPool, parseWorkers, progressLine } from './crypto-workers.ts';
import { seriesFromRun, summarizeSeries, type SeriesSummary } from '../../src/core/series/ledger-series.ts';
import { presetNames } from '../../src/content/presets/index.ts';
import { CliError, parseCommandLine, readTextFile, runCommand, runCommandAsync, type Io } from './command.ts';
import { loadScenario, scenarioSource, withScenarioErrors, withScenarioErrorsSync } from './load-scenario.ts';
import { withStopSignals, writeFileAtomic, writeFileAtomicSync, type OutputFile } from './atomic-write.ts';
import { forensicsTable } from './forensics-table.ts';
import { districtTable } from './table.ts';
import { msg, str } from '@lit/localize';

/** --help, in the language in use. */
export const usage = () => {
  const presets = presetNames.join(', ');
  return msg(str`Usage: npm run simulate -- <preset | scenario.json> [--seed S] [--json] [--out FILE] [--record FILE] [--receipts FILE]
                           [--compare-series FILE] [--forensics] [--workers N] [--lang ru|en]

  <preset>        one of: ${presets}
  scenario.json   a scenario file (any knob left out takes its default)
  --seed S        override the scenario's seed
  --json          print the full result as JSON instead of the table
  --out FILE      write the output to FILE instead of standard output
  --record FILE   also write the public election record (docs/record-format.md), for npm run verify
  --receipts FILE also write the receipts of the voters who check theirs
  --compare-series FILE
                  after the table, compare a real vote series (CSV: district,bin_start_utc,candidate,votes,
                  e.g. public/data/moscow-2021-online-20min.csv) with the run's published ledger, per district
  --forensics     after the table, what observers compute from the published numbers alone, per district:
                  the leader's online drift, the channel gap, turnout vs the leader's share across precincts,
                  and the channel swing split into what the voters' age mix explains and the remainder
  --workers N     worker threads for the verifiable mode's cryptography (default: 2, at most the cores)
  --lang ru|en    the language of the table, the errors and this help (default: from LC_ALL, LC_MESSAGES
                  or LANG); --json and the record stay language-neutral
  --help          show this help
`);
};

/** --help in English (the source language). */
export const USAGE = usage();

/**
 * Runs the command in this thread; returns the exit code (0 ok, 2 bad arguments or input). The
 * verifiable mode's cryptography runs inline here; `simulateCliWithWorkers` hands it to threads.
 */
export function simulateCli(argv: string[], io: Io): number {
  return runCommand('simulate', io, (io) => {
    const command = prepare(argv, io);
    if (typeof command === 'number') return command;
    const costs = new CryptoCosts();
    const run = withScenarioErrorsSync(command.source, () => simulate(command.scenario, { ...command.options, costs, clock: () => performance.now() }));
    const output = finish(run, command, io, run.scenario.e2e.enabled ? costs.summary(1) : null);
    for (const file of output.files) {
      writeFileAtomicSync(file);
      io.err(`wrote ${file.file}\n`);
    }
    if (output.stdout !== null) io.out(output.stdout);
    return 0;
  });
}

/**
 * The command as `npm run simulate` runs it: a verifiable scenario's cryptography goes to worker threads, and
 * files are written without blocking, so Ctrl-C or SIGTERM during a write leaves the old file (exit 130, 143).
 */
export function simulateCliWithWorkers(argv: string[], io: Io): Promise<number> {
  return runCommandAsync('simulate', io, async (io) => {
    const command = prepare(argv, io);
    if (typeof command === 'number') return command;
    const output = await withScenarioErrors(command.source, async (): Promise<Output> => {
      if (!parseScenario(command.scenario).e2e.enabled) return finish(simulate(command.scenario, command.options), command, io, null);
      const pool = cryptoPool(command.workers);
      try {
        const { run, costs } = await simulateWithPool(command.scenario, { ...command.options, pool, onProgress: progressLine(io) });
        return finish(run, command, io, costs);
      } finally {
        pool.terminate();
      }
    });
    await withStopSignals(async () => {
      for (const file of output.files) {
        await writeFileAtomic(file);
        io.err(`wrote ${file.file}\n`);
      }
    });
    if (output.stdout !== null) io.out(output.stdout);
    return 0;
  });
}

type Command = Exclude<ReturnType<typeof prepare>, number>;

function prepare(argv: string[], io: Io) {
  {
    const parsed = parseCommandLine(argv, {
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      record: { type: 'string' },
      receipts: { type: 'string' },
      'compare-series': { type: 'string' },
      forensics: { type: 'boolean', default: false },
      workers: { type: 'string' },
    });
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(usage());
      return 0;
    }
    if (positionals.length !== 1) {
      throw new CliError(
        positionals.length === 0 ? msg('name a preset or a scenario file (see --help)') : msg(str`expected one scenario, got ${positionals.length}: ${positionals.join(' ')}`),
      );
    }
    if (values.seed !== undefined && (values.seed.length === 0 || values.seed.length > 64)) {
      throw new CliError(msg(str`--seed: must be 1 to 64 characters, got ${JSON.stringify(values.seed)}`));
    }
    const compareFile = values['compare-series'];
    if (compareFile !== undefined && values.json) throw new CliError(msg('--compare-series prints a table: it cannot be combined with --json'));
    if (values.forensics && values.json) throw new CliError(msg('--forensics prints a table: it cannot be combined with --json'));
    const real = compareFile === undefined ? undefined : readSeries(compareFile);
    const workers = parseWorkers(values.workers);
    const scenario = loadScenario(positionals[0]);
    return { scenario, source: scenarioSource(positionals[0]), options: values.seed === undefined ? {} : { seed: values.seed }, values, real, workers };
  }
}

/** What a finished run leaves: the files to write, and the text for standard output (null when --out takes it). */
interface Output {
  readonly files: OutputFile[];
  readonly stdout: string | null;
}

function finish(run: SimulationRun, command: Command, io: Io, costs: CostSummary | null): Output {
  const { values, real } = command;
  if (costs) io.err(costLine(costs));
  let text = values.json ? JSON.stringify(run.result, null, 2) + '\n' : districtTable(run.result);
  if (real) {
    const off = run.scenario.timeZone.utcOffsetMinutes;
    text += '\n' + comparisonTable(summarizeSeries(real, off), summarizeSeries(seriesFromRun(run, real.binMinutes), off), real.binMinutes, off);
  }
  if (values.forensics) text += '\n' + forensicsTable(forensics(publishedFigures(run)));
  const files: OutputFile[] = [];
  if (values.record) files.push({ flag: 'record', file: values.record, content: () => recordFileText(run.integrity.record) });
  if (values.receipts) files.push({ flag: 'receipts', file: values.receipts, content: () => JSON.stringify(receiptsToJson(run.integrity.receipts)) + '\n' });
  if (values.out) files.push({ flag: 'out', file: values.out, content: () => text });
  return { files, stdout: values.out ? null : text };
}

/** The record file: its JSON in pieces (a city's ledger is never one string in memory), then a newline. */
function* recordFileText(record: ElectionRecord): Generator<string> {
  yield* recordJsonPieces(record);
  yield '\n';
}

/** What the verifiable mode's cryptography cost (on stderr: it is not part of the result). */
export function costLine(c: CostSummary): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  return (
    `cryptography: ${c.encrypted.toLocaleString('en-US')} ballots encrypted at ${ms(c.encryptMsPerBallot)} each, ${c.verified.toLocaleString('en-US')} verified at ${ms(c.verifyMsPerBallot)} each; ` +
    `CPU time ${(c.cpuMs / 1000).toFixed(1)} s on ${c.workers} worker${c.workers === 1 ? '' : 's'}\n`
  );
}

/** A vote-series CSV, parsed; the first problem becomes one line naming the file, line and column. */
function readSeries(file: string): VoteSeries {
  const parsed = parseVoteSeries(readTextFile(file));
  if ('series' in parsed) return parsed.series;
  const [e] = parsed.errors;
  const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
  throw new CliError(`${file}: line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}${more}`);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '—');
/** Real names are `SURNAME Given Patronymic`: the surname; simulated names as they are. */
const surname = (name: string) => name.split(/\s+/)[0];

/**
 * Real and simulated summaries side by side, districts matched by id (a district in one series only has
 * "—" for the other).
 */
function comparisonTable(real: SeriesSummary[], sim: SeriesSummary[], binMinutes: number, utcOffsetMinutes: number): string {
  const head = ['District', 'Ballots real', 'Ballots sim', 'Top two real', 'Top two sim', 'Day one real', 'Day one sim', 'Leader drift real', 'Leader drift sim', 'Peak bin real', 'Peak bin sim'];
  const right = [false, true, true, false, false, true, true, false, false, false, false];
  const byId = (list: SeriesSummary[]) => new Map(list.map((s) => [s.id, s]));
  const realById = byId(real);
  const simById = byId(sim);
  const ids = [...new Set([...realById.keys(), ...simById.keys()])].sort((a, b) => a - b);
  const cells = (s: SeriesSummary | undefined, name: (n: string) => string) =>
    s === undefined
      ? ['—', '—', '—', '—', '—']
      : [
          fmt(s.total),
          s.top.map((t) => `${name(t.name)} ${pct(t.share)}`).join(' · ') || '—',
          s.total > 0 ? pct(s.dayOneShare) : '—',
          s.leaderDrift ? `${pct(s.leaderDrift.first)} → ${pct(s.leaderDrift.last)}` : '—',
          s.peak ? `${s.peak.label} (${fmt(s.peak.ballots)})` : '—',
        ];
  const rows = ids.map((id) => {
    const r = cells(realById.get(id), surname);
    const m = cells(simById.get(id), (n) => n);
    return [String(id), r[0], m[0], r[1], m[1], r[2], m[2], r[3], m[3], r[4], m[4]];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const pad = (c: string[]) => c.map((x, i) => (right[i] ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  const zone = `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
  return [
    `Online vote series, real vs simulated (every stored ballot, superseded re-votes included; ${binMinutes}-minute bins, local time ${zone})`,
    '',
    pad(head),
    pad(widths.map((w) => '-'.repeat(w))),
    ...rows.map(pad),
    '',
    'Day one: share of ballots on the first local day. Leader drift: the overall leader\'s share in the first → last third of the bins.',
    'Patterns like these can suggest where a vote flow differs from a model; they cannot prove fraud or honesty: only verifiable evidence can.',
  ].join('\n') + '\n';
}
