/**
 * Writes docs/scenario.md from the scenario schema, so the reference can never drift from the
 * knobs the engine accepts (test/docs.test.ts fails when the file is stale).
 * `npm run docs` regenerates it.
 */
import { defaultScenario, scenarioSchema, type Field } from '../../src/core/index.ts';

function range(f: Field): string {
  switch (f.kind) {
    case 'number':
      return `${f.integer ? 'integer' : 'number'} ${f.minAboveZero !== undefined ? `0 (off), or ${f.minAboveZero}` : f.min} to ${f.max}${f.unit ? ` (${f.unit})` : ''}`;
    case 'string':
      return f.pattern ? `text: ${f.pattern.says}` : `text, at most ${f.maxLength} characters`;
    case 'boolean':
      return 'true or false';
    case 'enum':
      return f.values.map((v) => `\`${v}\``).join(', ');
    case 'array':
      return f.minItems === f.maxItems ? `list of ${f.minItems}` : `list of ${f.minItems} to ${f.maxItems}`;
    case 'record':
      return 'object keyed by party id';
    case 'object':
      return 'object';
  }
}

function valueAt(path: string[]): unknown {
  let v: unknown = defaultScenario();
  for (const p of path) v = (v as Record<string, unknown>)[p];
  return v;
}

function rows(fields: Record<string, Field>, path: string[], out: string[]): void {
  for (const [key, f] of Object.entries(fields)) {
    const here = [...path, key];
    const name = here.join('.');
    if (f.kind === 'object') {
      out.push(`| **\`${name}\`** | | | ${f.help} |`);
      rows(f.fields, here, out);
      continue;
    }
    const dflt = f.required ? '(required)' : JSON.stringify(valueAt(here));
    const shown = dflt.length > 60 ? '(see classroom preset)' : `\`${dflt}\``;
    let help = f.help;
    if (f.kind === 'enum' && f.labels) help += ' ' + f.values.map((v) => `\`${v}\`: ${f.labels![v]}.`).join(' ');
    out.push(`| \`${name}\` | ${range(f)} | ${f.required ? '(required)' : shown} | ${help} |`);
    if (f.kind === 'array' && f.items.kind === 'object') {
      for (const [k, sub] of Object.entries(f.items.fields)) {
        const value = sub.kind === 'record' ? {} : sub.kind === 'object' ? undefined : sub.default;
        const subDefault = sub.required ? '(required)' : value === undefined ? '' : `\`${JSON.stringify(value)}\``;
        out.push(`| \`${name}[].${k}\` | ${range(sub)} | ${subDefault} | ${sub.help} |`);
      }
    }
  }
}

export function scenarioDoc(): string {
  const out: string[] = [
    '# Scenario reference',
    '',
    '<!-- Generated from src/core/scenario/scenario.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'A scenario is one JSON object; every knob may be left out and takes the default shown (the defaults are the',
    '`classroom` city). Unknown fields are rejected by name, and every error names the field path and the reason,',
    'e.g. `districts[3].registered: must be a positive integer, got -5`. Per-age lists give one value for each age',
    'band, youngest first: 18-34, 35-54, 55+. Times are local to `timeZone`.',
    '',
    '| field | accepts | default | meaning |',
    '|---|---|---|---|',
  ];
  rows(scenarioSchema.fields, [], out);
  out.push(
    '',
    'Rules across fields: party and district ids are unique; `lean` and `candidates` keys name parties;',
    '`mobilisation.party` names a party when anyone is pressured; `online.opens` < `online.closes` <= `paper.closes`;',
    '`online.dayShares` has a share for each calendar day of the window; `electorate.precinctMin` <= `precinctMax`;',
    'at most 10,000,000 registered voters in all; times fall in the years 1971 to 2105; at most 500 checkpoints in the',
    'voting window (`verifiability.checkpointEveryHours`).',
    '',
  );
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync('docs/scenario.md', scenarioDoc());
  console.log('wrote docs/scenario.md');
}
