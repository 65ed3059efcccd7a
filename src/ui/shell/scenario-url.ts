/**
 * A scenario in the page's address, as the changes it makes to a preset:
 *
 *   ?preset=classroom&seed=k3x9&s=eyJyZXZvdGluZyI6eyJwb2xpY3kiOiJub25lIn19
 *
 * `preset` names the base; `seed` (when it differs from the preset's) is readable on its own, as in
 * the links the page already makes; `s` is the base64url of the compact JSON of everything else
 * that differs from the preset. The difference is deep for objects (key by key; `null` removes a
 * key) and whole for lists (a list that changed is written out entirely, each item without the
 * knobs it leaves at their defaults). Reading never throws: a damaged or outdated link says what
 * is wrong, naming the field, and falls back to the preset as it is.
 */
import type { Field } from '../../core/scenario/schema.ts';
import { scenarioSchema, type Scenario } from '../../core/scenario/scenario.ts';
import { checkScenario } from '../../core/scenario/validate.ts';
import { findPreset, presetNames } from '../../content/presets/index.ts';

export const DEFAULT_PRESET = 'classroom';

export interface PageState {
  /** The preset the scenario is based on (a known one: the default when the link named none or an unknown one). */
  readonly preset: string;
  /** The complete, valid scenario the link describes (or the preset, when `problem` says why not). */
  readonly input: Scenario;
  /** Why the link could not be followed as it is, for the page to show (link-problems.ts words it); undefined when it could. */
  readonly problem?: LinkProblem;
}

/** What is wrong with a link, as data: the page words it in the language in use. */
export type LinkProblem =
  | { readonly kind: 'unknown-preset'; readonly asked: string; readonly shown: string; readonly presets: readonly string[] }
  | { readonly kind: 'not-base64'; readonly preset: string }
  | { readonly kind: 'not-json'; readonly preset: string; readonly error: string }
  | { readonly kind: 'not-object'; readonly preset: string; readonly got: 'a list' | 'null' | string }
  | { readonly kind: 'unknown-field'; readonly preset: string; readonly path: string; readonly more: number }
  | { readonly kind: 'invalid'; readonly preset: string; readonly path: string; readonly message: string; readonly more: number };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The preset `name`, complete with every default. */
export function completePreset(name: string): Scenario {
  const preset = findPreset(name);
  if (!preset) throw new Error(`no preset called ${JSON.stringify(name)} (the presets are ${presetNames.join(', ')})`);
  const checked = checkScenario(preset);
  if (!checked.scenario) throw new Error(`preset ${name} is invalid: ${checked.issues[0].path}: ${checked.issues[0].message}`);
  return checked.scenario;
}

// ── Writing ────────────────────────────────────────────────────────────────────────────────────

/**
 * The address query (`?preset=…[&seed=…][&s=…]`) for `input` as changes to the preset `base`.
 * A valid input is first completed with its defaults (a knob left out means its default, not the
 * preset's value); an invalid one is written as it is (its link will report the problem).
 */
export function encodeScenarioParam(input: unknown, base: string = DEFAULT_PRESET): string {
  const baseScenario = completePreset(base);
  const checked = checkScenario(input);
  const full: unknown = checked.scenario ?? input;
  const params = new URLSearchParams({ preset: base });
  let changes = diff(baseScenario, full);
  // A changed seed goes in its own readable parameter (an empty seed stays in `s`: `seed=` means none).
  if (isPlainObject(changes) && typeof changes.seed === 'string' && changes.seed !== '') {
    params.set('seed', changes.seed);
    const rest = Object.fromEntries(Object.entries(changes).filter(([key]) => key !== 'seed'));
    changes = Object.keys(rest).length > 0 ? rest : SAME;
  }
  if (changes !== SAME) params.set('s', toBase64Url(JSON.stringify(compact(scenarioSchema, changes as Json, false))));
  return `?${params.toString()}`;
}

const SAME = Symbol('same');

