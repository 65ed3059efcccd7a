/**
 * <ledger-explorer>: the published ledger, entry by entry, for ledgers of millions of entries.
 * Rows come from a LedgerSource (src/core/inspect/ledger-source.ts), page by page and asynchronously (the
 * ledger lives in the engine's worker); a bounded cache keeps the pages near the view. Each row
 * shows its index, local time, district, voter token, choice, its hash and "← prev": the previous
 * entry's hash that this entry's hash covers, checked against the row above. Checkpoints show as
 * bands under the entry whose hash they sign. With `teacher` set, what the sandbox knows is shown
 * too: ballots the adversary added or changed (highlighted, and named in words), and which ballots
 * count.
 *
 * Browsers cannot size an element tall enough for millions of rows (the virtualizer clamps at 8.2
 * million pixels), so the virtualizer holds a window of WINDOW entries around the view and the
 * window moves when the view nears its edge; "jump to entry" and the position slider reach any
 * entry. Fires `entry-inspected` ({ index }) when a row gets focus.
 */
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent, VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatCount } from '../../common/format.ts';
import { ledgerExplorerStyles } from './ledger-explorer.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import type { ChainStatus, CheckpointMark, LedgerRow, LedgerSource } from '../../../core/inspect/ledger-source.ts';
import { localized, msg, str } from '@lit/localize';
import { localName } from '../../../i18n/names.ts';
import { engineText } from '../../../i18n/engine-catalogue.ts';

/** Entries the virtualizer knows at once (~4 million pixels at 40 px a row). */
export const WINDOW = 100_000;
/** The window moves when the view comes this close to one of its edges. */
const EDGE = 5_000;
/** Pages fetched at once; more wait their turn (and are dropped if the view has moved on). */
const MAX_IN_FLIGHT = 4;
const ZERO_HASH = '0'.repeat(64);

const chainLabels = (): Record<ChainStatus['status'], { symbol: string; word: string }> => ({
  passed: { symbol: '✓', word: msg('Chain walk passed') },
  failed: { symbol: '✗', word: msg('Chain walk FAILED') },
  'not-possible': { symbol: '?', word: msg('Chain walk not possible') },
});

const originTags = (): Record<string, string> => ({
  'injected re-vote': msg('INJECTED'),
  'ballot for an abstainer': msg('FOR ABSTAINER'),
});

export interface EntryInspectedDetail {
  readonly index: number;
}

@localized()
@customElement('ledger-explorer')
export class LedgerExplorer extends LitElement {
  static override styles = [theme, ledgerExplorerStyles];

  /** Where the rows come from. A new source resets the view to entry 0. */
  @property({ attribute: false }) source: LedgerSource | undefined;

  /** Teacher view: reveal the voter, the origin and the fate of each ballot, and highlight tampering. */
  @property({ type: Boolean, reflect: true }) teacher = false;

  /** The chain walk's outcome from the run's evidence, shown above the list. */
  @property({ attribute: false }) chainStatus: ChainStatus | undefined;

  /** Rows fetched per request. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 200;

  /** Pages kept in memory at most (the ones in view are never evicted). */
  @property({ type: Number, attribute: 'cache-pages' }) cachePages = 40;

  /** First entry of the virtualizer's window. */
  @state() private base = 0;
  /** Visible entries (absolute indices), from the virtualizer. */
  @state() private first = 0;
  @state() private last = -1;
  /** The row with keyboard focus, or -1. */
  @state() private focused = -1;
  /** The row under the pointer, or -1. */
  @state() private hovered = -1;
  /** The entry last jumped to (outlined), or -1. */
  @state() private target = -1;
  @state() private jumpMessage = '';

  #items: number[] = [];
  #cache = new Map<number, LedgerRow[]>();
  /** Pages fetched before the teacher view changed: shown (without teacher fields) until refetched. */
  #stale = new Map<number, LedgerRow[]>();
  #pending = new Set<number>();
  #failed = new Map<number, string>();
  #inFlight = 0;
  #wanted: number[] = [];
  #generation = 0;
  #moving = false;

