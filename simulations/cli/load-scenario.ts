/**
 * Reading a scenario named on the command line: a preset name, or a path to a JSON file.
 * Every failure becomes a CliError with one line that says what is wrong and where.
 */
import { checkScenario, MAX_SCENARIO_BYTES, ScenarioError, type Scenario } from '../../src/core/index.ts';
import { findPreset, presetNames } from '../../src/content/presets/index.ts';
import { CliError, readJsonFile } from './command.ts';

/** How errors name the scenario: `preset moscow-2021` or the file's path. */
export const scenarioSource = (nameOrPath: string) => (findPreset(nameOrPath) ? `preset ${nameOrPath}` : nameOrPath);

/**
 * Runs `body` on the scenario from `source`; a ScenarioError it throws (a bound a run reaches, such as
 * the most online ballots) becomes the same one line as a validation error.
 */
export async function withScenarioErrors<T>(source: string, body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof ScenarioError) throw new CliError(`${source}: ${err.message}`);
    throw err;
  }
}

/** withScenarioErrors for a body that does not await. */
export function withScenarioErrorsSync<T>(source: string, body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof ScenarioError) throw new CliError(`${source}: ${err.message}`);
    throw err;
  }
}

export function loadScenario(nameOrPath: string): Scenario {
  const preset = findPreset(nameOrPath);
  let input: unknown = preset;
  const source = scenarioSource(nameOrPath);
  if (!preset) {
    if (!/\.json$/i.test(nameOrPath)) {
      throw new CliError(`${nameOrPath}: not a preset (${presetNames.join(', ')}) nor a .json scenario file`);
    }
    input = readJsonFile(nameOrPath, MAX_SCENARIO_BYTES);
  }
  const checked = checkScenario(input);
  if (checked.issues.length > 0) {
    const [first] = checked.issues;
    const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more)` : '';
    throw new CliError(`${source}: ${first.path}: ${first.message}${more}`);
  }
  return checked.scenario!;
}
