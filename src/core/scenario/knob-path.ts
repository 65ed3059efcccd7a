/**
 * Knob paths such as `verifiability.receiptCheckShare` or `adversary.attacks[0].size`: parsing,
 * the schema field they name, and reading or writing them in a scenario.
 */
import { fieldAt, type Field } from './schema.ts';
import { scenarioSchema } from './scenario.ts';

const PATH = /^[A-Za-z]+(?:\.[A-Za-z]+|\[\d+\])*$/;

/** The parts of a path: keys and list indices. */
export function pathParts(path: string): (string | number)[] | null {
  if (!PATH.test(path)) return null;
  return (path.match(/[^.[\]]+/g) ?? []).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The schema field of a knob that holds one value (a number, string, true/false or choice), or why the path names none. */
export function leafKnob(path: string): { field: Field } | { problem: string } {
  if (!pathParts(path)) return { problem: 'must be a knob path like verifiability.receiptCheckShare or adversary.attacks[0].size' };
  const field = fieldAt(scenarioSchema, path);
  if (!field) return { problem: 'names no scenario knob (see docs/scenario.md)' };
  if (field.kind === 'object' || field.kind === 'array' || field.kind === 'record') return { problem: `names a group of knobs (${field.kind}), not a single knob` };
  return { field };
}

/** The value at a path in a plain object, or undefined when some part of the path is missing. */
export function knobValue(root: unknown, path: string): unknown {
  let at: unknown = root;
  for (const part of pathParts(path) ?? []) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[part];
  }
  return at;
}

/** A copy of `root` with the value at `path` replaced; the path's parent must exist. */
export function withKnob<T>(root: T, path: string, value: unknown): T {
  const copy = JSON.parse(JSON.stringify(root)) as T; // scenarios are plain JSON
  const parts = pathParts(path) ?? [];
  let at = copy as Record<string | number, unknown>;
  for (const part of parts.slice(0, -1)) at = at[part] as Record<string | number, unknown>;
  at[parts[parts.length - 1]] = value;
  return copy;
}
