/**
 * `npm run verify -- <record.json> [--receipts FILE] [--json] [--strict]`
 * Checks a published election record (docs/record-format.md) independently: it reads the file,
 * runs the verifier of src/core/verify/verifier.ts on the record alone (never on a simulation) and prints
 * what each check found. Exit code 0: no check failed; 1: some check failed (with --strict, also:
 * some check was not possible); 2: bad arguments, or a file that cannot be read as a record (one
 * line naming the file, the JSON path and why).
 */
import {
  CHECKS,
  RecordFormatError,
  receiptsForRecord,
  recordFromJson,
  verifyRecord,
  type ElectionRecord,
  type Evidence,
  type VoterReceipts,
} from '../../src/core/index.ts';
import { statSync } from 'node:fs';
import { SPLIT_FROM } from '../../src/core/ledger/chain-segments.ts';
import { verifyRecordSteps } from '../../src/core/verify/verifier.ts';
import { runWithPool } from '../../src/pool/crypto-pool.ts';
import { CliError, describeError, MAX_RECORD_BYTES, oneLine, parseCommandLine, readJsonFile, runCommand, runCommandAsync, type Io } from './command.ts';
import { cryptoPool, parseWorkers } from './crypto-workers.ts';
import { msg, str } from '@lit/localize';
import { engineText } from '../../src/i18n/engine-catalogue.ts';
import { localName } from '../../src/i18n/names.ts';

/** --help, in the language in use. */
export const usage = () =>
  msg(`Usage: npm run verify -- <record.json> [--receipts FILE] [--json] [--strict] [--workers N] [--lang ru|en]

  record.json     a public election record (npm run simulate -- … --record FILE; docs/record-format.md)
  --receipts FILE also check the receipts voters kept (npm run simulate -- … --receipts FILE)
  --json          print the evidence list as JSON instead of the report
  --strict        also exit 1 when a check was not possible (the record does not allow it): demand full
                  verifiability
  --workers N     worker threads for a large ledger's hash chain and an end-to-end record's proofs
                  (default: 2)
  --lang ru|en    the language of the report, the errors and this help (default: from LC_ALL, LC_MESSAGES
                  or LANG); --json stays language-neutral
  --help          show this help

Exit code: 0 when no check failed, 1 when a check failed (with --strict, also when a check was not
possible), 2 when the arguments or a file are bad. The report's summary starts with how many checks
were verified out of how many.
`);

/** --help in English (the source language). */
export const USAGE = usage();

const label = (): Record<Evidence['status'], string> => ({ passed: msg('PASS'), failed: msg('FAIL'), 'not-possible': msg('n/a') });

/** Runs the command; returns the exit code. Never throws for bad input, and never prints a stack trace. */
export function verifyCli(argv: string[], io: Io): number {
  return runCommand('verify', io, (io) => {
    const command = prepare(argv, io);
    if (typeof command === 'number') return command;
    return finish(command, io, attempt(command.recordFile, () => verifyRecord(command.record, command.receipts ? { receipts: command.receipts } : {}).evidence));
  });
}

/** Records from this size on (about SPLIT_FROM ledger entries of JSON) start their workers before the read. */
const EARLY_POOL_BYTES = 3_000_000;

/**
 * The command as `npm run verify` runs it: worker threads hash a large ledger's chain in stretches
 * between checkpoints (src/core/ledger/chain-segments.ts) and check an end-to-end record's proofs.
 * For a large file they start before the record is read, so their start-up overlaps the parse; a
 * small plain record is checked in this thread, where a worker's start-up would cost more than it saves.
 */
export function verifyCliWithWorkers(argv: string[], io: Io): Promise<number> {
  return runCommandAsync('verify', io, async (io) => {
    // Filled in by the argument reader's callback, before the record is read.
    const early: { pool?: ReturnType<typeof cryptoPool> } = {};
    try {
      const command = prepare(argv, io, (workers, file) => {
        if (fileBytes(file) >= EARLY_POOL_BYTES) (early.pool = cryptoPool(workers)).start();
      });
      if (typeof command === 'number') return command;
      const options = command.receipts ? { receipts: command.receipts } : {};
      const { record } = command;
      const split = (record.ledger?.count ?? 0) >= SPLIT_FROM;
      if (!early.pool && !split && !record.e2e) return finish(command, io, attempt(command.recordFile, () => verifyRecord(record, options).evidence));
      const pool = (early.pool ??= cryptoPool(command.workers));
      const outcome = await runWithPool(verifyRecordSteps(record, options), pool).catch((err: unknown) => {
        throw new CliError(msg(str`${command.recordFile}: the verifier failed on this record (${describeError(err)})`));
      });
      return finish(command, io, outcome.evidence);
    } finally {
      early.pool?.terminate();
    }
  });
}

/** The file's size in bytes, or 0 when it cannot be read (the read that follows reports why). */
function fileBytes(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function attempt(recordFile: string, check: () => Evidence[]): Evidence[] {
  try {
    return check();
  } catch (err) {
    // The reader accepted a record the verifier cannot handle: a bug, reported in one line.
    throw new CliError(msg(str`${recordFile}: the verifier failed on this record (${describeError(err)})`));
  }
}

/** Reads the arguments and the files; `beforeRead` hears the --workers count and the record's file name before the record is read. */
function prepare(argv: string[], io: Io, beforeRead?: (workers: number, recordFile: string) => void) {
  {
    const parsed = parseCommandLine(argv, {
      receipts: { type: 'string' },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      workers: { type: 'string' },
    });
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(usage());
      return 0;
    }
    if (positionals.length !== 1) {
      throw new CliError(positionals.length === 0 ? msg('name a record file (see --help)') : msg(str`expected one record file, got ${positionals.length}: ${positionals.join(' ')}`));
    }
    if (values.receipts === '') throw new CliError(msg('--receipts: name a file (see --help)'));
    const recordFile = positionals[0];
    const workers = parseWorkers(values.workers);
    beforeRead?.(workers, recordFile);
    const record = readAs(recordFile, recordFromJson);
    const receipts = values.receipts === undefined ? undefined : readAs(values.receipts, (json) => receiptsForRecord(json, record));
    return { record, recordFile, receipts, json: values.json, strict: values.strict, workers };
  }
}

