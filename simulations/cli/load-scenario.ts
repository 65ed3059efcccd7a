/**
 * Reading a scenario named on the command line: a preset name, or a path to a JSON file.
 * Every failure becomes a CliError with one line that says what is wrong and where.
 */
import { checkScenario, MAX_SCENARIO_BYTES, ScenarioError, type Scenario } from '../../src/core/index.ts';
import { findPreset, presetNames } from '../../src/content/presets/index.ts';
import { CliError, readJsonFile } from './command.ts';
import { msg, str } from '@lit/localize';
import { engineText } from '../../src/i18n/engine-catalogue.ts';

/** How errors name the scenario: `preset moscow-2021` or the file's path. */
export const scenarioSource = (nameOrPath: string) => (findPreset(nameOrPath) ? msg(str`preset ${nameOrPath}`) : nameOrPath);

/** The first issue as one line, its message in the language in use: `path: message (and N more)`. */
function issueLine(issues: ScenarioError['issues']): string {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${first.path}: ${engineText(`${first.message}${more}`)}`;
}

/**
 * Runs `body` on the scenario from `source`; a ScenarioError it throws (a bound a run reaches, such as
 * the most online ballots) becomes the same one line as a validation error.
 */
export async function withScenarioErrors<T>(source: string, body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof ScenarioError) throw new CliError(`${source}: ${issueLine(err.issues)}`);
    throw err;
  }
}

/** withScenarioErrors for a body that does not await. */
export function withScenarioErrorsSync<T>(source: string, body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof ScenarioError) throw new CliError(`${source}: ${issueLine(err.issues)}`);
    throw err;
  }
}

export function loadScenario(nameOrPath: string): Scenario {
  const preset = findPreset(nameOrPath);
  let input: unknown = preset;
  const source = scenarioSource(nameOrPath);
  if (!preset) {
    if (!/\.json$/i.test(nameOrPath)) {
      const names = presetNames.join(', ');
      throw new CliError(msg(str`${nameOrPath}: not a preset (${names}) nor a .json scenario file`));
    }
    input = readJsonFile(nameOrPath, MAX_SCENARIO_BYTES);
  }
  const checked = checkScenario(input);
  if (checked.issues.length > 0) throw new CliError(`${source}: ${issueLine(checked.issues)}`);
  return checked.scenario!;
}
