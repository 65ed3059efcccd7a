/**
 * Reading a scenario named on the command line: a preset name, or a path to a JSON file.
 * Every failure becomes a CliError with one line that says what is wrong and where.
 */
import { readFileSync } from 'node:fs';
import { checkScenario, type Scenario } from '../../src/core/index.ts';
import { findPreset, presetNames } from '../presets/index.ts';

/** A failure the user can fix; the CLI prints its message and exits with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function loadScenario(nameOrPath: string): Scenario {
  const preset = findPreset(nameOrPath);
  let input: unknown = preset;
  const source = preset ? `preset ${nameOrPath}` : nameOrPath;
  if (!preset) {
    if (!/\.json$/i.test(nameOrPath)) {
      throw new CliError(`${nameOrPath}: not a preset (${presetNames.join(', ')}) nor a .json scenario file`);
    }
    let text: string;
    try {
      text = readFileSync(nameOrPath, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(`${nameOrPath}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? String(err))})`);
    }
    try {
      input = JSON.parse(text);
    } catch (err) {
      throw new CliError(`${nameOrPath}: not valid JSON (${(err as Error).message})`);
    }
  }
  const checked = checkScenario(input);
  if (checked.issues.length > 0) {
    const [first] = checked.issues;
    const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more)` : '';
    throw new CliError(`${source}: ${first.path}: ${first.message}${more}`);
  }
  return checked.scenario!;
}
