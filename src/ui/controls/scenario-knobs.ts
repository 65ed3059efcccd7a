/**
 * What the scenario editor needs to know about the schema, as plain functions (no DOM, no Lit), so
 * they can be tested in Node: which section a knob belongs to, which control edits it, its label,
 * a sensible slider step, a new table row, immutable updates by path, and which validation issues
 * belong to which control. Everything is derived from the schema, so a new knob needs no UI change.
 */
import { AGE_BANDS, scenarioSchema } from '../../core/scenario/scenario.ts';
import type { ArrayField, Field, Issue, NumberField, ObjectField } from '../../core/scenario/schema.ts';
import { msg, str } from '@lit/localize';

/** One step of a path: an object key or an array index. */
export type Segment = string | number;
export type Path = readonly Segment[];

/** `['districts', 3, 'registered']` → `districts[3].registered` (the form checkScenario's issues use). */
export function pathText(path: Path): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// ── Sections ───────────────────────────────────────────────────────────────────────────────────

export interface Section {
  readonly id: string;
  readonly title: string;
  /** Top-level scenario keys shown in this section, in order. */
  readonly keys: readonly string[];
}

const namedSections = (): readonly Section[] => [
  { id: 'electorate', title: msg('Electorate'), keys: ['electorate', 'mobilisation', 'parties', 'districts'] },
  { id: 'channels', title: msg('Channels'), keys: ['online', 'paper'] },
  { id: 'revoting', title: msg('Postponed votes'), keys: ['revoting'] },
  { id: 'adversary', title: msg('Adversary'), keys: ['adversary'] },
  { id: 'verifiability', title: msg('Verifiability'), keys: ['verifiability', 'e2e'] },
  { id: 'release', title: msg('Recounts and release'), keys: ['release'] },
];

/** The editor's sections; every top-level key no named section claims goes under "Scenario", in schema order. */
export function editorSections(schema: ObjectField = scenarioSchema): Section[] {
  const sections = namedSections();
  const claimed = new Set(sections.flatMap((s) => s.keys));
  const named = sections.map((s) => ({ ...s, keys: s.keys.filter((k) => Object.hasOwn(schema.fields, k)) }));
  const rest = Object.keys(schema.fields).filter((k) => !claimed.has(k));
  return [...named, { id: 'scenario', title: msg('Scenario'), keys: rest }].filter((s) => s.keys.length > 0);
}

// ── Controls ───────────────────────────────────────────────────────────────────────────────────

export type ControlKind =
  | 'number' // slider + number input (number input alone in a table cell)
  | 'string' // text input
  | 'text' // textarea, for long strings
  | 'boolean' // checkbox
  | 'enum' // select
  | 'per-age' // three number inputs, one per age band
  | 'list' // a list of plain values, typed comma-separated
  | 'record' // one input per party id
  | 'table' // a list of objects: a table with add / remove
  | 'group' // an object: its fields
  | 'json'; // anything else: its JSON, in a textarea

/** Strings longer than this get a textarea. */
const LONG_STRING = 200;

export function controlKind(field: Field): ControlKind {
  switch (field.kind) {
    case 'number':
      return 'number';
    case 'string':
      return field.maxLength > LONG_STRING ? 'text' : 'string';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'enum';
    case 'object':
      return 'group';
    case 'record':
      return field.values.kind === 'number' || field.values.kind === 'string' ? 'record' : 'json';
    case 'array': {
      const item = field.items;
      if (item.kind === 'object') return 'table';
      if (item.kind === 'number' && field.minItems === AGE_BANDS.length && field.maxItems === AGE_BANDS.length) return 'per-age';
      if (item.kind === 'number' || item.kind === 'string' || item.kind === 'enum') return 'list';
      return 'json';
    }
  }
}

/**
 * Every knob the editor shows as one control or one table, by path: objects recurse, a list of
 * objects is one table (its columns are the item's fields).
 */
export function leafKnobPaths(field: ObjectField = scenarioSchema, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, sub] of Object.entries(field.fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (sub.kind === 'object') out.push(...leafKnobPaths(sub, path));
    else out.push(path);
  }
  return out;
}

const ACRONYMS: Readonly<Record<string, string>> = { utc: 'UTC', id: 'ID', url: 'URL' };

/** `registrationShare` → `Registration share`; `utcOffsetMinutes` → `UTC offset minutes`. */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w.toLowerCase());
  if (words.length === 0) return key;
  words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
  return words.join(' ');
}

/** `districts` → `district`, `parties` → `party`, `attacks` → `attack`. */
export function singular(key: string): string {
  if (/ies$/.test(key)) return key.slice(0, -3) + 'y';
  if (/[^s]s$/.test(key)) return key.slice(0, -1);
  return key;
}

/** A share: a number from 0 to at most 1. */
export const isShare = (f: NumberField) => !f.integer && f.min === 0 && f.max <= 1;

/**
 * The step of a knob's slider and number input: 1 for integers, 0.01 for shares, otherwise about a
 * hundredth of the range rounded to 1, 2 or 5 times a power of ten (so 0..48 h steps by 0.5 h,
 * not 0.48 h).
 */
export function sliderStep(f: NumberField): number {
  if (f.integer) return 1;
  if (isShare(f)) return 0.01;
  const raw = (f.max - f.min) / 100;
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const candidates = [1, 2, 5, 10].map((m) => m * power);
  let best = candidates[0];
  for (const c of candidates) if (Math.abs(Math.log(c / raw)) < Math.abs(Math.log(best / raw))) best = c;
  // Round away floating-point dust (0.30000000000000004).
  return Number(best.toPrecision(1));
}

