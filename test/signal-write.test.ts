/**
 * Issue 19, item 3: a signal during an output write leaves the previous file intact and no partial file,
 * and the process exits 130 (SIGINT) or 143 (SIGTERM). Real processes, real signals.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scratch } from './cli-helpers.ts';

const OLD = '{"old": "record"}\n';

/** Starts `args` under Node with tsx; resolves with the exit code and signal once `kill` was sent when `when` says so. */
function runAndKill(args: string[], signal: NodeJS.Signals, when: (child: ReturnType<typeof spawn>, kill: () => void) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  when(child, () => child.kill(signal));
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, sig) => resolve({ code, signal: sig, stdout, stderr })),
  );
}

describe('a signal during a write', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s mid-write: the old file stays, no temporary file is left, exit %i', async (signal, exitCode) => {
    const { dir, file } = scratch('tally-signal-');
    const target = file('record.json', OLD);
    const r = await runAndKill(['test/slow-write-child.ts', target], signal, (child, kill) => {
      child.stdout!.on('data', (d: Buffer) => {
        if (d.toString().includes('writing')) kill();
      });
    });
    expect(r.stdout).toBe('writing\n');
    expect(r.code).toBe(exitCode);
    expect(r.stderr).toContain('no partial file was left');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['record.json']);
  }, 30_000);

  it('a record write that is not interrupted replaces the file whole', async () => {
    const { dir, file } = scratch('tally-signal-');
    const target = file('record.json', OLD);
    const r = await runAndKill(['test/slow-write-child.ts', target, '100'], 'SIGTERM', () => {});
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(`${'new '.repeat(255)}\n`.repeat(100));
    expect(readdirSync(dir)).toEqual(['record.json']);
  }, 60_000);

  it('SIGTERM to `simulate --record` before it writes: the old record stays, and no file is left beside it', async () => {
    const { dir, file } = scratch('tally-signal-');
    const target = file('record.json', OLD);
    const r = await runAndKill(['simulations/simulate.ts', 'classroom', '--record', target], 'SIGTERM', (_child, kill) => setTimeout(kill, 300));
    expect(r.code === 143 || r.signal === 'SIGTERM').toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['record.json']);
  }, 30_000);
});
