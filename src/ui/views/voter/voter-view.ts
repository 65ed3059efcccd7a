/**
 * <voter-view>: "Be a voter". Pick a voter by number, or a random online voter, and see what they
 * know of their own vote: district, age band, how they registered, their ballots and receipts.
 * "Check my receipt" asks the engine worker to check the receipts against the published record,
 * and the answer says in plain words what the check proves and what it cannot.
 *
 * Properties down: `.source` (a VoterSource: the worker, for the current run; a new source means
 * a new run, and clears the shown voter), `teacher` (adds what was done in the voter's name).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { VoterPick } from '../../../worker/engine-api.ts';
import type { ReceiptCheck, VoterView as Voter } from '../../../core/inspect/voter-view.ts';
import { badgeStyles } from '../../common/badge.styles.ts';
import { formatCount } from '../../common/format.ts';
import { voterViewStyles } from './voter-view.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import { scrollRegionStyles } from '../../common/scroll-region.styles.ts';
import { localized, msg, str } from '@lit/localize';
import { localName } from '../../../i18n/names.ts';
import { engineText } from '../../../i18n/engine-catalogue.ts';

export interface VoterSource {
  /** Voters in the run (numbered 0 .. count - 1). */
  readonly count: number;
  voter(pick: VoterPick, teacher: boolean): Promise<Voter>;
  check(index: number): Promise<ReceiptCheck>;
}

const checkLabels = () =>
  ({
    passed: { symbol: '✓', word: msg('Check passed'), badge: 'verified' },
    failed: { symbol: '✗', word: msg('Check failed'), badge: 'tampering' },
    'not-possible': { symbol: '?', word: msg('Nothing to check against'), badge: 'unverifiable' },
  }) as const;

const yes = (b: boolean) => (b ? msg('yes') : msg('no'));
const mark = (ok: boolean) => (ok ? `✓ ${msg('yes')}` : `✗ ${msg('no')}`);

@localized()
@customElement('voter-view')
export class VoterViewElement extends LitElement {
  static override styles = [theme, scrollRegionStyles, badgeStyles, voterViewStyles];

  @property({ attribute: false }) source: VoterSource | undefined;
  @property({ type: Boolean, reflect: true }) teacher = false;

  @state() private voter: Voter | undefined;
  @state() private check: ReceiptCheck | undefined;
  @state() private error = '';
  @state() private busy = false;

