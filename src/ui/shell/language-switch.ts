/**
 * The header's language switch: one button per language, each named in its own language, the
 * current one pressed. A button rather than a menu, so that one press switches and a class sees both.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/locale.ts';

export function renderLanguageSwitch(current: Language, choose: (lang: Language) => void) {
  return html`<div class="language-switch" role="group" aria-label=${msg('Language')} data-testid="language-switch">
    ${LANGUAGES.map(
      (lang) => html`<button
        type="button"
        lang=${lang}
        aria-pressed=${lang === current ? 'true' : 'false'}
        data-testid=${`lang-${lang}`}
        @click=${() => {
          if (lang !== current) choose(lang);
        }}
      >
        ${LANGUAGE_NAMES[lang]}
      </button>`,
    )}
  </div>`;
}
