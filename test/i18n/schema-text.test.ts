/**
 * The scenario editor speaks Russian: every knob of the schema has a Russian name, and every help
 * text, enum label and unit has a Russian text (src/i18n/schema-ru.ts). A knob added to the engine
 * without them fails here, naming it.
 */
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/core/index.ts';
import type { Field } from '../../src/core/scenario/schema.ts';
import { KNOB_NAMES_RU, SCHEMA_RU } from '../../src/i18n/schema-ru.ts';

/** Every key and every text of the schema. */
function walk(field: Field, key: string | undefined, keys: Set<string>, texts: Set<string>): void {
  if (key !== undefined) keys.add(key);
  texts.add(field.help);
  if (field.kind === 'number' && field.unit) texts.add(`UNIT:${field.unit}`);
  if (field.kind === 'enum') for (const label of Object.values(field.labels ?? {})) texts.add(label as string);
  if (field.kind === 'object') for (const [k, sub] of Object.entries(field.fields)) walk(sub, k, keys, texts);
  if (field.kind === 'array') walk(field.items, undefined, keys, texts);
  if (field.kind === 'record') walk(field.values, undefined, keys, texts);
}

describe('the scenario schema in Russian', () => {
  const keys = new Set<string>();
  const texts = new Set<string>();
  walk(scenarioSchema, undefined, keys, texts);

  it('names every knob', () => {
    expect(keys.size).toBeGreaterThan(60);
    expect([...keys].filter((k) => !/[а-яё]/i.test(KNOB_NAMES_RU[k] ?? '') && KNOB_NAMES_RU[k] !== 'ID')).toEqual([]);
  });

  it('has every help text, enum label and unit', () => {
    expect(texts.size).toBeGreaterThan(100);
    expect([...texts].filter((t) => !Object.hasOwn(SCHEMA_RU, t))).toEqual([]);
  });

  it('keeps no text the schema no longer has', () => {
    expect(Object.keys(SCHEMA_RU).filter((t) => !texts.has(t))).toEqual([]);
  });
});
