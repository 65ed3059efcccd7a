/**
 * A small declarative schema for scenarios: each knob carries its type, range, default and a
 * one-line explanation. Validation, defaults, the TypeScript types and (later) the UI's scenario
 * editor all read the same declaration, so they cannot drift apart.
 */

interface FieldBase {
  /** One short sentence a student can read next to the control. */
  readonly help: string;
  /** The input must give this field (no default makes sense). */
  readonly required?: boolean;
}
export interface NumberField extends FieldBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly default: number;
  readonly unit?: string;
  /**
   * For a knob where 0 means "off": the smallest value other than 0 (a checkpoint every 0.001 h
   * would be 10⁵ signatures a day). Values between 0 and this are refused.
   */
  readonly minAboveZero?: number;
}
export interface StringField extends FieldBase {
  readonly kind: 'string';
  readonly default: string;
  readonly maxLength: number;
  /** A pattern the value must match, with the words that explain it. */
  readonly pattern?: { readonly regex: RegExp; readonly says: string };
}
export interface BooleanField extends FieldBase {
  readonly kind: 'boolean';
  readonly default: boolean;
}
export interface EnumField<V extends string = string> extends FieldBase {
  readonly kind: 'enum';
  readonly values: readonly V[];
  readonly default: V;
  /** What each value means, for the editor. */
  readonly labels?: Readonly<Record<V, string>>;
}
export interface ObjectField<F extends Fields = Fields> extends FieldBase {
  readonly kind: 'object';
  readonly fields: F;
}
export interface ArrayField<I extends Field = Field> extends FieldBase {
  readonly kind: 'array';
  readonly items: I;
  readonly minItems: number;
  readonly maxItems: number;
  /** Default for the whole array (items inside it are filled with their own defaults). */
  readonly default: readonly unknown[];
}
/** String-keyed map (keys are checked by the scenario's cross-field rules). */
export interface RecordField<V extends Field = Field> extends FieldBase {
  readonly kind: 'record';
  readonly values: V;
  readonly maxKeys: number;
}
export type Field = NumberField | StringField | BooleanField | EnumField | ObjectField | ArrayField | RecordField;
export type Fields = { readonly [key: string]: Field };

/** The plain value a field describes. */
export type Infer<F extends Field> = F extends NumberField
  ? number
  : F extends StringField
    ? string
    : F extends BooleanField
      ? boolean
      : F extends EnumField<infer V>
        ? V
        : F extends ObjectField<infer G>
          ? { [K in keyof G]: Infer<G[K]> }
          : F extends ArrayField<infer I>
            ? Infer<I>[]
            : F extends RecordField<infer V>
              ? Record<string, Infer<V>>
              : never;

type Opt<T> = Omit<T, 'kind'>;
export const num = (o: Omit<Opt<NumberField>, 'integer'> & { integer?: boolean }): NumberField => ({
  kind: 'number',
  integer: false,
  ...o,
});
export const int = (o: Omit<Opt<NumberField>, 'integer'>): NumberField => ({ kind: 'number', integer: true, ...o });
export const str = (o: Opt<StringField>): StringField => ({ kind: 'string', ...o });
export const bool = (o: Opt<BooleanField>): BooleanField => ({ kind: 'boolean', ...o });
export const oneOf = <const V extends string>(o: Opt<EnumField<V>>): EnumField<V> => ({ kind: 'enum', ...o });
export const obj = <const F extends Fields>(help: string, fields: F): ObjectField<F> => ({ kind: 'object', help, fields });
export const list = <I extends Field>(o: Opt<ArrayField<I>>): ArrayField<I> => ({ kind: 'array', ...o });
export const record = <V extends Field>(o: Opt<RecordField<V>>): RecordField<V> => ({ kind: 'record', ...o });

/** One thing wrong with an input, located by its path (`districts[3].registered`). */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** Renders a value for an error message: short, and never an object dump. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'an object';
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks `input` against `field`, filling defaults where the input leaves a knob out.
 * Returns the completed value and every issue found (the value is only meaningful when there are none).
 */
