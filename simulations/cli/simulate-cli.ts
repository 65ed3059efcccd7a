/**
 * `npm run simulate -- <preset | scenario.json> [--seed S] [--json] [--out FILE] [--record FILE] [--receipts FILE]`
 * Runs a scenario headless and prints the district table, or the full result as JSON; optionally
 * writes the public election record and the receipts of the voters who keep them.
 */
import { writeFileSync } from 'node:fs';
import { receiptsToJson, recordToJson, simulate } from '../../src/core/index.ts';
import { presetNames } from '../presets/index.ts';
import { CliError, parseCommandLine, runCommand, type Io } from './command.ts';
import { loadScenario } from './load-scenario.ts';
import { districtTable } from './table.ts';

export const USAGE = `Usage: npm run simulate -- <preset | scenario.json> [--seed S] [--json] [--out FILE] [--record FILE] [--receipts FILE]

  <preset>        one of: ${presetNames.join(', ')}
  scenario.json   a scenario file (any knob left out takes its default)
  --seed S        override the scenario's seed
  --json          print the full result as JSON instead of the table
  --out FILE      write the output to FILE instead of standard output
  --record FILE   also write the public election record (docs/record-format.md), for npm run verify
  --receipts FILE also write the receipts of the voters who check theirs
  --help          show this help
`;

/** Runs the command; returns the exit code (0 ok, 2 bad arguments or input). */
export function simulateCli(argv: string[], io: Io): number {
  return runCommand('simulate', io, () => {
    const parsed = parseCommandLine(argv, {
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      record: { type: 'string' },
      receipts: { type: 'string' },
    });
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length !== 1) {
      throw new CliError(
        positionals.length === 0 ? 'name a preset or a scenario file (see --help)' : `expected one scenario, got ${positionals.length}: ${positionals.join(' ')}`,
      );
    }
    if (values.seed !== undefined && (values.seed.length === 0 || values.seed.length > 64)) {
      throw new CliError(`--seed: must be 1 to 64 characters, got ${JSON.stringify(values.seed)}`);
    }
    const scenario = loadScenario(positionals[0]);
    const run = simulate(scenario, values.seed === undefined ? {} : { seed: values.seed });
    const text = values.json ? JSON.stringify(run.result, null, 2) + '\n' : districtTable(run.result);
    const write = (flag: string, file: string, content: () => string) => {
      try {
        writeFileSync(file, content());
      } catch (err) {
        throw new CliError(`--${flag} ${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      }
      io.err(`wrote ${file}\n`);
    };
    if (values.record) write('record', values.record, () => JSON.stringify(recordToJson(run.integrity.record)) + '\n');
    if (values.receipts) write('receipts', values.receipts, () => JSON.stringify(receiptsToJson(run.integrity.receipts)) + '\n');
    if (values.out) write('out', values.out, () => text);
    else io.out(text);
    return 0;
  });
}
