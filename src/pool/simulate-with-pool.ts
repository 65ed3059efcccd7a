/**
 * The async twin of `simulate`: the same run, with the verifiable mode's cryptography sent in
 * chunks to a pool of workers (worker threads in the CLI, Web Workers in the page). Byte-identical
 * to `simulate` on the same scenario and seed (tested).
 */
import { CryptoCosts, type CostSummary } from '../core/e2e/crypto-costs.ts';
import type { CryptoApi } from '../core/e2e/crypto-steps.ts';
import { simulationSteps, type SimulationOptions, type SimulationRun } from '../core/run/simulate.ts';
import type { Scenario, ScenarioInput } from '../core/scenario/scenario.ts';
import { runWithPool } from './crypto-pool.ts';
import type { WorkerPool } from './worker-pool.ts';

export interface PoolSimulationOptions extends Omit<SimulationOptions, 'costs' | 'clock'> {
  readonly pool: WorkerPool<CryptoApi>;
}

export async function simulateWithPool(input: ScenarioInput | Scenario, options: PoolSimulationOptions): Promise<{ run: SimulationRun; costs: CostSummary }> {
  const costs = new CryptoCosts();
  const { steps, cryptoProgress } = simulationSteps(input, options);
  const run = await runWithPool(steps, options.pool, cryptoProgress, costs);
  return { run, costs: costs.summary(options.pool.size) };
}
