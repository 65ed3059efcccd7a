/**
 * The named scenarios shipped with Tally Lab. Each is a scenario file (any knob left out takes its
 * default); the CLI, the page and the tests look them up here by name.
 */
import type { ScenarioInput } from '../../src/core/index.ts';
import classroom from './classroom.json' with { type: 'json' };
import moscow2021 from './moscow-2021.json' with { type: 'json' };

export const presets: Readonly<Record<string, ScenarioInput>> = {
  classroom: classroom as ScenarioInput,
  'moscow-2021': moscow2021 as ScenarioInput,
};

export const presetNames = Object.keys(presets);

/** The preset of that name, or undefined. */
export function findPreset(name: string): ScenarioInput | undefined {
  return Object.hasOwn(presets, name) ? presets[name] : undefined;
}
