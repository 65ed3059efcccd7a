/**
 * <verdict-banner>: the election's verdict in one place — its status in words and symbol, the
 * one-sentence reason, how many districts got which verdict — and a compact line saying what the
 * operator published and who checked it. It only reads a SimulationResult.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SimulationResult } from '../../../core/index.ts';
import { badgeStyles } from '../../common/badge.styles.ts';
import { formatCount } from '../../common/format.ts';
import { verdictBanner } from './verdict-banner.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import { VERDICT_CLASSES, VERDICT_SYMBOLS, verdictBadge, verdictLabels, type VerdictStatus } from '../../common/verdict-labels.ts';
import { localized, msg, str } from '@lit/localize';
import { engineText } from '../../../i18n/engine-catalogue.ts';

const ORDER: readonly VerdictStatus[] = ['tampering-detected', 'unverifiable', 'verified'];

const receiptTimes = (): Readonly<Record<string, string>> => ({
  'during-voting': msg('right after voting'),
  'after-publication': msg('after the results'),
});

@localized()
@customElement('verdict-banner')
export class VerdictBanner extends LitElement {
  static override styles = [theme, badgeStyles, verdictBanner];

  @property({ attribute: false }) result: SimulationResult | undefined;

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const status = r.verdict.status;
    const verified = r.districts.filter((d) => d.verdict.status === 'verified');
    const counts = ORDER.map((s) => [s, r.districts.filter((d) => d.verdict.status === s).length] as const).filter(([, n]) => n > 0);
    return html`<section class="banner ${VERDICT_CLASSES[status]}" data-testid="verdict-banner" data-status=${status} aria-labelledby="verdict-heading">
      <div class="head">
        <h2 id="verdict-heading">
          <span class="symbol" aria-hidden="true">${VERDICT_SYMBOLS[status]}</span>
          ${msg(html`Verdict: <span data-testid="verdict-status">${verdictLabels()[status]}</span>`)}
        </h2>
        <p class="counts" data-testid="verdict-counts">
          ${msg('Districts:')}
          ${counts.map(([s, n], i) => html`${i > 0 ? ' ' : ''}${verdictBadge(s, `${formatCount(n)} ${verdictLabels()[s].toLowerCase()}`)}`)}
          ${verified.length > 0
            ? html`<span class="confirmed" data-testid="outcomes-confirmed"
                >${msg(str`outcome confirmed in ${formatCount(verified.filter((d) => d.verdict.outcomeConfirmed).length)} of ${formatCount(verified.length)} verified`)}</span
              >`
            : nothing}
        </p>
      </div>
      <p class="reason" data-testid="verdict-banner-reason">${engineText(r.verdict.reason)}</p>
      ${publicationLine(r)}
    </section>`;
  }
}

/** "What was published: the online ledger (2,294,307 entries) · … Checked: 59,590 voters …". */
function publicationLine(r: SimulationResult) {
  const p = r.publication;
  const when = receiptTimes()[r.publication.receiptCheckTime] ?? r.publication.receiptCheckTime;
  const entries = formatCount(p.ledgerEntries);
  const checkpoints = formatCount(p.checkpoints);
  const checkers = formatCount(p.receiptCheckers);
  const recounts = formatCount(p.handRecounts);
  const published = [
    p.ledgerPublic ? msg(str`the online ledger (${entries} entries)`) : msg(str`not the online ledger (the operator keeps its ${entries} entries)`),
    p.revoteResolution === 'public' ? msg('voter pseudonyms, so anyone can re-apply the re-vote rule') : msg('one-time tokens: only the operator knows which re-votes count'),
    p.checkpoints > 0 ? msg(str`${checkpoints} signed checkpoints`) : msg('no signed checkpoints'),
  ];
  const checked = [
    p.receiptCheckers > 0 ? msg(str`${checkers} online registrants checking receipts ${when}`) : msg('no voter checked a receipt'),
    p.handRecounts > 0 ? msg(str`${recounts} precincts’ paper recounted by hand`) : msg('no paper recounted by hand'),
  ];
  return html`<p class="publication" data-testid="publication"
    data-ledger-public=${String(p.ledgerPublic)}
    data-revote-resolution=${p.revoteResolution}
    data-checkpoints=${p.checkpoints}
    data-receipt-checkers=${p.receiptCheckers}
    data-hand-recounts=${p.handRecounts}
  >
    <strong>${msg('What was published:')}</strong> ${joined(published)}. <strong>${msg('Checked:')}</strong> ${joined(checked)}.
  </p>`;
}

function joined(items: readonly string[]) {
  return items.map((item, i) => html`${i > 0 ? html`<span class="sep"> · </span>` : nothing}<span class="item">${item}</span>`);
}

declare global {
  interface HTMLElementTagNameMap {
    'verdict-banner': VerdictBanner;
  }
}
