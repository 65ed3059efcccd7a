/**
 * Writing an output file so that it is never seen half-written: the text goes to a temporary file in the
 * same folder (a rename across file systems is not atomic), which is then renamed over the target. An
 * error or a signal (Ctrl-C, SIGTERM) removes the temporary file and leaves the previous file as it was.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './command.ts';

/** What a command writes: the flag that asked for it (for errors), the file, and its text (whole, or in pieces). */
export interface OutputFile {
  readonly flag: string;
  readonly file: string;
  readonly content: () => string | Iterable<string>;
}

/** Exit codes of a command stopped by a signal: 128 + the signal's number, as shells report it. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

/** Temporary files being written now; a signal handler removes them. */
const pending = new Set<string>();
/** The signal that is stopping the process, if any: a write in progress gives up at its next chunk. */
let stopping: StopSignal | undefined;

let counter = 0;
/** `dir/.name.<pid>-<n>.tmp`: hidden, next to the target, and unique to this process and write. */
export function temporaryName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}-${++counter}.tmp`);
}

const failure = (out: OutputFile, err: unknown) =>
  err instanceof CliError ? err : new CliError(`--${out.flag} ${out.file}: cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})`);

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone (or never created): nothing to clean.
  }
}

const pieces = (content: string | Iterable<string>): Iterable<string> => (typeof content === 'string' ? [content] : content);

/** Writes one file in place of `out.file`, blocking (for the in-process commands and their tests). */
export function writeFileAtomicSync(out: OutputFile): void {
  const temp = temporaryName(out.file);
  pending.add(temp);
  try {
    const fd = openSync(temp, 'wx');
    try {
      for (const piece of pieces(out.content())) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, out.file);
  } catch (err) {
    removeQuietly(temp);
    throw failure(out, err);
  } finally {
    pending.delete(temp);
  }
}

/** The size of one write: small enough that a signal is handled between two of them within milliseconds. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes one file in place of `out.file` without blocking, in chunks, so that a signal arriving during a
 * long write is handled (by `onStopSignal`) before the rename: the target then keeps its old content.
 */
export async function writeFileAtomic(out: OutputFile): Promise<void> {
  const temp = temporaryName(out.file);
  pending.add(temp);
  try {
    const handle = await open(temp, 'wx');
    try {
      for (const piece of pieces(out.content())) {
        for (let at = 0; at < piece.length; at += CHUNK_CHARS) {
          if (stopping) throw new CliError(`--${out.flag} ${out.file}: not written (${stopping})`, SIGNAL_EXIT[stopping]);
          await handle.write(piece.slice(at, at + CHUNK_CHARS));
        }
      }
      if (stopping) throw new CliError(`--${out.flag} ${out.file}: not written (${stopping})`, SIGNAL_EXIT[stopping]);
    } finally {
      await handle.close();
    }
    renameSync(temp, out.file);
  } catch (err) {
    removeQuietly(temp);
    throw failure(out, err);
  } finally {
    pending.delete(temp);
  }
}

/** Removes every temporary file being written (a signal handler's first step). */
export function removePendingFiles(): void {
  for (const temp of pending) removeQuietly(temp);
  pending.clear();
}

/**
 * While `body` runs, SIGINT and SIGTERM remove the temporary files being written and end the process with
 * 130 or 143 (`exit` is injectable for tests). Outside it the default applies: the process ends at once, which
 * is safe because nothing is being written then.
 */
export async function withStopSignals<T>(body: () => Promise<T>, exit: (code: number) => void = (code) => process.exit(code)): Promise<T> {
  stopping = undefined;
  const handlers = (Object.keys(SIGNAL_EXIT) as StopSignal[]).map((signal) => {
    const handler = () => {
      stopping = signal;
      removePendingFiles();
      process.stderr.write(`\n${signal === 'SIGINT' ? 'interrupted' : 'terminated'}: no partial file was left\n`);
      exit(SIGNAL_EXIT[signal]);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  try {
    return await body();
  } finally {
    for (const off of handlers) off();
  }
}
