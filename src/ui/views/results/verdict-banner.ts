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
import { localized } from '@lit/localize';

const ORDER: readonly VerdictStatus[] = ['tampering-detected', 'unverifiable', 'verified'];

const RECEIPT_TIMES: Readonly<Record<string, string>> = {
  'during-voting': 'right after voting',
  'after-publication': 'after the results',
};

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
          Verdict: <span data-testid="verdict-status">${verdictLabels()[status]}</span>
        </h2>
        <p class="counts" data-testid="verdict-counts">
          Districts:
          ${counts.map(([s, n], i) => html`${i > 0 ? ' ' : ''}${verdictBadge(s, `${formatCount(n)} ${verdictLabels()[s].toLowerCase()}`)}`)}
          ${verified.length > 0
            ? html`<span class="confirmed" data-testid="outcomes-confirmed"
                >outcome confirmed in ${formatCount(verified.filter((d) => d.verdict.outcomeConfirmed).length)} of ${formatCount(verified.length)}
                verified</span
              >`
            : nothing}
        </p>
      </div>
      <p class="reason" data-testid="verdict-banner-reason">${r.verdict.reason}</p>
      ${publicationLine(r)}
    </section>`;
  }
}

/** "What was published: the online ledger (2,294,307 entries) · … Checked: 59,590 voters …". */
function publicationLine(r: SimulationResult) {
  const p = r.publication;
  const when = RECEIPT_TIMES[r.publication.receiptCheckTime] ?? r.publication.receiptCheckTime;
  const published = [
    p.ledgerPublic ? `the online ledger (${formatCount(p.ledgerEntries)} entries)` : `not the online ledger (the operator keeps its ${formatCount(p.ledgerEntries)} entries)`,
    p.revoteResolution === 'public' ? 'voter pseudonyms, so anyone can re-apply the re-vote rule' : 'one-time tokens: only the operator knows which re-votes count',
    p.checkpoints > 0 ? `${formatCount(p.checkpoints)} signed checkpoints` : 'no signed checkpoints',
  ];
  const checked = [
    p.receiptCheckers > 0 ? `${formatCount(p.receiptCheckers)} online registrants checking receipts ${when}` : 'no voter checked a receipt',
    p.handRecounts > 0 ? `${formatCount(p.handRecounts)} precincts’ paper recounted by hand` : 'no paper recounted by hand',
  ];
  return html`<p class="publication" data-testid="publication"
    data-ledger-public=${String(p.ledgerPublic)}
    data-revote-resolution=${p.revoteResolution}
    data-checkpoints=${p.checkpoints}
    data-receipt-checkers=${p.receiptCheckers}
    data-hand-recounts=${p.handRecounts}
  >
    <strong>What was published:</strong> ${joined(published)}. <strong>Checked:</strong> ${joined(checked)}.
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
