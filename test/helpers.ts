/** Small scenarios for tests: a few thousand voters, so property tests can run many of them. */
import type { ScenarioInput } from '../src/core/index.ts';

export function smallCity(overrides: ScenarioInput = {}): ScenarioInput {
  return {
    name: 'small',
    districts: [
      { id: 11, name: 'North', registered: 3000, lean: { progress: 0.1 } },
      { id: 12, name: 'South', registered: 2500 },
    ],
    ...overrides,
  };
}

/** Everything published and checked: the strongest verification the scenario offers. */
export const FULL = {
  verifiability: {
    ledger: 'public',
    revoteResolution: 'public',
    checkpointEveryHours: 1,
    checkpointAtClose: true,
    receiptCheckShare: 0.3,
    receiptCheckTime: 'after-publication',
    paperRecountShare: 1,
  },
  release: { onlineReleases: 2 },
} as const satisfies ScenarioInput;

