/**
 * The page's language: chosen from the link's `lang=`, else the one remembered in localStorage,
 * else the browser's; applied to every msg() and to the page's `lang` attribute; carried in the
 * address so that a shared link opens in the language it was shared in. Storage can be
 * unavailable (private windows): then the choice simply is not remembered.
 */
import { chooseLanguage, setLanguage, type Language, type LanguageChoice } from '../../i18n/locale.ts';

const KEY = 'tally-lab:lang';

function remembered(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The language the page opens in, from its address `search`. */
export function pageLanguage(search: string): LanguageChoice {
  const link = new URLSearchParams(search).get('lang');
  return chooseLanguage(link, remembered(), navigator.languages ?? [navigator.language]);
}

/** Speaks `lang` from now on: msg(), the `lang` attribute, and the next visit. */
export async function applyLanguage(lang: Language, remember: boolean): Promise<void> {
  document.documentElement.lang = lang;
  if (remember) {
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      // Not remembered: the link still carries it.
    }
  }
  await setLanguage(lang);
}

/** `query` (`?preset=…`) with the language written in as `lang=`. */
export function withLanguage(query: string, lang: Language): string {
  const params = new URLSearchParams(query);
  params.delete('lang');
  params.set('lang', lang);
  return `?${params.toString()}`;
}