export function conform(field: Field, input: unknown, path: string, issues: Issue[]): unknown {
  if (input === undefined) {
    if (field.required) {
      issues.push({ path: path || '(scenario)', message: 'is required' });
      return undefined;
    }
    if (field.kind === 'object') return conform(field, {}, path, issues);
    if (field.kind === 'record') return Object.create(null) as Record<string, unknown>;
    if (field.kind === 'array') return conform(field, JSON.parse(JSON.stringify(field.default)), path, issues);
    return field.default;
  }
  const fail = (reason: string) => {
    issues.push({ path: path || '(scenario)', message: `${reason}, got ${shown(input)}` });
    return field.kind === 'object' || field.kind === 'record' || field.kind === 'array' ? undefined : field.default;
  };
  switch (field.kind) {
    case 'number': {
      const what = field.integer ? 'an integer' : 'a number';
      if (typeof input !== 'number' || !Number.isFinite(input)) return fail(`must be ${what}`);
      if (field.integer && !Number.isInteger(input)) return fail(`must be ${what}`);
      const low = field.minAboveZero !== undefined && input !== 0 ? field.minAboveZero : field.min;
      if (input < low || input > field.max) {
        if (field.integer && field.min === 1 && input < 1) return fail('must be a positive integer');
        if (field.minAboveZero !== undefined) return fail(`must be 0 (off) or ${what} from ${field.minAboveZero} to ${field.max}`);
        return fail(`must be ${what} from ${field.min} to ${field.max}`);
      }
      return input;
    }
    case 'string':
      if (typeof input !== 'string') return fail('must be a string');
      if (input.length > field.maxLength) return fail(`must be at most ${field.maxLength} characters`);
      if (field.pattern && !field.pattern.regex.test(input)) return fail(`must be ${field.pattern.says}`);
      return input;
    case 'boolean':
      if (typeof input !== 'boolean') return fail('must be true or false');
      return input;
    case 'enum':
      if (typeof input !== 'string' || !field.values.includes(input)) {
        return fail(`must be one of ${field.values.map((v) => JSON.stringify(v)).join(', ')}`);
      }
      return input;
    case 'object': {
      if (!isPlainObject(input)) return fail('must be an object');
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(field.fields, key)) {
          const known = Object.keys(field.fields).join(', ');
          issues.push({ path: join(path, key), message: `unknown field (known here: ${known})` });
        }
      }
      for (const [key, sub] of Object.entries(field.fields)) out[key] = conform(sub, input[key], join(path, key), issues);
      return out;
    }
    case 'array': {
      if (!Array.isArray(input)) return fail('must be a list');
      if (input.length < field.minItems || input.length > field.maxItems) {
        return fail(`must hold ${field.minItems} to ${field.maxItems} items`);
      }
      return input.map((item, i) => conform(field.items, item, `${path}[${i}]`, issues));
    }
    case 'record': {
      if (!isPlainObject(input)) return fail('must be an object');
      const keys = Object.keys(input);
      if (keys.length > field.maxKeys) return fail(`must have at most ${field.maxKeys} keys`);
      // Keyed by ids from the input: no prototype, so `__proto__` is kept as a key and `constructor` finds nothing.
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const key of keys) out[key] = conform(field.values, input[key], join(path, key), issues);
      return out;
    }
  }
}

/** The value a field takes when the input says nothing. */
export function defaultOf<F extends Field>(field: F): Infer<F> {
  const issues: Issue[] = [];
  const value = conform(field, undefined, '', issues);
  if (issues.length > 0) throw new Error(`schema defaults are invalid: ${issues[0].path}: ${issues[0].message}`);
  return value as Infer<F>;
}

/** Looks up the field at a path such as `districts[3].registered` (for the editor's labels and help). */
export function fieldAt(root: Field, path: string): Field | undefined {
  let field: Field | undefined = root;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (!field) return undefined;
    if (field.kind === 'object') field = field.fields[part];
    else if (field.kind === 'array' && /^\d+$/.test(part)) field = field.items;
    else if (field.kind === 'record') field = field.values;
    else return undefined;
  }
  return field;
}
