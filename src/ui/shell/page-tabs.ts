/**
 * The page's view tabs (WAI-ARIA tabs pattern, automatic activation): a template the page renders
 * in its own shadow root, so that `aria-controls` and `aria-labelledby` reach the panels. Arrow
 * keys move between tabs (and select), Home and End go to the first and last; only the selected
 * tab is in the tab order.
 */
import { html } from 'lit';

export interface PageTab<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

export function renderTabs<Id extends string>(tabs: readonly PageTab<Id>[], selected: Id, select: (id: Id, focus: boolean) => void) {
  const onKey = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    select(tabs[next].id, true);
  };
  return html`<div class="tabs" role="tablist" aria-label="Views" data-testid="tabs" @keydown=${onKey}>
    ${tabs.map(
      (t) => html`<button
        type="button"
        role="tab"
        id=${tabId(t.id)}
        aria-controls=${panelId(t.id)}
        aria-selected=${t.id === selected ? 'true' : 'false'}
        tabindex=${t.id === selected ? 0 : -1}
        data-testid=${`tab-${t.id}`}
        @click=${() => select(t.id, false)}
      >
        ${t.label}
      </button>`,
    )}
  </div>`;
}
