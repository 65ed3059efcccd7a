/**
 * What the command-line tools share: a one-line error type with an exit code, argument parsing
 * that turns parseArgs' complaints into such errors, reading a text or JSON file with one-line errors, and
 * a runner that makes sure nothing reaches the user as a stack trace.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { msg, str } from '@lit/localize';

/** A failure the user can fix; the command prints its message and exits with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
export const describeError = (err: unknown) => oneLine(err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** parseArgs with positionals allowed and a `--help`/`-h` flag; bad arguments become a CliError. */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    // --lang is read before the command runs (cli-language.ts); it is accepted here so that it may stand anywhere.
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (err) {
    const problem = (err as Error).message.split('\n')[0];
    throw new CliError(msg(str`${problem} (see --help)`));
  }
}

/** The largest input file a command reads unless told otherwise (a vote series: the Moscow one is 2.6 MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** The largest record or receipts file: V8 cannot hold a longer string than ~512 MiB anyway. */
export const MAX_RECORD_BYTES = 500 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * The text of a file (UTF-8, a leading byte-order mark dropped, as the page does); a missing, unreadable or
 * too large file becomes one line naming it. Reads at most `maxBytes` + 1 bytes, so /dev/zero or a pipe
 * that never ends is refused instead of filling the memory.
 */
export function readTextFile(file: string, maxBytes = MAX_INPUT_BYTES): string {
  const tooLarge = () => new CliError(msg(str`${file}: the file is larger than ${megabytes(maxBytes)}, the most this command reads`));
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = stat.isFile() ? Math.min(Math.max(stat.size + 1, 1), maxBytes + 1) : 1024 * 1024;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge();
    }
    const text = Buffer.concat(chunks, total).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? msg('no such file') : code === 'EISDIR' ? msg('a directory') : (code ?? describeError(err));
    throw new CliError(msg(str`${file}: cannot read the file (${why})`));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The parsed JSON of a file; a missing, unreadable, too large or malformed file becomes one line naming it. */
export function readJsonFile(file: string, maxBytes = MAX_INPUT_BYTES): unknown {
  const text = readTextFile(file, maxBytes);
  try {
    return JSON.parse(text);
  } catch (err) {
    const why = oneLine((err as Error).message);
    throw new CliError(msg(str`${file}: not valid JSON (${why})`));
  }
}

/**
 * Control characters other than newline and tab, as `\u001b`: a name in a scenario or record that holds an
 * escape sequence is shown, not obeyed by the terminal. In JSON output the same text is a valid escape, so
 * the JSON still parses to the same strings.
 */
export const escapeControls = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** An Io whose every line goes through escapeControls. */
export const terminalSafe = (io: Io): Io => ({ out: (text) => io.out(escapeControls(text)), err: (text) => io.err(escapeControls(text)) });

/** Runs a command body with a terminal-safe Io; a CliError prints `name: message`, anything else one line too, exit 2. */
export function runCommand(name: string, io: Io, body: (io: Io) => number): number {
  const safe = terminalSafe(io);
  try {
    return body(safe);
  } catch (err) {
    return report(name, safe, err);
  }
}

/** runCommand for a command that awaits (worker threads). */
export async function runCommandAsync(name: string, io: Io, body: (io: Io) => Promise<number>): Promise<number> {
  const safe = terminalSafe(io);
  try {
    return await body(safe);
  } catch (err) {
    return report(name, safe, err);
  }
}

function report(name: string, io: Io, err: unknown): number {
  if (err instanceof CliError) {
    io.err(`${name}: ${err.message}\n`);
    return err.code;
  }
  io.err(`${name}: ${msg(str`internal error (${describeError(err)})`)}\n`);
  return 2;
}
