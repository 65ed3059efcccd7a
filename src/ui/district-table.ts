/**
 * <district-table>: one row per district of a run — who led on paper, who was published as the
 * winner, how many online ballots counted and how many voters re-voted — with flipped districts
 * marked in words and colour, and a totals line above. It only reads a SimulationResult.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DistrictResult, RevotePolicy, SimulationResult } from '../core/index.ts';
import { formatCount, formatPercent } from './format.ts';
import { districtTableStyles } from './district-table.styles.ts';

const POLICY_LABELS: Record<RevotePolicy, string> = {
  'last-online': 'the last online ballot counts',
  'paper-overrides': 'a paper ballot overrides online ones',
  none: 'no re-voting: the first ballot counts',
};

interface Pick {
  readonly name: string;
  readonly party: string;
  readonly votes: number;
}

@customElement('district-table')
export class DistrictTable extends LitElement {
  static override styles = districtTableStyles;

  /** The run to show; nothing is shown before the first run. */
  @property({ attribute: false }) result: SimulationResult | undefined;

  override render() {
    const r = this.result;
    if (!r) {
      return html`<p class="empty" data-testid="empty">No result yet: choose a scenario and a seed, then press <strong>Run</strong>.</p>`;
    }
    const partyNames = new Map(r.parties.map((p) => [p.id, p.name]));
    const t = r.totals;
    return html`
      <dl class="totals" data-testid="totals">
        ${this.#total('Registered', formatCount(t.registered), 'total-registered')}
        ${this.#total('Turnout', formatPercent(t.turnoutRate), 'total-turnout')}
        ${this.#total('Paper ballots', formatCount(t.paperBallots), 'total-paper')}
        ${this.#total('Online ballots cast / counted', `${formatCount(t.onlineCast)} / ${formatCount(t.onlineCounted)}`, 'total-online')}
        ${this.#total('Re-voters', formatCount(t.revoters), 'total-revoters')}
        ${this.#total('Flipped', `${formatCount(t.flips)} of ${formatCount(t.districts)}`, 'total-flips', t.flips > 0)}
      </dl>
      <table data-testid="district-table" data-scenario=${r.scenarioName} data-seed=${r.seed}>
        <caption>
          ${r.scenarioName}, seed “${r.seed}”: ${formatCount(t.districts)} districts; re-votes: ${POLICY_LABELS[r.policy] ?? r.policy}.
        </caption>
        <thead>
          <tr>
            <th scope="col">District</th>
            <th scope="col" class="num">Registered</th>
            <th scope="col">Paper leader</th>
            <th scope="col" class="num">Paper votes</th>
            <th scope="col">Published winner</th>
            <th scope="col" class="num">Published votes</th>
            <th scope="col" class="num">Online counted</th>
            <th scope="col" class="num">Re‑voters</th>
            <th scope="col">Paper lead</th>
          </tr>
        </thead>
        <tbody>
          ${r.districts.map((d) => this.#row(d, partyNames))}
        </tbody>
      </table>
    `;
  }

  #total(label: string, value: string, testid: string, alert = false) {
    return html`<div class=${alert ? 'alert' : ''}>
      <dt>${label}</dt>
      <dd data-testid=${testid}>${value}</dd>
    </div>`;
  }

  #row(d: DistrictResult, partyNames: ReadonlyMap<string, string>) {
    const leader = pick(d, d.paperLeader, d.paper, partyNames);
    const winner = pick(d, d.publishedWinner, d.published, partyNames);
    return html`<tr
      class=${d.flipped ? 'flipped' : ''}
      data-testid="district-row"
      data-district-id=${d.id}
      data-registered=${d.registered}
      data-paper=${d.paper.join(',')}
      data-published=${d.published.join(',')}
      data-online-counted=${d.onlineCounted}
      data-revoters=${d.revoters}
      data-flipped=${d.flipped ? 'true' : 'false'}
    >
      <th scope="row"><span class="district-no">${d.id}</span> <span data-col="district-name">${d.name}</span></th>
      <td class="num" data-col="registered">${formatCount(d.registered)}</td>
      ${candidateCell(leader, 'paper-leader')}
      <td class="num" data-col="paper-votes">${leader ? formatCount(leader.votes) : '—'}</td>
      ${candidateCell(winner, 'published-winner')}
      <td class="num" data-col="published-votes">${winner ? formatCount(winner.votes) : '—'}</td>
      <td class="num" data-col="online-counted">${formatCount(d.onlineCounted)}</td>
      <td class="num" data-col="revoters">${formatCount(d.revoters)}</td>
      <td data-col="status">
        ${d.flipped
          ? html`<span class="flip" data-testid="flipped"><span aria-hidden="true">⇄ </span>Flipped</span>`
          : html`<span class="held">${d.paperLeader ? 'Held' : '—'}</span>`}
      </td>
    </tr>`;
  }
}

/** The candidate `id` of a district with their votes in `counts`; undefined for a null id. */
function pick(d: DistrictResult, id: string | null, counts: readonly number[], partyNames: ReadonlyMap<string, string>): Pick | undefined {
  const i = id === null ? -1 : d.candidates.findIndex((c) => c.id === id);
  if (i < 0) return undefined;
  const c = d.candidates[i];
  return { name: c.name, party: partyNames.get(c.party) ?? c.party, votes: counts[i] };
}

function candidateCell(p: Pick | undefined, col: string) {
  if (!p) return html`<td data-col=${col}>—</td>`;
  // Default candidate names already say the party ("Unity candidate"); named ones get it below.
  const party = p.name.includes(p.party) ? nothing : html`<span class="party">${p.party}</span>`;
  return html`<td data-col=${col}><span class="name">${p.name}</span>${party}</td>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'district-table': DistrictTable;
  }
}
