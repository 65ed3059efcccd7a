/**
 * The sweep file (`tally-lab/sweep@1`): one scenario (a preset name or an inline scenario, plus
 * optional `changes`), how many seeds, and a grid of knob paths to value lists. Checking it gives
 * every grid point's complete scenario, or issues that name the field and the reason.
 */
import { knobValue, leafKnob, withKnob } from '../scenario/knob-path.ts';
import { conform, int, obj, oneOf, shown, str, type Issue } from '../scenario/schema.ts';
import type { Scenario, ScenarioInput } from '../scenario/scenario.ts';
import { checkScenario } from '../scenario/validate.ts';

export const SWEEP_FORMAT = 'tally-lab/sweep@1';
/** Most runs one sweep may ask for (grid points x seeds). */
export const MAX_SWEEP_RUNS = 200_000;
const MAX_GRID_POINTS = 2_000;

const header = obj('A sweep.', {
  format: oneOf({ help: 'Sweep format version.', values: [SWEEP_FORMAT], default: SWEEP_FORMAT, required: true }),
  name: str({ help: 'Short name of the sweep.', default: '', maxLength: 80, required: true }),
  description: str({ help: 'What the sweep measures.', default: '', maxLength: 2000 }),
  seeds: obj('The runs of each grid point.', {
    count: int({ help: 'Seeds per grid point.', min: 1, max: MAX_SWEEP_RUNS, default: 1, required: true }),
    prefix: str({ help: 'Run i has seed prefix + i, at every grid point.', default: 'sweep-', maxLength: 40 }),
  }),
});
const FIELDS = ['format', 'name', 'description', 'scenario', 'changes', 'seeds', 'grid'];

/** A value a single knob takes. */
export type KnobValue = number | string | boolean;

export interface SweepAxis {
  readonly path: string;
  readonly values: readonly KnobValue[];
}

export interface SweepPoint {
  readonly index: number;
  /** The knob values of this point, one per axis, in axis order. */
  readonly values: readonly KnobValue[];
  readonly scenario: Scenario;
}

/** A checked sweep: plain data, so it can be sent to workers as is. */
export interface Sweep {
  readonly format: typeof SWEEP_FORMAT;
  readonly name: string;
  readonly description: string;
  readonly seeds: { readonly count: number; readonly prefix: string };
  readonly axes: readonly SweepAxis[];
  /** Every combination of the axes' values, the last axis varying fastest. */
  readonly points: readonly SweepPoint[];
}

