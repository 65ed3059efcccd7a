/**
 * Scenario files: importing one (JSON text a user picked or dropped) and exporting the current
 * scenario as a readable JSON file the CLI accepts too (`npm run simulate -- my.json`).
 */
import type { Issue } from '../../core/scenario/schema.ts';
import type { Scenario } from '../../core/scenario/scenario.ts';
import { checkScenario } from '../../core/scenario/validate.ts';

export interface ImportedScenario {
  /** The file's JSON as written (any knob left out takes its default); undefined when it is not JSON. */
  readonly input: unknown;
  /** The complete scenario, when the file has no issues. */
  readonly scenario: Scenario | undefined;
  /** What is wrong with the file: a JSON syntax error (path `(file)`), or checkScenario's issues. */
  readonly issues: readonly Issue[];
}

/** Reads a scenario file. Never throws. */
export function importScenarioFile(text: string): ImportedScenario {
  let input: unknown;
  try {
    // Editors on Windows like to start a UTF-8 file with a byte-order mark.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { input: undefined, scenario: undefined, issues: [{ path: '(file)', message: syntaxMessage(text, err) }] };
  }
  const checked = checkScenario(input);
  return { input, scenario: checked.scenario, issues: checked.issues };
}

/** The parser's message, with the line and column when it gives only a position. */
function syntaxMessage(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (text.trim() === '') return 'is empty: a scenario file is a JSON object, like {"name": "my city"}';
  const at = /at position (\d+)/.exec(message);
  if (!at || /line \d+/.test(message)) return `is not valid JSON: ${message}`;
  const before = text.replace(/^\uFEFF/, '').slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `is not valid JSON: ${message} (line ${line}, column ${column})`;
}

/**
 * The scenario as a file: indented JSON, short lists of plain values on one line
 * (`"ageShares": [0.3, 0.37, 0.33]`), ending with a newline.
 */
export function exportScenarioFile(scenario: unknown): string {
  return `${pretty(scenario, '')}\n`;
}

/** A file name for the scenario: `classroom.scenario.json`, from its name. */
export function scenarioFileName(scenario: unknown): string {
  const name = typeof scenario === 'object' && scenario !== null ? (scenario as { name?: unknown }).name : undefined;
  const base =
    typeof name === 'string'
      ? name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 60)
      : '';
  return `${base || 'scenario'}.scenario.json`;
}

const INDENT = '  ';
const INLINE_WIDTH = 72;

function pretty(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const plain = value.every((v) => v === null || typeof v !== 'object');
    const inline = `[${value.map((v) => JSON.stringify(v) ?? 'null').join(', ')}]`;
    if (plain && inline.length <= INLINE_WIDTH) return inline;
    const inner = indent + INDENT;
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + INDENT;
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