// ── Values ─────────────────────────────────────────────────────────────────────────────────────

/** The value a field takes by default (required fields take their declared placeholder default). */
export function fieldDefault(field: Field): unknown {
  switch (field.kind) {
    case 'object':
      return Object.fromEntries(Object.entries(field.fields).map(([k, f]) => [k, fieldDefault(f)]));
    case 'record':
      return {};
    case 'array':
      return structuredClone(field.default) as unknown[];
    default:
      return field.default;
  }
}

/**
 * A new row for a table: the item's defaults, with a fresh unused `id` when the item has one (the
 * next district number; `party-5` for a text id) and, when its `name` is empty, a name from it.
 */
export function newRow(field: ArrayField, rows: readonly unknown[], key: string): unknown {
  const item = field.items;
  const row = fieldDefault(item);
  if (item.kind !== 'object' || !isPlainObject(row)) return row;
  const out: Record<string, unknown> = { ...row };
  const idField = item.fields.id;
  const usedIds = new Set(rows.map((r) => (isPlainObject(r) ? r.id : undefined)));
  const noun = singular(key);
  if (idField?.kind === 'number') {
    const numbers = [...usedIds].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    let id = Math.max(idField.min, numbers.length > 0 ? Math.floor(Math.max(...numbers)) + 1 : idField.min);
    if (id > idField.max) {
      id = idField.min;
      while (usedIds.has(id) && id < idField.max) id++;
    }
    out.id = id;
  } else if (idField?.kind === 'string') {
    let n = rows.length + 1;
    while (usedIds.has(`${noun}-${n}`)) n++;
    out.id = `${noun}-${n}`;
  }
  const nameField = item.fields.name;
  if (nameField?.kind === 'string' && out.name === '') {
    const tag = typeof out.id === 'number' ? out.id : typeof out.id === 'string' ? out.id.replace(/^\D+/, '') : rows.length + 1;
    out.name = `${humanise(noun)} ${tag}`;
  }
  return out;
}

/**
 * `root` with the value at `path` replaced, as new objects and arrays along the path (the rest
 * shared). `undefined` removes an object key.
 */
export function setIn(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const arr = Array.isArray(root) ? [...root] : [];
    arr[head] = setIn(arr[head], rest, value);
    return arr;
  }
  const obj: Record<string, unknown> = isPlainObject(root) ? { ...root } : {};
  if (rest.length === 0 && value === undefined) delete obj[head];
  else obj[head] = setIn(obj[head], rest, value);
  return obj;
}

/** The value at `path`, or undefined. */
export function getIn(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) {
    if (typeof seg === 'number') v = Array.isArray(v) ? v[seg] : undefined;
    else v = isPlainObject(v) ? v[seg] : undefined;
  }
  return v;
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * A typed list (`0.6, 0.25, 0.15`) as values: numbers where the items are numbers and the text is
 * one; anything else stays text, for validation to name.
 */
export function parseList(text: string, item: Field): unknown[] {
  const tokens = text.split(/[,;\s]+/).filter((t) => t !== '');
  return tokens.map((t) => (item.kind === 'number' && NUMBER_TEXT.test(t) ? Number(t) : t));
}

/** A list as typed text: `0.6, 0.25, 0.15`. */
export function formatList(value: unknown): string {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')).join(', ') : '';
}

/** Text for a number input: empty for anything that is not a finite number (the issue says why). */
export function numberText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** The party ids of a (draft) scenario, in order, skipping anything that is not a string. */
export function partyIds(draft: unknown): string[] {
  const parties = getIn(draft, ['parties']);
  if (!Array.isArray(parties)) return [];
  return parties.map((p) => (isPlainObject(p) ? p.id : undefined)).filter((id): id is string => typeof id === 'string' && id !== '');
}

/** Keys a record editor shows: every party id, then any key the record has that names no party. */
export function recordKeys(value: unknown, parties: readonly string[]): string[] {
  const own = isPlainObject(value) ? Object.keys(value) : [];
  return [...parties, ...own.filter((k) => !parties.includes(k))];
}

// ── Issues ─────────────────────────────────────────────────────────────────────────────────────

/** Whether an issue at `issuePath` is about the value at `path` or something inside it. */
export function isUnder(issuePath: string, path: string): boolean {
  if (path === '') return true;
  return issuePath === path || issuePath.startsWith(path + '.') || issuePath.startsWith(path + '[');
}

/** The issues about `path` or inside it. */
export function issuesUnder(issues: readonly Issue[], path: string): Issue[] {
  return issues.filter((i) => isUnder(i.path, path));
}

/** The issues inside `path` that none of `children` claims (shown on the container itself). */
export function unclaimedIssues(issues: readonly Issue[], path: string, children: readonly string[]): Issue[] {
  return issues.filter((i) => isUnder(i.path, path) && !children.some((c) => isUnder(i.path, c)));
}

/** How an issue reads next to a control at `controlPath`: the message, preceded by where inside it. */
export function issueText(issue: Issue, controlPath: string, kind?: ControlKind): string {
  if (issue.path === controlPath) return issue.message;
  let rest = issue.path.startsWith(controlPath) ? issue.path.slice(controlPath.length) : issue.path;
  const index = /^\[(\d+)\]$/.exec(rest);
  if (index && kind === 'per-age') return `${AGE_BANDS[Number(index[1])] ?? rest}: ${issue.message}`;
  if (index) {
    const n = Number(index[1]) + 1;
    return msg(str`value ${n}: ${issue.message}`);
  }
  rest = rest.replace(/^\./, '');
  return `${rest}: ${issue.message}`;
}
