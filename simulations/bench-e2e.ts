/**
 * The verifiable mode end to end, as `npm run bench` times it: one district with about 10,000 online
 * ballots, encrypted (with the challenged ones), chained, summed under encryption, decrypted by the
 * trustees and verified by the observers, the cryptography on two worker threads. Also runnable
 * alone: `npx tsx simulations/bench-e2e.ts [workers]`.
 */
import type { ScenarioInput } from '../src/core/index.ts';
import { simulateWithPool } from '../src/pool/simulate-with-pool.ts';
import { cryptoPool } from './cli/crypto-workers.ts';

/** 26,500 registered voters at the default online take-up give ~10,000 online ballots. */
export const E2E_DISTRICT: ScenarioInput = {
  name: 'bench-e2e-district',
  description: 'One district of ~10,000 online ballots in the end-to-end verifiable mode (the bench).',
  districts: [{ id: 1, name: 'Bench', registered: 26_500 }],
  e2e: { enabled: true },
  verifiability: { ledger: 'public', revoteResolution: 'public', checkpointAtClose: true, receiptCheckShare: 0.02, receiptCheckTime: 'after-publication', paperRecountShare: 1 },
};

export interface E2eDistrictFigures {
  readonly onlineBallots: number;
  readonly encrypted: number;
  readonly workers: number;
  /** Wall time of the whole run, scenario to verdict. */
  readonly seconds: number;
  readonly wallMsPerBallot: number;
  readonly encryptMsPerBallot: number;
  readonly verifyMsPerBallot: number;
  /** Worker time summed over tasks (wall time per task: on a shared machine it counts waiting for a core too). */
  readonly cpuSeconds: number;
  /** CPU time of the whole process, every thread (user + system): what the run really consumed. */
  readonly processCpuSeconds: number;
  readonly verdict: string;
}

export async function benchE2eDistrict(workers = 2): Promise<E2eDistrictFigures> {
  const pool = cryptoPool(workers);
  try {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const { run, costs } = await simulateWithPool(E2E_DISTRICT, { pool });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const ballots = run.result.totals.onlineCast;
    return {
      onlineBallots: ballots,
      encrypted: costs.encrypted,
      workers,
      seconds: ms / 1000,
      wallMsPerBallot: ms / ballots,
      encryptMsPerBallot: costs.encryptMsPerBallot,
      verifyMsPerBallot: costs.verifyMsPerBallot,
      cpuSeconds: costs.cpuMs / 1000,
      processCpuSeconds: (cpu.user + cpu.system) / 1e6,
      verdict: run.result.districts[0].verdict.status,
    };
  } finally {
    pool.terminate();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = await benchE2eDistrict(Number(process.argv[2] ?? 2));
  console.log(JSON.stringify(f, null, 2));
}
