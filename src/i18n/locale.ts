/**
 * The language the page or the CLI speaks: @lit/localize in runtime mode, with the translations
 * compiled from translations/*.xlf into src/i18n/generated/ (committed, so nothing needs a build
 * step). English is the source; every other language's templates are bundled, so switching is a
 * microtask, not a download, and works the same in Node.
 */
import { configureLocalization } from '@lit/localize';
import { templates as ru } from './generated/ru.ts';
import { allLocales, sourceLocale } from './generated/locale-codes.ts';

export type Language = (typeof allLocales)[number];

/** Every language Tally Lab speaks, the source first. */
export const LANGUAGES: readonly Language[] = [sourceLocale, ...allLocales.filter((l) => l !== sourceLocale)];

export const SOURCE_LANGUAGE: Language = sourceLocale;

/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ru: 'Русский' };

const TEMPLATES = { ru } as const;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales: allLocales.filter((l) => l !== sourceLocale),
  loadLocale: async (locale) => ({ templates: TEMPLATES[locale as keyof typeof TEMPLATES] }),
});

export const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

/** The language now in use. */
export function language(): Language {
  const l = getLocale();
  return isLanguage(l) ? l : SOURCE_LANGUAGE;
}

/** Switches every msg() to `lang`; resolves once the templates are in place. */
export function setLanguage(lang: Language): Promise<void> {
  return setLocale(lang);
}

/**
 * The language of a locale tag ("ru-RU", "ru_RU.UTF-8", "en"), or undefined for one Tally Lab
 * does not speak (and for "C" or "POSIX").
 */
export function languageOfTag(tag: string | undefined | null): Language | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  return isLanguage(base) ? base : undefined;
}

export interface LanguageChoice {
  readonly lang: Language;
  /** A language the link asked for that Tally Lab does not speak (shown in a notice); undefined when none. */
  readonly unknown?: string;
}

/**
 * Which language to speak: the link's `lang=` first, then the one remembered from last time, then
 * the first of the browser's (or the environment's) languages that Tally Lab speaks, then English.
 */
export function chooseLanguage(link: string | null | undefined, remembered: string | null | undefined, preferred: readonly string[]): LanguageChoice {
  const fallback = languageOfTag(remembered) ?? preferred.map(languageOfTag).find((l) => l !== undefined) ?? SOURCE_LANGUAGE;
  if (link === null || link === undefined || link === '') return { lang: fallback };
  const asked = languageOfTag(link);
  return asked ? { lang: asked } : { lang: fallback, unknown: link.slice(0, 20) };
}
