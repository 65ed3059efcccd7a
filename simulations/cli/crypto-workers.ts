/** The CLI's worker threads for the verifiable mode's cryptography, the --workers flag, and progress on stderr. */
import type { CryptoApi } from '../../src/core/e2e/crypto-steps.ts';
import type { Stage } from '../../src/core/index.ts';
import type { WorkerPool } from '../../src/pool/worker-pool.ts';
import { CliError, type Io } from './command.ts';
import { defaultWorkers, nodeWorkerPool } from './node-pool.ts';

export function cryptoPool(workers: number): WorkerPool<CryptoApi> {
  return nodeWorkerPool<CryptoApi>(new URL('../crypto.worker.ts', import.meta.url), workers);
}

/** --workers N: 1 to 64 (default: two, or the cores if fewer). */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return defaultWorkers();
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 64) throw new CliError(`--workers: must be a whole number from 1 to 64, got ${JSON.stringify(value)}`);
  // More threads than cores is allowed (they only time-slice), but worth a word in the help.
  return n;
}

/** Progress on stderr: one line per stage and per tenth of the run. */
export function progressLine(io: Io): (fraction: number, stage: Stage) => void {
  let last = '';
  return (fraction, stage) => {
    const key = `${stage} ${Math.floor(fraction * 10)}`;
    if (key === last) return;
    last = key;
    io.err(`  ${String(Math.floor(fraction * 100)).padStart(3)} %  ${stage}\n`);
  };
}
