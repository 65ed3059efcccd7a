/**
 * The scenario schema's words (src/core/scenario: each knob's help, its enum labels, patterns) in
 * Russian. The schema is the engine's and stays English; the editor and the CLI's help show it
 * through here. test/i18n/schema-text.test.ts walks the whole schema and fails on any text with
 * no Russian. A text not here is shown in English.
 */
import { language } from './locale.ts';
import { KNOB_NAMES_RU, SCHEMA_RU } from './schema-ru.ts';

/** A schema text in the language in use. */
export function schemaText(english: string): string {
  return language() === 'ru' && Object.hasOwn(SCHEMA_RU, english) ? SCHEMA_RU[english] : english;
}

/** A unit of the schema ("h", "min") in the language in use. */
export function schemaUnit(unit: string): string {
  return language() === 'ru' && Object.hasOwn(SCHEMA_RU, `UNIT:${unit}`) ? SCHEMA_RU[`UNIT:${unit}`] : unit;
}

/** A knob's name in Russian, by its key; undefined when it has none (the editor then humanises the key). */
export function russianKnobName(key: string): string | undefined {
  return language() === 'ru' && Object.hasOwn(KNOB_NAMES_RU, key) ? KNOB_NAMES_RU[key] : undefined;
}