  /** How many random voters were asked for (each is a different pick of the run's seed). */
  #randomPicks = 0;
  /** Counts requests, so that a late answer to an old one is dropped. */
  #request = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source')) {
      this.voter = undefined;
      this.check = undefined;
      this.error = '';
      this.#randomPicks = 0;
      this.#request++;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Switching the teacher view re-reads the shown voter (the truth is only fetched when asked for).
    if (changed.has('teacher') && changed.get('teacher') !== undefined && this.voter) void this.#show(this.voter.index);
  }

  override render() {
    const source = this.source;
    if (!source) return html`<p class="empty" data-testid="voter-empty">${msg('Run a scenario first: then pick one of its voters.')}</p>`;
    return html`
      <p class="intro">
        ${msg(
          html`Stand in one voter’s shoes. A voter who voted online keeps a <strong>receipt</strong> for each ballot: where it sits in the ledger and the hash their device computed for it. They can check it against what was published.`,
        )}
      </p>
      <form class="pick" @submit=${this.#onSubmit} novalidate aria-label=${msg('Pick a voter')}>
        <label for="voter-number">${msg('Voter number')}</label>
        <input
          id="voter-number"
          type="number"
          inputmode="numeric"
          min="0"
          max=${source.count - 1}
          step="1"
          placeholder=${`0 – ${formatCount(source.count - 1)}`}
          aria-describedby="voter-help"
          data-testid="voter-number"
        />
        <button type="submit" data-testid="voter-show">${msg('Show')}</button>
        <button type="button" class="primary" data-testid="voter-random" @click=${this.#onRandom}>${msg('Random online voter')}</button>
        <span id="voter-help" class="help">${msg(str`Voters are numbered 0 to ${formatCount(source.count - 1)}, district by district.`)}</span>
      </form>
      <div class="error" role="alert" data-testid="voter-error" ?hidden=${!this.error}>${this.error}</div>
      ${this.busy && !this.voter ? html`<p aria-live="polite">${msg('Looking the voter up…')}</p>` : nothing}
      ${this.voter ? this.#renderVoter(this.voter) : nothing}
    `;
  }

  #renderVoter(v: Voter) {
    return html`<section class="voter" data-testid="voter" data-index=${v.index} aria-labelledby="voter-title">
      <h3 id="voter-title">${msg(str`Voter ${formatCount(v.index)}`)}</h3>
      <dl class="facts">
        <dt>${msg('District')}</dt>
        <dd data-testid="voter-district">${localName(v.districtName)} (${v.districtId})</dd>
        <dt>${msg('Age band')}</dt>
        <dd>${v.ageBand}</dd>
        <dt>${msg('Registered to vote online')}</dt>
        <dd data-testid="voter-registered">${yes(v.registeredOnline)}</dd>
        <dt>${msg('Voted')}</dt>
        <dd>${v.votedOnline && v.votedPaper ? msg('online and on paper') : v.votedOnline ? msg('online') : v.votedPaper ? msg('on paper') : msg('did not vote')}</dd>
        <dt>${msg('Pressured by an employer')}</dt>
        <dd>${v.pressuredFor ? msg(str`yes: told to vote ${localName(v.pressuredFor)}`) : msg('no')}</dd>
        ${v.pseudonym ? html`<dt>${msg('Pseudonym on the ledger')}</dt><dd class="mono">${v.pseudonym}</dd>` : nothing}
      </dl>
      ${v.ballots.length === 0 ? html`<p data-testid="no-ballots">${msg('No online ballots: nothing to look up in the ledger.')}</p>` : this.#renderBallots(v)}
      ${this.teacher && v.teacher ? this.#renderTruth(v) : nothing}
      <div class="check-row">
        <button type="button" class="primary" data-testid="check-receipt" ?disabled=${this.busy} @click=${this.#onCheck}>${msg('Check my receipt')}</button>
        <span class="help">${msg('Looks each receipt up in the published ledger, recomputes the hash, and looks for ballots cast in this voter’s name.')}</span>
      </div>
      ${this.check && this.check.voter === v.index ? this.#renderCheck(this.check) : nothing}
    </section>`;
  }

  #renderBallots(v: Voter) {
    const tamper = this.teacher ? v.teacher?.tamper : undefined;
    return html`<div class="scroll table-scroll" role="region" aria-label=${msg('Their online ballots and receipts')} tabindex="0">
      <table data-testid="voter-ballots">
        <caption>
          ${msg('Their online ballots and receipts')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Cast at')}</th>
            <th scope="col">${msg('Choice')}</th>
            <th scope="col">${msg('Why')}</th>
            <th scope="col" title=${msg('What the policy says should happen to this ballot, given the voter’s own ballots; whether it really counted is what the check can (or cannot) show')}>${msg('Should count, by the rule')}</th>
            <th scope="col">${msg('Receipt: entry')}</th>
            <th scope="col">${msg('Receipt: hash')}</th>
            <th scope="col">${msg('Covered by checkpoint')}</th>
            ${tamper ? html`<th scope="col" class="truth">${msg('Operator did')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${v.ballots.map(
            (b, i) => html`<tr data-testid="voter-ballot" data-fate=${b.fate}>
              <td class="mono">${b.localTime}</td>
              <td>${localName(b.choice)} <span class="muted">(${localName(b.party)})</span></td>
              <td>${engineText(b.cause)}</td>
              <td>${b.fate === 'counted' ? html`<strong>${engineText('counted')}</strong>` : engineText(b.fate)}</td>
              <td class="num">${formatCount(b.receipt.index)}</td>
              <td class="mono" title=${b.receipt.hash}>${b.receipt.hash.slice(0, 16)}…</td>
              <td>${b.receipt.checkpoint === null ? msg('none') : `#${b.receipt.checkpoint} (${b.receipt.checkpointTime})`}</td>
              ${tamper ? html`<td class="truth">${tamper[i] ? engineText(tamper[i]) : msg('nothing')}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderTruth(v: Voter) {
    const foreign = v.teacher!.foreign;
    return html`<div class="truth-box" data-testid="voter-truth">
      <strong>${msg('Teacher view:')}</strong>
      ${foreign.length === 0
        ? msg('no ballot was added in this voter’s name.')
        : html`${foreign.length === 1 ? msg('1 ballot was added in this voter’s name:') : msg(str`${foreign.length} ballots were added in this voter’s name:`)}
            <ul>
              ${foreign.map((f) => html`<li>${msg(str`entry ${formatCount(f.index)} at ${f.localTime}: ${localName(f.choice)} (${engineText(f.origin)})`)}</li>`)}
            </ul>`}
    </div>`;
  }

  #renderCheck(c: ReceiptCheck) {
    const label = checkLabels()[c.status];
    return html`<section class="check" data-testid="receipt-check" data-status=${c.status} aria-live="polite" aria-labelledby="check-title">
      <h4 id="check-title">
        <span class="badge ${label.badge}" data-testid="receipt-check-status"><span class="symbol" aria-hidden="true">${label.symbol}</span> ${label.word}</span>
      </h4>
      <p data-testid="receipt-check-summary">${engineText(c.summary)}</p>
      ${c.receipts.length > 0
        ? html`<ul class="lines">
            ${c.receipts.map(
              (l) => html`<li data-testid="receipt-line">
                ${msg(str`Entry ${formatCount(l.index)}: in the ledger ${mark(l.present)} · unaltered ${mark(l.unaltered)} · covered by a signed checkpoint`)}
                ${l.coveredBy === null ? `✗ ${msg('no')}` : `✓ #${l.coveredBy}`}
              </li>`,
            )}
          </ul>`
        : nothing}
      ${c.foreign && c.foreign.length > 0
        ? html`<p class="found" data-testid="foreign-entries">
            ${msg('Ballots in your name you did not cast:')}
            ${c.foreign.map((f, i) => html`${i > 0 ? '; ' : ''}${msg(str`entry ${formatCount(f.index)} at ${f.localTime} for ${localName(f.choice)}`)}`)}.
          </p>`
        : nothing}
      <div class="explain">
        ${c.proves.length > 0
          ? html`<div>
              <h5>${msg('What this proves')}</h5>
              <ul data-testid="check-proves">
                ${c.proves.map((t) => html`<li>${engineText(t)}</li>`)}
              </ul>
            </div>`
          : nothing}
        <div>
          <h5>${msg('What it cannot prove')}</h5>
          <ul data-testid="check-cannot">
            ${c.cannot.map((t) => html`<li>${engineText(t)}</li>`)}
          </ul>
        </div>
      </div>
    </section>`;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#voter-number')!;
    const n = Number(input.value);
    const count = this.source?.count ?? 0;
    if (input.value.trim() === '' || !Number.isInteger(n) || n < 0 || n >= count) {
      this.error = msg(str`Type a whole number from 0 to ${formatCount(count - 1)}.`);
      return;
    }
    void this.#show(n);
  }

  #onRandom(): void {
    void this.#show({ random: this.#randomPicks++ });
  }

  async #show(pick: VoterPick): Promise<void> {
    const source = this.source;
    if (!source) return;
    const request = ++this.#request;
    this.busy = true;
    this.error = '';
    try {
      const voter = await source.voter(pick, this.teacher);
      if (request !== this.#request) return;
      if (this.voter?.index !== voter.index) this.check = undefined;
      this.voter = voter;
    } catch (err) {
      if (request === this.#request) this.error = err instanceof Error ? err.message : String(err);
    } finally {
      if (request === this.#request) this.busy = false;
    }
  }

  async #onCheck(): Promise<void> {
    const source = this.source;
    const voter = this.voter;
    if (!source || !voter) return;
    const request = ++this.#request;
    this.busy = true;
    try {
      const check = await source.check(voter.index);
      if (request === this.#request) this.check = check;
    } catch (err) {
      if (request === this.#request) this.error = err instanceof Error ? err.message : String(err);
    } finally {
      if (request === this.#request) this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'voter-view': VoterViewElement;
  }
}
