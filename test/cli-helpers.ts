/** What the command-line tests share: running a command in-process, and scratch files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../simulations/cli/command.ts';

/** Runs a command body (simulateCli, verifyCli) with captured output. */
export function runCli(command: (argv: string[], io: Io) => number, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = command(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A fresh temporary folder, and a writer of files into it that returns their paths. */
export function scratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name: string, text: string): string {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}
