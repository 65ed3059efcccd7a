/**
 * <teacher-panel>: the ground truth the sandbox knows and no observer could — where the published
 * winner is not who the voters chose, how many ballots the adversary touched, and what each attack
 * did where. The page renders it only in the teacher view. It only reads a SimulationResult.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AttackEffect, SimulationResult } from '../../../core/index.ts';
import { formatCount, formatPercent } from '../../common/format.ts';
import { teacherPanelStyles } from './teacher-panel.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import { attackLabel } from '../../common/verdict-labels.ts';
import { localized, msg, str } from '@lit/localize';
import { localName } from '../../../i18n/names.ts';

const whenLabels = (): Readonly<Record<string, string>> => ({
  'during-voting': msg('during voting'),
  'after-close': msg('after voting closed'),
});

@localized()
@customElement('teacher-panel')
export class TeacherPanel extends LitElement {
  static override styles = [theme, teacherPanelStyles];

  @property({ attribute: false }) result: SimulationResult | undefined;

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const wrong = r.districts.filter((d) => d.truthWinner !== d.publishedWinner);
    const tampered = r.districts.reduce((s, d) => s + d.tamperedBallots, 0);
    return html`<section class="teacher" data-testid="teacher-panel" aria-labelledby="teacher-heading">
      <h2 id="teacher-heading"><span class="chip">${msg('Teacher view')}</span> ${msg('The ground truth, which no observer can see')}</h2>
      <p data-testid="truth-summary">
        ${wrong.length === 0
          ? msg('In every district the published winner is the candidate the voters chose.')
          : msg(
              html`<strong>In ${formatCount(wrong.length)} of ${formatCount(r.districts.length)} districts the published winner did not win</strong> (${wrong.map((d) => d.id).join(', ')}; marked in the table).`,
            )}
        ${tampered > 0 ? msg(html`The adversary touched <strong>${formatCount(tampered)}</strong> ballots in all.`) : nothing}
      </p>
      ${this.#coercion(r)}
      <h3>${msg('Attacks')}</h3>
      ${r.attacks.length === 0
        ? html`<p data-testid="attack-list" data-attacks="0">${msg('None: this election was honest.')}</p>`
        : html`<ol class="attacks" data-testid="attack-list" data-attacks=${new Set(r.attacks.map((a) => a.attack)).size}>
            ${groupByAttack(r.attacks).map(([index, effects]) => this.#attack(r, index, effects))}
          </ol>`}
    </section>`;
  }

  /** What workplace pressure achieved, and what postponed votes undid: people, not ballots, so only the truth knows. */
  #coercion(r: SimulationResult) {
    const sum = (k: keyof SimulationResult['districts'][number]['coercion']) => r.districts.reduce((a, d) => a + d.coercion[k], 0);
    const coerced = sum('coerced');
    if (coerced === 0) return nothing;
    const [escaped, deterred, refused] = [sum('escaped'), sum('deterred'), sum('refused')];
    const pct = (x: number) => formatPercent(x / coerced, 0);
    return html`<h3>${msg('Workplace pressure')}</h3>
      <p data-testid="coercion" data-coerced=${coerced} data-escaped=${escaped} data-deterred=${deterred} data-refused=${refused}>
        ${msg(html`<strong>${formatCount(coerced)}</strong> pressured voters cast their first online ballot against their own preference.`)}
        ${msg(str`${formatCount(escaped)} (${pct(escaped)}) escaped by re-voting in private.`)}
        ${deterred > 0
          ? msg(
              html`<strong>${formatCount(deterred)} (${pct(deterred)}) did not dare:</strong> their employer held their receipt, and with pseudonyms on the public ledger a re-vote would have shown.`,
            )
          : nothing}
        ${refused > 0 ? msg(str`${formatCount(refused)} (${pct(refused)}) re-voted after re-voting closed, and were refused.`) : nothing}
        ${msg(str`The ballots of the other ${formatCount(coerced - escaped)} counted as their employer demanded.`)}
      </p>`;
  }

  #attack(r: SimulationResult, index: number, effects: readonly AttackEffect[]) {
    const spec = r.scenario.adversary.attacks[index];
    const kind = effects[0].kind;
    const partyName = spec ? r.parties.find((p) => p.id === spec.beneficiary)?.name : undefined;
    const party = spec ? (partyName ? localName(partyName) : spec.beneficiary) : undefined;
    const total = effects.reduce((s, e) => s + e.ballots, 0);
    const same = effects.every((e) => e.ballots === effects[0].ballots);
    return html`<li data-testid="attack" data-kind=${kind}>
      <strong><code>${kind}</code></strong>${party ? msg(str` for ${party}`) : nothing}${spec ? html`, ${whenLabels()[spec.when] ?? spec.when}` : nothing}:
      ${attackLabel(kind)}.
      <span class="effect">
        ${same
          ? msg(str`${formatCount(effects[0].ballots)} ballots in each of ${formatCount(effects.length)} districts`)
          : effects.map((e, i) => html`${i > 0 ? '; ' : ''}<span class="nowrap">${e.districtId}: ${formatCount(e.ballots)}</span>`)}
        ${msg(str`(${formatCount(total)} in all).`)}
      </span>
    </li>`;
  }
}

function groupByAttack(effects: readonly AttackEffect[]): [number, AttackEffect[]][] {
  const by = new Map<number, AttackEffect[]>();
  for (const e of effects) (by.get(e.attack) ?? by.set(e.attack, []).get(e.attack)!).push(e);
  return [...by].sort((a, b) => a[0] - b[0]);
}

declare global {
  interface HTMLElementTagNameMap {
    'teacher-panel': TeacherPanel;
  }
}