/** A sweep file that cannot run; the message shows the first issue. */
export class SweepError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${issues[0].path}: ${issues[0].message}${more}`);
    this.name = 'SweepError';
    this.issues = issues;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; lists and values replace (as the presets' variants do). */
export function mergeChanges(base: unknown, changes: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(changes)) return changes;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) out[key] = key in out ? mergeChanges(out[key], value) : value;
  return out;
}

/** The seed of run `i` at every grid point: the runs of one seed are paired across points. */
export const sweepSeed = (sweep: Pick<Sweep, 'seeds'>, i: number): string => `${sweep.seeds.prefix}${i}`;

/**
 * Checks a parsed sweep file. `findPreset` looks a preset up by name (the engine ships none itself);
 * `presetNames` lists them for the error message.
 */
export function checkSweep(
  input: unknown,
  findPreset: (name: string) => ScenarioInput | undefined,
  presetNames: readonly string[] = [],
): { ok: true; sweep: Sweep; issues: [] } | { ok: false; sweep: undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const fail = () => ({ ok: false as const, sweep: undefined, issues });
  if (!isPlainObject(input)) {
    issues.push({ path: '(sweep)', message: `must be an object, got ${shown(input)}` });
    return fail();
  }
  for (const key of Object.keys(input)) if (!FIELDS.includes(key)) issues.push({ path: key, message: `unknown field (known here: ${FIELDS.join(', ')})` });
  const head = conform(header, { format: input.format, name: input.name, description: input.description, seeds: input.seeds }, '', issues) as
    | { format: typeof SWEEP_FORMAT; name: string; description: string; seeds: { count: number; prefix: string } }
    | undefined;

  // The base scenario: a preset or inline, then the changes.
  let base: unknown;
  if (typeof input.scenario === 'string') {
    base = findPreset(input.scenario);
    if (base === undefined) issues.push({ path: 'scenario', message: `must name a preset (${presetNames.join(', ')}), got ${shown(input.scenario)}` });
  } else if (isPlainObject(input.scenario)) base = input.scenario;
  else issues.push({ path: 'scenario', message: `must be a preset name or a scenario object, got ${shown(input.scenario)}` });
  if (input.changes !== undefined && !isPlainObject(input.changes)) issues.push({ path: 'changes', message: `must be an object of knobs, got ${shown(input.changes)}` });
  let scenario: Scenario | undefined;
  if (base !== undefined && issues.length === 0) {
    const checked = checkScenario(mergeChanges(base, input.changes ?? {}));
    if (checked.ok) scenario = checked.scenario;
    else for (const i of checked.issues) issues.push({ path: `scenario.${i.path}`, message: i.message });
  }

  // The grid: each path a single knob that exists in the scenario, each value valid for it.
  const axes: SweepAxis[] = [];
  if (!isPlainObject(input.grid)) issues.push({ path: 'grid', message: `must be an object of knob paths to value lists, got ${shown(input.grid)}` });
  else if (Object.keys(input.grid).length === 0) issues.push({ path: 'grid', message: 'must name at least one knob, got none' });
  else {
    for (const [path, values] of Object.entries(input.grid)) {
      const at = `grid["${path}"]`;
      const knob = leafKnob(path);
      if ('problem' in knob) {
        issues.push({ path: at, message: knob.problem });
        continue;
      }
      if (path === 'seed') {
        issues.push({ path: at, message: 'cannot vary: the seeds are the sweep’s own (seeds.count, seeds.prefix)' });
        continue;
      }
      if (scenario && knobValue(scenario, path) === undefined) {
        issues.push({ path: at, message: 'names a knob the scenario does not have (add it in the scenario or its changes first)' });
        continue;
      }
      if (!Array.isArray(values) || values.length < 1 || values.length > 100) {
        issues.push({ path: at, message: `must be a list of 1 to 100 values, got ${shown(values)}` });
        continue;
      }
      const before = issues.length;
      values.forEach((value, i) => conform(knob.field, value, `${at}[${i}]`, issues));
      if (new Set(values).size !== values.length) issues.push({ path: at, message: 'must not repeat a value' });
      if (issues.length === before) axes.push({ path, values: values as KnobValue[] });
    }
  }
  if (issues.length > 0 || !head || !scenario) return fail();

  const pointCount = axes.reduce((n, a) => n * a.values.length, 1);
  if (pointCount > MAX_GRID_POINTS) issues.push({ path: 'grid', message: `must have at most ${MAX_GRID_POINTS} points, got ${pointCount}` });
  else if (pointCount * head.seeds.count > MAX_SWEEP_RUNS) issues.push({ path: 'seeds.count', message: `makes ${pointCount * head.seeds.count} runs over ${pointCount} grid points; at most ${MAX_SWEEP_RUNS}` });
  if (sweepSeed(head, head.seeds.count - 1).length > 64) issues.push({ path: 'seeds.prefix', message: 'makes seeds longer than 64 characters' });
  if (issues.length > 0) return fail();

  const points: SweepPoint[] = [];
  for (let index = 0; index < pointCount; index++) {
    let rest = index;
    const values = new Array<KnobValue>(axes.length);
    for (let a = axes.length - 1; a >= 0; a--) {
      values[a] = axes[a].values[rest % axes[a].values.length];
      rest = Math.floor(rest / axes[a].values.length);
    }
    const input = axes.reduce<Scenario>((s, axis, a) => withKnob(s, axis.path, values[a]), scenario);
    const checked = checkScenario(input);
    if (!checked.ok) {
      const where = axes.map((axis, a) => `${axis.path} = ${JSON.stringify(values[a])}`).join(', ');
      for (const i of checked.issues) issues.push({ path: `grid`, message: `at ${where}: ${i.path}: ${i.message}` });
      return fail();
    }
    points.push({ index, values, scenario: checked.scenario });
  }
  return { ok: true, sweep: { format: SWEEP_FORMAT, name: head.name, description: head.description, seeds: head.seeds, axes, points }, issues: [] };
}

/** Like checkSweep, but throws a SweepError. */
export function parseSweep(input: unknown, findPreset: (name: string) => ScenarioInput | undefined, presetNames: readonly string[] = []): Sweep {
  const checked = checkSweep(input, findPreset, presetNames);
  if (!checked.ok) throw new SweepError(checked.issues);
  return checked.sweep;
}
