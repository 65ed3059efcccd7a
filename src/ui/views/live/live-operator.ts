/**
 * <live-operator>: what the teacher does to a running class election besides opening and closing
 * it: enter each group's paper count, recount (the operator's own database, or a group's box by
 * hand), and, playing the operator, apply one of the engine's attacks. Each button fires
 * `operator-action` with the API path and body; the server's engine decides what is allowed when.
 */
import { msg, str } from '@lit/localize';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LIVE_ATTACKS, attackRule, type LiveAttackKind } from '../../../core/index.ts';
import { formControlStyles } from '../../common/form-controls.styles.ts';
import type { TeacherState } from './live-client.ts';

export interface OperatorActionDetail {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** The attack kinds in the teacher's words. */
function attackLabel(kind: LiveAttackKind): string {
  switch (kind) {
    case 'substitute':
      return msg('Change ballots to the beneficiary (as they arrive, or after the close)');
    case 'inject-revotes':
      return msg('Silently add a re-vote for the beneficiary in the name of students who voted once');
    case 'drop':
      return msg('Drop arriving ballots not for the beneficiary (the receipt is still given)');
    case 'cast-for-abstainers':
      return msg('Cast ballots in the name of students who have not voted');
    case 'compromised-client':
      return msg('The voting app sends the beneficiary instead (and shows a matching receipt)');
    case 'rewrite-history':
      return msg('After the close: change ballots, rebuild the chain, re-sign the last checkpoint');
    case 'change-between-releases':
      return msg('After publication: change ballots before the next recount is released');
    case 'stuff-paper':
      return msg('Stuff the paper box with ballots for the beneficiary');
    case 'rewrite-protocols':
      return msg('Move votes to the beneficiary in the paper protocol');
  }
}

@customElement('live-operator')
export class LiveOperator extends LitElement {
  static override styles = [
    formControlStyles,
    css`
      section { margin: 12px 0; }
      h3 { margin: 0 0 6px; font-size: 1.05rem; }
      .grid { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
      label { display: grid; gap: 2px; font-size: 0.9em; }
      input[type='number'] { width: 6rem; }
      ul { margin: 6px 0; padding-left: 1.2rem; }
    `,
  ];

  @property({ attribute: false }) state: NonNullable<TeacherState['election']> | undefined;
  @property({ type: Boolean }) busy = false;

  override render() {
    const s = this.state;
    if (!s) return nothing;
    const possible = LIVE_ATTACKS.filter((k) => attackRule(k).phase.includes(s.phase) && (attackRule(k).channel === 'paper' ? s.paper : s.online));
    return html`${s.paper && s.phase === 'closed' ? this.#paper(s) : nothing}
      ${s.phase === 'published' ? this.#recounts(s) : nothing}
      <section data-testid="live-attacks">
        <h3>${msg('Play the operator: attack')}</h3>
        ${possible.length === 0
          ? html`<p>${msg('No attack is possible at this stage.')}</p>`
          : html`<form class="grid" @submit=${this.#attack}>
              <label>${msg('Attack')}<select name="kind" data-testid="attack-kind">${possible.map((k) => html`<option value=${k}>${attackLabel(k)}</option>`)}</select></label>
              <label
                >${msg('Group')}<select name="group" data-testid="attack-group">
                  <option value="">${msg('Every group')}</option>
                  ${s.groups.map((g) => html`<option value=${g.id}>${g.name}</option>`)}
                </select></label
              >
              <label>${msg('Ballots per group')}<input name="size" type="number" min="1" max="1000" value="2" data-testid="attack-size" /></label>
              <label>${msg('For')}<select name="beneficiary" data-testid="attack-beneficiary">${s.candidates.map((c, k) => html`<option value=${k}>${c}</option>`)}</select></label>
              <button type="submit" ?disabled=${this.busy} data-testid="attack-apply">${msg('Apply')}</button>
            </form>`}
        ${s.attacks.length > 0
          ? html`<ul data-testid="attack-list">
              ${s.attacks.map(
                (a) => html`<li>
                  ${attackLabel(a.kind as LiveAttackKind)}: ${a.touched === null ? msg(str`${a.size} paper votes per group`) : msg(str`${a.touched} ledger entries touched`)}. ${msg(str`Caught if ${a.caughtWhen}.`)}
                  ${a.receiptChance !== null && a.victims > 0
                    ? html`<span data-testid="attack-chance">${msg(str`${a.victims} students’ ballots or names were used, ${a.askedToCheck} of them asked to check: the engine gives ${Math.round(a.receiptChance * 100)} % for at least one of them to check.`)}</span>`
                    : nothing}
                </li>`,
              )}
            </ul>`
          : nothing}
      </section>`;
  }

  #paper(s: NonNullable<TeacherState['election']>) {
    return html`<section data-testid="live-paper">
      <h3>${msg('Paper: the ballots found in each group’s box')}</h3>
      ${s.groups.map(
        (g, i) => html`<form class="grid" data-testid=${`paper-${g.id}`} @submit=${(e: Event) => this.#savePaper(e, g.id)}>
          <strong>${g.name}</strong>
          ${s.candidates.map((c, k) => html`<label>${c}<input name=${`c${k}`} type="number" min="0" value=${s.paperCounts[i]?.[k] ?? 0} /></label>`)}
          <button type="submit" ?disabled=${this.busy}>${s.paperCounts[i] ? msg('Saved: change') : msg('Save')}</button>
        </form>`,
      )}
    </section>`;
  }

  #recounts(s: NonNullable<TeacherState['election']>) {
    return html`<section data-testid="live-recounts">
      <h3>${msg('Recounts')}</h3>
      <div class="grid">
        <button type="button" ?disabled=${this.busy} data-testid="recount-operator" @click=${() => this.#fire('/api/teacher/recount', { group: null })}>
          ${msg('The operator recounts its database')}
        </button>
        ${s.paper
          ? s.groups.map(
              (g) => html`<button type="button" ?disabled=${this.busy || s.handRecounts.includes(g.id)} data-testid=${`recount-${g.id}`} @click=${() => this.#fire('/api/teacher/recount', { group: g.id })}>
                ${s.handRecounts.includes(g.id) ? msg(str`${g.name}: recounted by hand`) : msg(str`Recount ${g.name}’s box by hand`)}
              </button>`,
            )
          : nothing}
      </div>
    </section>`;
  }

  #savePaper(e: Event, group: number): void {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    this.#fire('/api/teacher/paper', { group, counts: this.state!.candidates.map((_, k) => Number(f.get(`c${k}`))) });
  }

  #attack(e: Event): void {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const group = String(f.get('group'));
    this.#fire('/api/teacher/attack', { kind: f.get('kind'), group: group === '' ? null : Number(group), size: Number(f.get('size')), beneficiary: Number(f.get('beneficiary')) });
  }

  #fire(path: string, body: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent<OperatorActionDetail>('operator-action', { detail: { path, body }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'live-operator': LiveOperator;
  }
}
