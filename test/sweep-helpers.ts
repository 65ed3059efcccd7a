/** A small sweep for tests: one district, injected re-votes, receipts checked after the results. */
import type { ScenarioInput } from '../src/core/index.ts';
import { FULL } from './helpers.ts';

export const SMALL_CITY = {
  name: 'sweep-city',
  districts: [
    { id: 1, name: 'Only', registered: 6000 },
    { id: 2, name: 'Other', registered: 1500 },
  ],
  ...FULL,
  // Few checkpoints: signatures, not hashes, would dominate a run this small.
  verifiability: { ...FULL.verifiability, checkpointEveryHours: 0, paperRecountShare: 0 },
  adversary: { attacks: [{ kind: 'inject-revotes', size: 20, beneficiary: 'unity', districts: [1] }] },
} as const satisfies ScenarioInput;

/** A sweep file over the small city: receipt-check share x attack size, `count` seeds. */
export function smallSweep(count: number, grid: Record<string, unknown[]> = {}): Record<string, unknown> {
  return {
    format: 'tally-lab/sweep@1',
    name: 'small',
    scenario: SMALL_CITY,
    seeds: { count, prefix: 'small-' },
    grid: { 'verifiability.receiptCheckShare': [0.01, 0.025], 'adversary.attacks[0].size': [20, 50], ...grid },
  };
}
