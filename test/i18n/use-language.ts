/** Runs a block of tests in `lang` (msg() and the i18n helpers), back to English after it. */
import { setLanguage, type Language } from '../../src/i18n/locale.ts';

// @lit/localize announces a change on `window`; in Node an EventTarget stands in for it.
const g = globalThis as { window?: unknown };
g.window ??= new EventTarget();

export function useLanguage(lang: Language, before: (fn: () => Promise<void>) => void, after: (fn: () => Promise<void>) => void): void {
  before(() => setLanguage(lang));
  after(() => setLanguage('en'));
}
