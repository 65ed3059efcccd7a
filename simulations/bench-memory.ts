/**
 * Issue 14 part 4: peak resident memory of the city-scale commands, each in a fresh child process (the
 * bench's own heap would distort it): `simulate moscow-2021 --record F`, then `verify F` on that record.
 * The figure is the child's own peak resident memory (VmHWM, via usage-probe.ts), with its CPU time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MemoryFigure {
  readonly command: string;
  readonly maxRssMegabytes: number;
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
  readonly exitCode: number;
}

/** The budget of issue 14 part 4, per command. */
export const MEMORY_BUDGET_MEGABYTES = 1000;

function measure(label: string, script: string, args: string[], usageFile: string): MemoryFigure {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', './simulations/usage-probe.ts', script, ...args], {
    env: { ...process.env, TALLY_USAGE_FILE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`${label} exited with ${child.status ?? child.signal}: ${child.stderr.toString().trim().split('\n').slice(-3).join(' | ')}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKb: number; userCpuMs: number; systemCpuMs: number };
  return { command: label, maxRssMegabytes: usage.maxRssKb / 1024, cpuSeconds: (usage.userCpuMs + usage.systemCpuMs) / 1000, wallSeconds, exitCode: child.status };
}

/** Simulates `preset` with --record into a scratch folder, verifies that record, and removes it. */
export function benchMemory(preset = 'moscow-2021'): { figures: MemoryFigure[]; recordMegabytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-memory-'));
  try {
    const record = join(dir, 'record.json');
    const simulate = measure(`simulate ${preset} --record F`, 'simulations/simulate.ts', [preset, '--record', record], join(dir, 'simulate.usage.json'));
    const verify = measure('verify F', 'simulations/verify.ts', [record], join(dir, 'verify.usage.json'));
    return { figures: [simulate, verify], recordMegabytes: statSync(record).size / 1e6 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