  /** Rows currently in the DOM (rendered by the virtualizer), for tests and diagnostics. */
  get renderedRows(): number {
    return this.renderRoot.querySelectorAll('.row').length;
  }

  /** Entries currently cached, for tests and diagnostics. */
  get cachedEntries(): number {
    let n = 0;
    for (const rows of this.#cache.values()) n += rows.length;
    return n;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const count = this.source?.count ?? 0;
    if (changed.has('source')) {
      this.#reset();
      this.#stale = new Map();
      this.base = 0;
      this.first = 0;
      this.last = -1;
      this.focused = -1;
      this.hovered = -1;
      this.target = -1;
      this.jumpMessage = '';
    } else if (changed.has('teacher') && changed.get('teacher') !== undefined) {
      // Keep showing what we have while the pages are fetched again with (or without) teacher fields.
      this.#stale = new Map([...this.#stale, ...this.#cache]);
      this.#reset();
    } else if (changed.has('pageSize')) {
      this.#reset();
      this.#stale = new Map();
    }
    if (changed.has('source') || changed.has('base') || this.#items.length !== Math.min(WINDOW, Math.max(0, count - this.base))) {
      const n = Math.min(WINDOW, Math.max(0, count - this.base));
      this.#items = Array.from({ length: n }, (_, i) => this.base + i);
    }
  }

  protected override updated(changed: PropertyValues): void {
    // A new ledger starts at its first entry.
    if (changed.has('source') && changed.get('source') !== undefined) {
      const scroller = this.#scroller();
      if (scroller) scroller.scrollTop = 0;
    }
    if (changed.has('source') || changed.has('teacher') || changed.has('pageSize')) {
      this.#want(this.first, Math.max(this.first, this.last));
    }
  }

  override render() {
    const source = this.source;
    return html`
      ${this.#chain()}
      ${!source
        ? html`<p class="empty" data-testid="ledger-empty">${msg('No ledger to show yet.')}</p>`
        : source.count === 0
          ? html`<p class="empty" data-testid="ledger-empty">${msg('The ledger is empty: no online ballots were stored.')}</p>`
          : this.#list(source)}
    `;
  }

  #chain() {
    const c = this.chainStatus;
    if (!c) return nothing;
    const label = chainLabels()[c.status];
    return html`<div class="chain" data-testid="chain-status" data-status=${c.status}>
      <span class="badge ${c.status}"><span aria-hidden="true">${label.symbol}</span> ${label.word}</span>
      <span class="detail">${c.what ? `${engineText(c.what)} ` : ''}${engineText(c.detail)}</span>
    </div>`;
  }

