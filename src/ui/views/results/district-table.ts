/**
 * <district-table>: one row per district of a run — who led on paper, who was published as the
 * winner, how many online ballots counted and how many voters re-voted — with flipped districts
 * marked in words and colour, each district's verdict (its reason one keypress away), and a totals
 * line above. With `teacher` set it also shows the ground truth: who really won and how many
 * ballots the adversary touched; without it, nothing of the truth is rendered. It only reads a
 * SimulationResult.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DistrictResult, RevotePolicy, SimulationResult } from '../../../core/index.ts';
import { badgeStyles } from '../../common/badge.styles.ts';
import { districtTableStyles, verdictColumnStyles } from './district-table.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import { scrollRegionStyles } from '../../common/scroll-region.styles.ts';
import { formatCount, formatPercent } from '../../common/format.ts';
import { verdictBadge } from '../../common/verdict-labels.ts';
import { localized, msg, str } from '@lit/localize';
import { localName } from '../../../i18n/names.ts';
import { presetTitle } from '../../../i18n/content.ts';
import { engineText } from '../../../i18n/engine-catalogue.ts';

const policyLabels = (): Record<RevotePolicy, string> => ({
  'last-online': msg('the last online ballot counts'),
  'paper-overrides': msg('a paper ballot overrides online ones'),
  none: msg('no re-voting: the first ballot counts'),
});

interface Pick {
  readonly name: string;
  readonly party: string;
  readonly votes: number;
}

@localized()
@customElement('district-table')
export class DistrictTable extends LitElement {
  static override styles = [theme, scrollRegionStyles, badgeStyles, districtTableStyles, verdictColumnStyles];

  /** The run to show; nothing is shown before the first run. */
  @property({ attribute: false }) result: SimulationResult | undefined;

  /** Teacher view: show the ground truth (true winner, tampered ballots). Off: none of it is rendered. */
  @property({ type: Boolean, reflect: true }) teacher = false;

  /** The observer view (no "Reveal", no teacher view): the run's preset is named without what was done to it. */
  @property({ type: Boolean }) observer = false;

  override render() {
    const r = this.result;
    if (!r) {
      return html`<p class="empty" data-testid="empty">${msg(html`No result yet: choose a scenario and a seed, then press <strong>Run</strong>.`)}</p>`;
    }
    const partyNames = new Map(r.parties.map((p) => [p.id, localName(p.name)]));
    const t = r.totals;
    return html`
      <dl class="totals" data-testid="totals">
        ${this.#total(msg('Registered'), formatCount(t.registered), 'total-registered')}
        ${this.#total(msg('Turnout'), formatPercent(t.turnoutRate), 'total-turnout')}
        ${this.#total(msg('Paper ballots'), formatCount(t.paperBallots), 'total-paper')}
        ${this.#total(msg('Online ballots cast / counted'), `${formatCount(t.onlineCast)} / ${formatCount(t.onlineCounted)}`, 'total-online')}
        ${this.#total(msg('Re-voters'), formatCount(t.revoters), 'total-revoters')}
        ${this.#total(msg('Flipped'), msg(str`${formatCount(t.flips)} of ${formatCount(t.districts)}`), 'total-flips', t.flips > 0)}
      </dl>
      <div class="table-scroll" role="region"  aria-label=${msg('Districts: who led on paper, who won, and the verdict')} tabindex="0" data-testid="district-table-region">
      <table data-testid="district-table" data-scenario=${r.scenarioName} data-seed=${r.seed} data-teacher=${this.teacher ? 'true' : 'false'}>
        <caption>
          ${msg(str`${presetTitle(r.scenarioName, this.observer)}, seed “${r.seed}”: ${formatCount(t.districts)} districts; re-votes: ${policyLabels()[r.policy] ?? r.policy}.`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('District')}</th>
            <th scope="col" class="num">${msg('Registered')}</th>
            <th scope="col">${msg('Paper leader')}</th>
            <th scope="col" class="num">${msg('Paper votes')}</th>
            <th scope="col">${msg('Published winner')}</th>
            <th scope="col" class="num">${msg('Published votes')}</th>
            <th scope="col" class="num">${msg('Online counted')}</th>
            <th scope="col" class="num">${msg('Re‑voters')}</th>
            <th scope="col">${msg('Paper lead')}</th>
            <th scope="col" class="verdict-col">${msg('Verdict')} <span class="hint">${msg('(open for why)')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${r.districts.map((d, i) => html`${this.#row(d, i, partyNames)}${this.teacher ? truthRow(d, partyNames) : nothing}`)}
        </tbody>
      </table>
      </div>
      <p class="legend" data-testid="verdict-legend">
        ${msg(
          html`<strong>Verified ±N</strong>: every independent check passed, and a manipulation of more than N ballots would have been caught with 95 % confidence (<em>outcome confirmed</em> when N is too small to change the winner). <strong>Unverifiable</strong>: consistent, but nothing independent confirms it. <strong>Tampering detected</strong>: an independent check failed; the failed checks are named.`,
        )}
      </p>
    `;
  }

  #total(label: string, value: string, testid: string, alert = false) {
    return html`<div class=${alert ? 'alert' : ''}>
      <dt>${label}</dt>
      <dd data-testid=${testid}>${value}</dd>
    </div>`;
  }

  #row(d: DistrictResult, index: number, partyNames: ReadonlyMap<string, string>) {
    const leader = pick(d, d.paperLeader, d.paper, partyNames);
    const winner = pick(d, d.publishedWinner, d.published, partyNames);
    return html`<tr
      class="district ${index % 2 === 1 ? 'even' : ''} ${d.flipped ? 'flipped' : ''}"
      data-testid="district-row"
      data-district-id=${d.id}
      data-registered=${d.registered}
      data-paper=${d.paper.join(',')}
      data-published=${d.published.join(',')}
      data-online-counted=${d.onlineCounted}
      data-revoters=${d.revoters}
      data-flipped=${d.flipped ? 'true' : 'false'}
      data-verdict=${d.verdict.status}
      data-failed-checks=${d.verdict.failedChecks.join(',')}
    >
      <th scope="row"><span class="district-no">${d.id}</span> <span data-col="district-name">${localName(d.name)}</span></th>
      <td class="num" data-col="registered">${formatCount(d.registered)}</td>
      ${candidateCell(leader, 'paper-leader')}
      <td class="num" data-col="paper-votes">${leader ? formatCount(leader.votes) : '—'}</td>
      ${candidateCell(winner, 'published-winner')}
      <td class="num" data-col="published-votes">${winner ? formatCount(winner.votes) : '—'}</td>
      <td class="num" data-col="online-counted">${formatCount(d.onlineCounted)}</td>
      <td class="num" data-col="revoters">${formatCount(d.revoters)}</td>
      <td data-col="status">
        ${d.flipped
          ? html`<span class="flip" data-testid="flipped"><span aria-hidden="true">⇄ </span>${msg('Flipped')}</span>`
          : html`<span class="held">${d.paperLeader ? msg('Held') : '—'}</span>`}
      </td>
      ${verdictCell(d)}
    </tr>`;
  }
}

/** The candidate `id` of a district with their votes in `counts`; undefined for a null id. */
function pick(d: DistrictResult, id: string | null, counts: readonly number[], partyNames: ReadonlyMap<string, string>): Pick | undefined {
  const i = id === null ? -1 : d.candidates.findIndex((c) => c.id === id);
  if (i < 0) return undefined;
  const c = d.candidates[i];
  return { name: localName(c.name), party: partyNames.get(c.party) ?? c.party, votes: counts[i] };
}

function candidateCell(p: Pick | undefined, col: string) {
  if (!p) return html`<td data-col=${col}>—</td>`;
  // Default candidate names already say the party ("Unity candidate", "кандидат партии «Единство»"); named ones get it below.
  const party = p.name.includes(p.party) ? nothing : html`<span class="party">${p.party}</span>`;
  return html`<td data-col=${col}><span class="name">${p.name}</span>${party}</td>`;
}

/** The verdict: a badge (with the bound, or the failed checks) that opens to its one-sentence reason. */
function verdictCell(d: DistrictResult) {
  const v = d.verdict;
  let badge: TemplateResult;
  let sub: TemplateResult | typeof nothing = nothing;
  switch (v.status) {
    case 'verified':
      badge = verdictBadge(v.status, msg(str`Verified ±${formatCount(v.undetectedBound ?? 0)}`));
      sub = v.outcomeConfirmed
        ? html`<span class="sub confirmed" data-testid="outcome-confirmed">${msg('outcome confirmed')}</span>`
        : html`<span class="sub">${msg('winner not confirmed')}</span>`;
      break;
    case 'unverifiable':
      badge = verdictBadge(v.status);
      break;
    case 'tampering-detected':
      badge = verdictBadge(v.status);
      sub = html`<span class="sub checks" data-testid="failed-checks"
        >${msg('Failed:')} ${v.failedChecks.map((c, i) => html`${i > 0 ? ', ' : ''}<code>${c}</code>`)}</span
      >`;
      break;
  }
  return html`<td data-col="verdict" data-testid="verdict">
    <details class="why">
      <summary title=${engineText(v.reason)}>${badge}${sub}<span class="why-hint" aria-hidden="true">${msg('Why?')}</span></summary>
      <p class="reason" data-testid="verdict-reason">${engineText(v.reason)}</p>
    </details>
  </td>`;
}

/** The table's columns (the teacher's truth row spans them all). */
const COLUMNS = 10;

/**
 * Teacher only: a strip under the district's row saying who really won — marked when it is not the
 * published winner — and how many ballots the adversary touched.
 */
function truthRow(d: DistrictResult, partyNames: ReadonlyMap<string, string>) {
  const truth = pick(d, d.truthWinner, d.truth, partyNames);
  const differs = d.truthWinner !== d.publishedWinner;
  return html`<tr
    class="truth-row ${differs ? 'differs' : ''}"
    data-testid="truth-row"
    data-district-id=${d.id}
    data-truth-winner=${d.truthWinner ?? ''}
    data-differs=${differs ? 'true' : 'false'}
    data-tampered=${d.tamperedBallots}
  >
    <td colspan=${COLUMNS}>
      <span class="teacher-chip">${msg('Teacher')}</span>
      <span class="visually-hidden">${msg(str`The truth in district ${d.id}:`)}</span>
      ${differs
        ? html`<strong class="mismatch" data-testid="truth-mismatch"><span aria-hidden="true">⚠ </span>${msg('The published winner did not win:')}</strong>
            ${msg(html`<span class="name" data-testid="truth-winner">${truth ? truth.name : msg('nobody')}</span> did.`)}`
        : msg(html`The published winner, <span class="name" data-testid="truth-winner">${truth ? truth.name : msg('nobody')}</span>, really won.`)}
      <span class="tampered" data-testid="tampered">${msg(html`Tampered ballots: <strong>${formatCount(d.tamperedBallots)}</strong>.`)}</span>
    </td>
  </tr>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'district-table': DistrictTable;
  }
}