function finish(command: Exclude<ReturnType<typeof prepare>, number>, io: Io, evidence: Evidence[]): number {
  const failed = evidence.some((e) => e.status === 'failed');
  const notPossible = evidence.some((e) => e.status === 'not-possible');
  io.out(command.json ? JSON.stringify(evidence, null, 2) + '\n' : report(command.recordFile, command.record, command.receipts, evidence, command.strict));
  return failed || (command.strict && notPossible) ? 1 : 0;
}

/** Reads a JSON file and converts it; every failure becomes one line naming the file (and the JSON path). */
function readAs<T>(file: string, convert: (json: unknown) => T): T {
  const json = readJsonFile(file, MAX_RECORD_BYTES);
  try {
    return convert(json);
  } catch (err) {
    if (err instanceof RecordFormatError) throw new CliError(`${file}: ${oneLine(err.message)}`);
    // Not the file's fault as far as the reader can say: a bug in the reader, reported in one line.
    throw new CliError(msg(str`${file}: the reader failed on this file (${describeError(err)})`));
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

/** Where a check was made: the whole election, or a district named by id and name. */
function location(e: Evidence, record: ElectionRecord): string {
  if (e.districtId === null) return msg('election-wide');
  const d = record.districts.find((x) => x.id === e.districtId);
  const where = d ? `${d.id} ${localName(d.name)}` : String(e.districtId);
  return msg(str`district ${where}`);
}

function report(file: string, record: ElectionRecord, receipts: readonly VoterReceipts[] | undefined, evidence: readonly Evidence[], strict: boolean): string {
  const lines: string[] = [];
  const ledger = record.ledger ? `${plural(record.ledger.count, 'ledger entry', 'ledger entries')}` : 'no published ledger';
  lines.push(`Election record ${file}: ${JSON.stringify(record.electionId)}, ${record.format}`);
  lines.push(
    `${plural(record.districts.length, 'district')}, ${ledger}, ${plural(record.checkpoints.length, 'checkpoint')}, ${plural(record.releases.length, 'online release')}, ` +
      `re-vote policy ${record.policy} (${record.revoteResolution} resolution)` +
      (receipts ? `; receipts of ${plural(receipts.length, 'voter')}` : '; no receipts given'),
  );
  const width = Math.max(...evidence.map((e) => location(e, record).length));
  // A line: status, location, and what was found (and what was checked, when that differs by district).
  const line = (e: Evidence, sameWhat: boolean) =>
    `  ${label()[e.status].padEnd(4)}  ${location(e, record).padEnd(width)}  ${sameWhat ? '' : `${oneLine(engineText(e.what))} `}${oneLine(engineText(e.detail))}`;
  // Election-wide checks first, then the per-district ones, each group in the order of CHECKS.
  const order = (e: Evidence) => (e.districtId === null ? 0 : 1) * CHECKS.length + CHECKS.indexOf(e.check);
  const groups = new Map<string, Evidence[]>();
  for (const e of [...evidence].sort((a, b) => order(a) - order(b))) {
    const key = `${e.districtId === null ? 'election' : 'district'}:${e.check}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(e);
  }
  let section = '';
  for (const group of groups.values()) {
    const scope = group[0].districtId === null ? msg('Election-wide checks') : msg('Checks per district');
    if (scope !== section) {
      lines.push('', scope);
      section = scope;
    }
    const sameWhat = group.every((e) => e.what === group[0].what);
    lines.push('', sameWhat ? `${group[0].check}: ${oneLine(engineText(group[0].what))}` : group[0].check, ...group.map((e) => line(e, sameWhat)));
  }
  const failed = evidence.filter((e) => e.status === 'failed');
  const passed = evidence.filter((e) => e.status === 'passed').length;
  const notPossible = evidence.filter((e) => e.status === 'not-possible').length;
  lines.push('', verifiedLine(evidence.length, passed, failed.length, notPossible));
  if (strict && notPossible > 0) lines.push(`--strict: exit 1, since ${plural(notPossible, 'check was', 'checks were')} not possible`);
  if (failed.length > 0) {
    lines.push(msg('Failed checks:'), ...failed.map((e) => `  ${e.check} (${location(e, record)}): ${oneLine(engineText(e.detail))}`));
  }
  // The runner's closing line ("N passed, N failed") stays as it is in every language: CI reads it.
  lines.push(`${passed} checks passed, ${failed.length} failed, ${notPossible} not possible`);
  return lines.join('\n') + '\n';
}

/**
 * The summary's first line: how much of the record was verified. Exit code 0 alone cannot tell a
 * record checked through from one whose evidence mostly was not there to check.
 */
export function verifiedLine(total: number, passed: number, failed: number, notPossible: number): string {
  const unverifiable = notPossible > 0 ? msg(str`; ${fmt(notPossible)} not possible with this record's verifiability`) : '';
  if (failed > 0) return msg(str`NOT verified: ${fmt(failed)} of ${fmt(total)} checks failed; ${fmt(passed)} passed${unverifiable}`);
  return msg(str`verified: ${fmt(passed)} of ${fmt(total)} checks${unverifiable}`);
}
