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
