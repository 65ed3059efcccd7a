/** The scenario schema's texts in Russian, by their English (see schema-text.ts). */
export const SCHEMA_RU: Readonly<Record<string, string>> = {};
