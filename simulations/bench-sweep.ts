/**
 * The sweep benchmark: the shipped 1,000-run classroom sweep (src/content/sweeps/receipt-checks.json)
 * over two worker threads, wall time from the pool's start to the last row, beside a single fresh
 * run's time in this thread. `benchSweep` returns the figures and `printSweepBench` prints them;
 * `npm run bench` calls both (or run this file alone with tsx).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseSweep, simulate, sweepRuns, sweepSeed } from '../src/core/index.ts';
import { runSweepOnWorkers } from './cli/sweep-runner.ts';
import { findPreset, presetNames } from '../src/content/presets/index.ts';

export interface SweepBenchFigures {
  sweep: string;
  runs: number;
  workers: number;
  /** Wall time of the whole sweep, worker start-up included. */
  wallMs: number;
  runsPerSecond: number;
  runsPerSecondPerWorker: number;
  /** CPU time of the process (every thread) during the sweep: on a shared machine, wall time can be far above it. */
  cpuMs: number;
  /** Median of fresh (unmemoised) runs of the sweep's first grid point, in this thread. */
  singleRunMs: number;
  /** A worker's throughput over that of fresh runs one after another (the stage memo's gain). */
  perWorkerSpeedupOverFreshRuns: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchSweep(workers = 2, singleRuns = 7): Promise<SweepBenchFigures> {
  const file = new URL('../src/content/sweeps/receipt-checks.json', import.meta.url);
  const sweep = parseSweep(JSON.parse(readFileSync(file, 'utf8')), findPreset, presetNames);
  const scenario = sweep.points[0].scenario;
  simulate(scenario, { seed: sweepSeed(sweep, 0) }); // warm-up
  const single = median(
    Array.from({ length: singleRuns }, (_, i) => {
      const t0 = performance.now();
      simulate(scenario, { seed: sweepSeed(sweep, i + 1) });
      return performance.now() - t0;
    }),
  );
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const rows = await runSweepOnWorkers(sweep, workers);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const runs = sweepRuns(sweep);
  if (rows?.length !== runs) throw new Error(`the sweep returned ${rows?.length ?? 0} rows, expected ${runs}`);
  const runsPerSecond = runs / (wallMs / 1000);
  return {
    sweep: sweep.name,
    runs,
    workers,
    wallMs,
    runsPerSecond,
    runsPerSecondPerWorker: runsPerSecond / workers,
    cpuMs: (cpu.user + cpu.system) / 1000,
    singleRunMs: single,
    perWorkerSpeedupOverFreshRuns: (runsPerSecond / workers) * (single / 1000),
  };
}

export function printSweepBench(f: SweepBenchFigures): void {
  const n = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(
    `Sweep ${f.sweep}: ${n(f.runs)} classroom runs on ${f.workers} worker threads in ${n(f.wallMs / 1000, 1)} s (CPU ${n(f.cpuMs / 1000, 1)} s): ` +
      `${n(f.runsPerSecondPerWorker, 1)} runs/s per worker; a single fresh run takes ${n(f.singleRunMs)} ms, ` +
      `so a worker runs ${n(f.perWorkerSpeedupOverFreshRuns, 1)}x faster than fresh runs one after another (the stage memo).`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printSweepBench(await benchSweep());
