/**
 * The two languages Tally Lab speaks, Russian and English, for the page and the CLI alike: which
 * one is in use and how it is chosen (locale.ts), numbers, percentages and Moscow times through
 * Intl (format.ts), names in Cyrillic or in one transliteration (names.ts), the engine's sentences
 * (engine-catalogue.ts) and the shipped content (content.ts) in Russian. Translators edit
 * translations/*.xlf; `npm run i18n:build` writes generated/ from it.
 */
export * from './format.ts';
export * from './locale.ts';
export * from './names.ts';
