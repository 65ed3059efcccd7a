/**
 * What the command-line tools share: a one-line error type with an exit code, argument parsing
 * that turns parseArgs' complaints into such errors, reading a text or JSON file with one-line errors, and
 * a runner that makes sure nothing reaches the user as a stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

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
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (err) {
    throw new CliError(`${(err as Error).message.split('\n')[0]} (see --help)`);
  }
}

/** The text of a file (UTF-8); a missing or unreadable file becomes one line naming it. */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (code ?? describeError(err))})`);
  }
}

/** The parsed JSON of a file; a missing, unreadable or malformed file becomes one line naming it. */
export function readJsonFile(file: string): unknown {
  const text = readTextFile(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${file}: not valid JSON (${oneLine((err as Error).message)})`);
  }
}

/** Runs a command body; a CliError prints `name: message`, anything else one line too, exit 2. */
export function runCommand(name: string, io: Io, body: () => number): number {
  try {
    return body();
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`${name}: ${err.message}\n`);
      return err.code;
    }
    io.err(`${name}: internal error (${describeError(err)})\n`);
    return 2;
  }
}

/** runCommand for a command that awaits (worker threads). */
export async function runCommandAsync(name: string, io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`${name}: ${err.message}\n`);
      return err.code;
    }
    io.err(`${name}: internal error (${describeError(err)})\n`);
    return 2;
  }
}