/** What `value` changes in `base`: objects key by key (`null` for a removed key), anything else whole. */
export function diff(base: unknown, value: unknown): unknown {
  if (isPlainObject(base) && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (!Object.hasOwn(base, key)) out[key] = v;
      else {
        const d = diff(base[key], v);
        if (d !== SAME) out[key] = d;
      }
    }
    for (const key of Object.keys(base)) if (!Object.hasOwn(value, key) || value[key] === undefined) out[key] = null;
    return Object.keys(out).length > 0 ? out : SAME;
  }
  return sameJson(base, value) ? SAME : value;
}

/** `base` with `changes` applied (the inverse of `diff`). */
export function applyDiff(base: unknown, changes: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(changes)) return changes;
  const out: Record<string, unknown> = { ...base };
  for (const [key, v] of Object.entries(changes)) {
    if (v === null) delete out[key];
    else out[key] = Object.hasOwn(out, key) ? applyDiff(out[key], v) : v;
  }
  return out;
}

/**
 * Shortens a difference: inside a list of objects, each item leaves out the knobs it has at their
 * defaults (the list replaces the preset's whole, and validation fills those defaults back in).
 */
function compact(field: Field | undefined, value: Json, inList: boolean): Json {
  if (!field) return value;
  if (field.kind === 'array' && Array.isArray(value)) return value.map((item) => compact(field.items, item, true));
  if (field.kind === 'object' && isPlainObject(value)) {
    const out: Record<string, Json> = {};
    for (const [key, v] of Object.entries(value)) {
      const sub = field.fields[key];
      if (inList && sub && !sub.required && sameJson(v, defaultFor(sub))) continue;
      out[key] = compact(sub, v as Json, inList);
    }
    return out;
  }
  return value;
}

/** What validation fills in for a knob left out. */
function defaultFor(field: Field): unknown {
  switch (field.kind) {
    case 'object':
      return Object.fromEntries(Object.entries(field.fields).map(([k, f]) => [k, defaultFor(f)]));
    case 'record':
      return {};
    default:
      return field.default;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return false;
}

// ── Reading ────────────────────────────────────────────────────────────────────────────────────

/** The page's state from its address query (`location.search`). Never throws. */
export function decodePageState(search: string): PageState {
  const params = new URLSearchParams(search);
  const asked = params.get('preset');
  const preset = asked === null || asked === '' ? DEFAULT_PRESET : asked;
  if (!findPreset(preset)) {
    return {
      preset: DEFAULT_PRESET,
      input: completePreset(DEFAULT_PRESET),
      problem: { kind: 'unknown-preset', asked: short(preset), shown: DEFAULT_PRESET, presets: presetNames },
    };
  }
  const base = completePreset(preset);
  const seed = params.get('seed') ?? '';
  const withSeed = (s: Scenario): unknown => (seed === '' ? s : { ...s, seed });
  const fallback = (problem: LinkProblem): PageState => {
    const seeded = checkScenario(withSeed(base));
    return { preset, input: seeded.scenario ?? base, problem };
  };

  const s = params.get('s');
  let changes: unknown = {};
  if (s !== null && s !== '') {
    let text: string;
    try {
      text = fromBase64Url(s);
    } catch {
      return fallback({ kind: 'not-base64', preset });
    }
    try {
      changes = JSON.parse(text);
    } catch (err) {
      return fallback({ kind: 'not-json', preset, error: (err as Error).message });
    }
    if (!isPlainObject(changes)) {
      return fallback({ kind: 'not-object', preset, got: describe(changes) });
    }
  }

  const checked = checkScenario(withSeed(applyDiff(base, changes) as Scenario));
  if (!checked.scenario) {
    const first = checked.issues[0];
    const more = checked.issues.length - 1;
    if (first.message.startsWith('unknown field')) return fallback({ kind: 'unknown-field', preset, path: first.path, more });
    return fallback({ kind: 'invalid', preset, path: first.path, message: first.message, more });
  }
  return { preset, input: checked.scenario };
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

// ── base64url of UTF-8 ─────────────────────────────────────────────────────────────────────────

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url of UTF-8 text. */
export function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
