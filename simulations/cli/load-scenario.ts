/**
 * Reading a scenario named on the command line: a preset name, or a path to a JSON file.
 * Every failure becomes a CliError with one line that says what is wrong and where.
 */
import { checkScenario, MAX_SCENARIO_BYTES, type Scenario } from '../../src/core/index.ts';
import { findPreset, presetNames } from '../../src/content/presets/index.ts';
import { CliError, readJsonFile } from './command.ts';
import { msg, str } from '@lit/localize';
import { engineText } from '../../src/i18n/engine-catalogue.ts';

export function loadScenario(nameOrPath: string): Scenario {
  const preset = findPreset(nameOrPath);
  let input: unknown = preset;
  const source = preset ? msg(str`preset ${nameOrPath}`) : nameOrPath;
  if (!preset) {
    if (!/\.json$/i.test(nameOrPath)) {
      const names = presetNames.join(', ');
      throw new CliError(msg(str`${nameOrPath}: not a preset (${names}) nor a .json scenario file`));
    }
    input = readJsonFile(nameOrPath, MAX_SCENARIO_BYTES);
  }
  const checked = checkScenario(input);
  if (checked.issues.length > 0) {
    const [first] = checked.issues;
    const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more)` : '';
    throw new CliError(`${source}: ${first.path}: ${engineText(`${first.message}${more}`)}`);
  }
  return checked.scenario!;
}
