/**
 * Reading a scenario named on the command line: a preset name, or a path to a JSON file.
 * Every failure becomes a CliError with one line that says what is wrong and where.
 */
import { checkScenario, MAX_SCENARIO_BYTES, type Scenario } from '../../src/core/index.ts';
import { findPreset, presetNames } from '../../src/content/presets/index.ts';
import { CliError, readJsonFile } from './command.ts';

export function loadScenario(nameOrPath: string): Scenario {
  const preset = findPreset(nameOrPath);
  let input: unknown = preset;
  const source = preset ? `preset ${nameOrPath}` : nameOrPath;
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