  #list(source: LedgerSource) {
    const count = source.count;
    const shownFirst = Math.min(this.first, count - 1);
    const shownLast = Math.max(shownFirst, Math.min(this.last, count - 1));
    return html`
      <div class="toolbar">
        <form class="jump" novalidate @submit=${this.#onJump} data-testid="jump-form">
          <div class="field">
            <label for="jump">${msg('Jump to entry')}</label>
            <input id="jump" type="number" inputmode="numeric" min="0" max=${count - 1} step="1" placeholder="0 – ${formatCount(count - 1)}" data-testid="jump-input" />
          </div>
          <button type="submit" data-testid="jump-button">${msg('Go')}</button>
        </form>
        <div class="field position">
          <label for="position">${msg('Position in the ledger')}</label>
          <input
            id="position"
            type="range"
            min="0"
            max=${count - 1}
            step="1"
            .value=${String(shownFirst)}
            aria-valuetext=${msg(str`entry ${formatCount(shownFirst)} of ${formatCount(count)}`)}
            data-testid="position-slider"
            @change=${(e: Event) => void this.jumpTo(Number((e.target as HTMLInputElement).value))}
          />
        </div>
        <div class="range" data-testid="visible-range" data-first=${shownFirst} data-last=${shownLast}>
          ${msg(str`Entries ${formatCount(shownFirst)}–${formatCount(shownLast)} of ${formatCount(count)}`)}
          ${this.jumpMessage ? html`<div class="error" role="alert">${this.jumpMessage}</div>` : nothing}
        </div>
      </div>
      <div class="table" role="table" aria-label=${msg('Published ledger')} aria-rowcount=${count + 1}>
        <div class="head" role="row" aria-rowindex="1">
          <span role="columnheader">${msg('Entry')}</span>
          <span role="columnheader">${msg('Local time')}</span>
          <span role="columnheader">${msg('District')}</span>
          <span role="columnheader">${msg('Voter token')}</span>
          <span role="columnheader">${msg('Choice')}</span>
          <span role="columnheader">${msg('Hash')}</span>
          <span role="columnheader">${msg('Chain link')}</span>
          ${this.teacher ? html`<span role="columnheader" class="teacher-col">${msg('What happened')} <span class="teacher-chip">${msg('teacher')}</span></span>` : nothing}
        </div>
        <div
          class="scroller"
          tabindex="0"
          role="rowgroup"
          aria-label=${msg('Ledger entries: scroll, or use the arrow keys on a row; Ctrl+Home and Ctrl+End go to the first and last entry')}
          data-testid="ledger-scroller"
          data-window-start=${this.base}
          data-window-size=${this.#items.length}
          @rangeChanged=${this.#onRange}
          @visibilityChanged=${this.#onVisibility}
        >
          ${virtualize({
            items: this.#items,
            scroller: true,
            keyFunction: (index: number) => index,
            renderItem: (index: number) => this.#item(index),
          })}
        </div>
      </div>
      ${this.#inspector()}
    `;
  }

  /** The entry the inspector shows: the focused row, else the one pointed at, else the one jumped to, else the first in view. */
  get #inspected(): number {
    if (this.focused >= 0) return this.focused;
    if (this.hovered >= 0) return this.hovered;
    if (this.target >= 0) return this.target;
    return this.first;
  }

  get #roving(): number {
    if (this.focused >= 0) return this.focused;
    if (this.target >= this.first && this.target <= this.last) return this.target;
    return this.first;
  }

  #row(index: number): LedgerRow | undefined {
    const page = Math.floor(index / this.pageSize);
    const rows = this.#cache.get(page) ?? this.#stale.get(page);
    return rows?.[index - page * this.pageSize];
  }

  #item(index: number): TemplateResult {
    const row = this.#row(index);
    if (!row) return html`<div class="item">${this.#placeholder(index)}</div>`;
    return html`<div class="item">${this.#entry(row)}${row.checkpoints?.map((m) => this.#checkpoint(row, m)) ?? nothing}</div>`;
  }

  #placeholder(index: number): TemplateResult {
    const page = Math.floor(index / this.pageSize);
    const failure = this.#failed.get(page);
    return html`<div class="row placeholder ${index % 2 ? 'odd' : ''}" role="row" aria-rowindex=${index + 2} data-testid="ledger-placeholder" data-index=${index}>
      <span class="idx" role="cell">${formatCount(index)}</span>
      ${failure
        ? html`<span class="error" role="cell" style="grid-column: 2 / -1"
            >Could not load this page: ${failure}
            <button class="retry" @click=${() => this.#retry(page)}>${msg('Retry')}</button></span
          >`
        : html`<span role="cell" style="grid-column: 2 / -1"><span class="bar"></span><span class="sr-only">${msg('Loading…')}</span></span>`}
    </div>`;
  }

  #entry(row: LedgerRow): TemplateResult {
    const t = this.teacher ? row.teacher : undefined;
    const touched = !!t && (t.origin !== 'honest' || t.tamper !== null);
    const classes = ['row', row.index % 2 ? 'odd' : '', touched ? 'touched' : '', t?.superseded ? 'not-counted' : '', row.index === this.target ? 'target' : ''].join(' ');
    const link = this.#link(row);
    const inspected = this.#inspected;
    // One row is in the tab order (roving tabindex): the focused one, else the one jumped to, else the first in view.
    return html`<div
      class=${classes}
      role="row"
      tabindex=${row.index === this.#roving ? '0' : '-1'}
      aria-rowindex=${row.index + 2}
      data-testid="ledger-row"
      data-index=${row.index}
      data-touched=${touched ? 'true' : 'false'}
      @focus=${() => this.#inspect(row.index)}
      @blur=${() => (this.focused = -1)}
      @mouseenter=${() => (this.hovered = row.index)}
      @mouseleave=${() => (this.hovered = -1)}
      @keydown=${this.#onRowKey}
    >
      <span class="idx" role="cell">${formatCount(row.index)}</span>
      <span class="time" role="cell" title=${row.localTime}>${row.localTime.slice(5)}</span>
      <span role="cell" title=${`${row.districtId} ${localName(row.districtName)}`}><span class="did">${row.districtId}</span>${localName(row.districtName)}</span>
      <span class="mono" role="cell" title=${msg('Voter token')}>${row.token}</span>
      <span class="choice" role="cell" title=${`${localName(row.choice)} (${localName(row.party)})`}>${localName(row.choice)}${localName(row.choice).includes(localName(row.party)) ? nothing : html`<span class="party">${localName(row.party)}</span>`}</span>
      <span class="hash mono ${inspected === row.index + 1 ? 'linked' : ''}" role="cell" title=${msg(str`Hash of entry ${formatCount(row.index)}: ${row.hash}`)} data-testid="hash">${short(row.hash, 8)}</span>
      <span class="prev mono ${inspected === row.index ? 'linked' : ''}" role="cell" title=${link.title} data-testid="prev-link" data-link=${link.state}
        >← prev ${short(row.prevHash, 6)} <span class=${link.state}>${link.symbol}</span></span
      >
      ${this.teacher ? this.#teacherCell(row) : nothing}
    </div>`;
  }

  #teacherCell(row: LedgerRow): TemplateResult {
    const t = row.teacher;
    if (!t) return html`<span role="cell" class="voter">…</span>`;
    const tags: TemplateResult[] = [];
    const origin = originTags()[t.origin];
    if (origin) tags.push(html`<span class="tag attack" data-testid="teacher-tag" title=${msg(str`${engineText(t.origin)}: the adversary added this ballot.`)}>${origin}</span>`);
    if (t.tamper) tags.push(html`<span class="tag attack" data-testid="teacher-tag" title=${msg(str`Tampered: ${engineText(t.tamper)}`)}>${msg('TAMPERED')}</span>`);
    if (t.state !== 'counted') tags.push(html`<span class="tag state" title=${msg('This ballot does not count')}>${engineText(t.state)}</span>`);
    return html`<span role="cell" class="tags" data-origin=${t.origin} title=${msg(str`Voter #${t.voterIndex}: ${engineText(t.origin)}${t.tamper ? `, ${engineText(t.tamper)}` : ''}, ${engineText(t.state)}`)}>
      ${tags}${tags.length === 0 ? html`<span class="voter">${msg(str`voter #${formatCount(t.voterIndex)}`)}</span>` : nothing}
    </span>`;
  }

  #checkpoint(row: LedgerRow, m: CheckpointMark): TemplateResult {
    return html`<div class="checkpoint ${m.headMatches ? '' : 'mismatch'}" role="row" data-testid="checkpoint" data-number=${m.number} data-after=${row.index}>
      <span role="cell"><strong>${msg(str`▲ Checkpoint ${m.number}`)}</strong>
      ${msg(str`signed and published ${m.localTime}: covers entries 0–${formatCount(m.count - 1)}.`)}</span>
      <span role="cell"
        >${m.headMatches
          ? html`<span aria-hidden="true">✓</span> ${msg(str`Its signed head is the hash of entry ${formatCount(row.index)} above.`)}`
          : html`<strong>${msg('✗ Its signed head is not this hash:')}</strong> ${msg('the published ledger differs from what the operator signed.')}`}</span
      >
    </div>`;
  }

  /** How entry `row` links to the one before it: a state, its symbol, a tooltip (with the hash), and a sentence without it. */
  #link(row: LedgerRow): { state: 'ok' | 'bad' | 'unknown'; symbol: string; title: string; says: string } {
    if (row.index === 0) {
      const ok = row.prevHash === ZERO_HASH;
      const says = ok ? msg('the first entry: it chains from 64 zeros, as every ledger starts') : msg('the first entry should chain from 64 zeros, and this one does not');
      return { state: ok ? 'ok' : 'bad', symbol: ok ? '✓' : '✗', title: msg(str`Previous hash ${row.prevHash}: ${says}`), says };
    }
    const prev = this.#row(row.index - 1);
    if (!prev) {
      const says = msg(str`entry ${formatCount(row.index - 1)} is not loaded yet`);
      return { state: 'unknown', symbol: '…', title: msg(str`Previous hash ${row.prevHash} (${says})`), says };
    }
    const ok = prev.hash === row.prevHash;
    const says = ok ? msg(str`equals the hash of entry ${formatCount(row.index - 1)}`) : msg(str`differs from the hash of entry ${formatCount(row.index - 1)}, ${prev.hash}`);
    return { state: ok ? 'ok' : 'bad', symbol: ok ? '✓' : '✗', title: msg(str`Previous hash ${row.prevHash}: ${says}`), says };
  }

  #inspector(): TemplateResult {
    const row = this.#row(this.#inspected);
    if (!row) return html`<div class="inspector" data-testid="inspector"><span class="placeholder">${msg('Focus or point at an entry to see its full hashes.')}</span></div>`;
    const link = this.#link(row);
    return html`<div class="inspector" data-testid="inspector" data-index=${row.index}>
      <dl>
        <dt>${msg(str`Entry ${formatCount(row.index)}`)}</dt>
        <dd>${msg(html`${row.localTime}, district ${row.districtId} ${localName(row.districtName)}, token <span class="mono">${row.token}</span>, for ${localName(row.choice)} (${localName(row.party)})`)}</dd>
        <dt>${msg('Hash')}</dt>
        <dd class="mono" data-testid="inspector-hash">${row.hash}</dd>
        <dt>${msg('Previous hash')}</dt>
        <dd><span class="mono">${row.prevHash}</span> — ${link.state === 'ok' ? html`<span class="ok">✓</span> ` : link.state === 'bad' ? html`<span class="bad">✗</span> ` : nothing}${link.says}</dd>
      </dl>
    </div>`;
  }

  /** Scrolls entry `index` to the top of the list (moving the window if needed) and outlines it. */
  async jumpTo(index: number): Promise<void> {
    const count = this.source?.count ?? 0;
    if (count === 0 || !Number.isFinite(index)) return;
    const target = Math.max(0, Math.min(count - 1, Math.floor(index)));
    const base = this.#baseFor(target);
    this.target = target;
    this.hovered = -1;
    this.jumpMessage = '';
    // Fetch the target's page at once, without waiting for the virtualizer to report its range.
    this.#want(target, Math.min(count - 1, target + 30));
    // While the window moves, the virtualizer reports ranges of the old scroll position: ignore them.
    this.#moving = true;
    try {
      if (base !== this.base) {
        this.base = base;
        await this.#settled();
      }
      this.#virtualizer()?.element(target - this.base)?.scrollIntoView({ block: 'start' });
      await this.#settled();
    } finally {
      this.#moving = false;
    }
    this.#measureVisible();
  }

  #onJump = (e: Event): void => {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#jump')!;
    const count = this.source?.count ?? 0;
    const value = Number(input.value);
    if (input.value.trim() === '' || !Number.isInteger(value) || value < 0 || value >= count) {
      this.jumpMessage = msg(str`Enter an entry number from 0 to ${formatCount(count - 1)}.`);
      return;
    }
    void this.jumpTo(value);
  };

  #onRange = (e: RangeChangedEvent): void => {
    if (this.#moving) return;
    this.#want(this.base + e.first, this.base + e.last);
  };

  #onVisibility = (e: VisibilityChangedEvent): void => {
    if (this.#moving || e.last < e.first) return;
    this.first = this.base + e.first;
    this.last = this.base + e.last;
    const count = this.source?.count ?? 0;
    const nearStart = this.base > 0 && e.first < EDGE;
    const nearEnd = this.base + this.#items.length < count && e.last > this.#items.length - EDGE;
    if (nearStart || nearEnd) {
      // Fetch what is in view now; range events are ignored while the window moves.
      this.#want(this.first, this.last);
      void this.#rebase(this.first);
    }
  };

  /** Moves the window so that `anchor` is in its middle, keeping `anchor` where it is on screen. */
  async #rebase(anchor: number): Promise<void> {
    const base = this.#baseFor(anchor);
    if (base === this.base) return;
    const scroller = this.#scroller();
    const el = scroller?.querySelector<HTMLElement>(`[data-index="${anchor}"]`)?.closest<HTMLElement>('.item');
    const offset = el && scroller ? el.getBoundingClientRect().top - scroller.getBoundingClientRect().top : 0;
    this.#moving = true;
    try {
      this.base = base;
      await this.#settled();
      this.#virtualizer()?.element(anchor - base)?.scrollIntoView({ block: 'start' });
      await this.#settled();
      if (scroller && offset) scroller.scrollTop -= offset;
    } finally {
      this.#moving = false;
    }
    this.#measureVisible();
  }

  /** The rows in view, read from the DOM (after a move, when the virtualizer's events were ignored), and their pages fetched. */
  #measureVisible(): void {
    const scroller = this.#scroller();
    if (!scroller) return;
    const view = scroller.getBoundingClientRect();
    let first = Infinity;
    let last = -1;
    for (const row of scroller.querySelectorAll<HTMLElement>('.row')) {
      const r = row.getBoundingClientRect();
      if (r.bottom <= view.top + 1 || r.top >= view.bottom - 1) continue;
      const index = Number(row.dataset.index);
      first = Math.min(first, index);
      last = Math.max(last, index);
    }
    if (last >= 0) {
      this.first = first;
      this.last = last;
    }
    this.#want(this.first, Math.max(this.first, this.last));
  }

  #baseFor(index: number): number {
    const count = this.source?.count ?? 0;
    if (count <= WINDOW) return 0;
    // Windows start on page boundaries, so a page never straddles two windows' edges oddly.
    const raw = Math.max(0, Math.min(count - WINDOW, index - WINDOW / 2));
    return Math.floor(raw / this.pageSize) * this.pageSize;
  }

  /** Fetches the pages covering entries `from`..`to` (and one page either side), nearest first. */
  #want(from: number, to: number): void {
    const source = this.source;
    if (!source || source.count === 0 || to < from) return;
    const size = this.pageSize;
    const lastPage = Math.floor((source.count - 1) / size);
    const a = Math.max(0, Math.floor(from / size) - 1);
    const b = Math.min(lastPage, Math.floor(to / size) + 1);
    const centre = Math.floor((from + to) / 2 / size);
    const pages: number[] = [];
    for (let p = a; p <= b; p++) pages.push(p);
    pages.sort((x, y) => Math.abs(x - centre) - Math.abs(y - centre));
    this.#wanted = pages;
    for (const p of pages) {
      // Touch: recently wanted pages are the last to go.
      const rows = this.#cache.get(p);
      if (rows) {
        this.#cache.delete(p);
        this.#cache.set(p, rows);
      }
    }
    this.#pump();
  }

  #pump(): void {
    const source = this.source;
    if (!source) return;
    for (const page of this.#wanted) {
      if (this.#inFlight >= MAX_IN_FLIGHT) break;
      if (this.#cache.has(page) || this.#pending.has(page) || this.#failed.has(page)) continue;
      void this.#fetch(source, page);
    }
  }

  async #fetch(source: LedgerSource, page: number): Promise<void> {
    const generation = this.#generation;
    const teacher = this.teacher;
    const start = page * this.pageSize;
    const end = Math.min(source.count, start + this.pageSize);
    this.#pending.add(page);
    this.#inFlight++;
    try {
      const rows = await source.rows(start, end, teacher);
      if (generation !== this.#generation) return;
      this.#store(page, rows);
    } catch (err) {
      if (generation !== this.#generation) return;
      this.#failed.set(page, err instanceof Error ? err.message : String(err));
    } finally {
      if (generation === this.#generation) {
        this.#pending.delete(page);
        this.#inFlight--;
        this.requestUpdate();
        this.#pump();
      }
    }
  }

  #store(page: number, rows: LedgerRow[]): void {
    this.#cache.set(page, rows);
    this.#stale.delete(page);
    const keep = new Set(this.#wanted);
    for (const key of this.#cache.keys()) {
      if (this.#cache.size <= Math.max(this.cachePages, keep.size)) break;
      if (!keep.has(key)) this.#cache.delete(key);
    }
    while (this.#stale.size > this.cachePages) this.#stale.delete(this.#stale.keys().next().value!);
  }

  #retry(page: number): void {
    this.#failed.delete(page);
    this.requestUpdate();
    this.#pump();
  }

  #reset(): void {
    this.#generation++;
    this.#cache = new Map();
    this.#pending = new Set();
    this.#failed = new Map();
    this.#inFlight = 0;
  }

  #inspect(index: number): void {
    this.focused = index;
    this.dispatchEvent(new CustomEvent<EntryInspectedDetail>('entry-inspected', { detail: { index }, bubbles: true, composed: true }));
  }

  /** Arrow keys move between rows; Home / End go to the first / last entry. */
  #onRowKey = (e: KeyboardEvent): void => {
    const row = (e.currentTarget as HTMLElement).dataset.index;
    if (row === undefined) return;
    const index = Number(row);
    const count = this.source?.count ?? 0;
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    let next = index + step;
    if (e.key === 'Home' && e.ctrlKey) next = 0;
    else if (e.key === 'End' && e.ctrlKey) next = count - 1;
    else if (step === 0) return;
    e.preventDefault();
    if (next < 0 || next >= count) return;
    void this.#focusRow(next);
  };

  async #focusRow(index: number): Promise<void> {
    const find = () => this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${index}"]`);
    let el = find();
    if (!el) {
      if (index < this.base || index >= this.base + this.#items.length) await this.jumpTo(index);
      else {
        this.#virtualizer()?.element(index - this.base)?.scrollIntoView({ block: 'nearest' });
        await this.#settled();
      }
      el = find();
    }
    el?.focus({ preventScroll: false });
  }

  #scroller(): (HTMLElement & VirtualizerHostElement) | null {
    return this.renderRoot.querySelector('[data-testid="ledger-scroller"]');
  }

  #virtualizer() {
    return this.#scroller()?.[virtualizerRef];
  }

  /**
   * After a render: the element's update, the virtualizer taking new items (a microtask later), and
   * its layout. The virtualizer's layoutComplete only settles when a layout was still to come, so
   * it races two frames.
   */
  async #settled(): Promise<void> {
    await this.updateComplete;
    await frame();
    const layout = this.#virtualizer()?.layoutComplete.catch(() => undefined);
    await Promise.race([layout, frame().then(frame)]);
  }
}

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The first `n` hex digits of a hash, and an ellipsis. */
function short(hash: string, n = 10): string {
  return `${hash.slice(0, n)}…`;
}

declare global {
  interface HTMLElementTagNameMap {
    'ledger-explorer': LedgerExplorer;
  }
}
