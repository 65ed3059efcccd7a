/**
 * <evidence-panel>: every check made on the run, one collapsible line per check — election-wide
 * checks first, then one line per district check standing for all districts ("passed in 15 of 15
 * districts", with the districts where it failed listed). Each says PASS / FAIL / not possible,
 * whether anyone but the operator could make it, and opens to what was checked, what was found and
 * what a pass rules out. Checks that failed start open. It only reads a SimulationResult.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CheckName, Evidence, SimulationResult } from '../../../core/index.ts';
import { badgeStyles } from '../../common/badge.styles.ts';
import { evidencePanelStyles } from './evidence-panel.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import { common, groupEvidence, type EvidenceGroup } from './evidence-groups.ts';
import { formatCount } from '../../common/format.ts';
import { paperAuditLines } from './paper-audit-lines.ts';
import { checkLabel, evidenceTag } from '../../common/verdict-labels.ts';
import { localized, msg, str } from '@lit/localize';
import { localName } from '../../../i18n/names.ts';
import { engineText } from '../../../i18n/engine-catalogue.ts';

/** What a sampling check's `checked` and `population` count, for the all-districts total. */
const sampleUnits = (): Partial<Record<CheckName, string>> => ({
  'paper-recount': msg('precincts recounted by hand'),
  'paper-audit': msg('paper ballots drawn by the audit'),
  receipts: msg('online registrants checked'),
});

@localized()
@customElement('evidence-panel')
export class EvidencePanel extends LitElement {
  static override styles = [theme, badgeStyles, evidencePanelStyles];

  @property({ attribute: false }) result: SimulationResult | undefined;

  @state() private groups: readonly EvidenceGroup[] = [];
  #names = new Map<number, string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('result')) {
      this.groups = this.result ? groupEvidence(this.result.evidence) : [];
      this.#names = new Map(this.result?.districts.map((d) => [d.id, d.name]) ?? []);
    }
  }

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const election = this.groups.filter((g) => g.scope === 'election');
    const district = this.groups.filter((g) => g.scope === 'district');
    return html`<section class="panel" data-testid="evidence-panel" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">${msg('Evidence: every check that was made')}</h2>
      <p class="intro">
        ${msg(
          html`Open a line to read what was checked, what was found and what a pass rules out. <strong>Independent</strong> checks can be repeated by anyone outside the operator; the operator checking its own data is marked <strong>operator only</strong>: it proves nothing, whatever it finds.`,
        )}
      </p>
      ${election.length > 0
        ? html`<h3>${msg('The whole election')}</h3>
            <ul class="groups" role="list">
              ${election.map((g) => this.#group(g))}
            </ul>`
        : nothing}
      ${district.length > 0
        ? html`<h3>${msg(html`In each of the ${formatCount(r.districts.length)} districts <span class="aside">(one line per check)</span>`)}</h3>
            <ul class="groups" role="list">
              ${district.map((g) => this.#group(g))}
            </ul>`
        : nothing}
    </section>`;
  }

  #group(g: EvidenceGroup) {
    return html`<li>
      <details
        class="group ${g.status}"
        data-testid="evidence-group"
        data-key=${g.key}
        data-check=${g.check}
        data-when=${g.when ?? ''}
        data-scope=${g.scope}
        data-status=${g.status}
        data-independent=${String(g.independent)}
        data-failed-districts=${g.failed.map((e) => e.districtId).join(',')}
        ?open=${g.status === 'failed'}
      >
        <summary>
          <span class="tag-cell">${evidenceTag(g.status, undefined, !g.independent)}</span>
          <span class="title">
            <span class="check">${checkLabel(g.check, g.when)}</span>
            <span class="meta">
              <code class="check-id">${g.check}</code>
              ${g.independent
                ? html`<span class="who independent">${msg('independent')}</span>`
                : html`<span class="who operator" data-testid="operator-only">${msg('operator only (proves nothing)')}</span>`}
            </span>
          </span>
          <span class="outcome" data-testid="evidence-outcome">${this.#outcome(g)}</span>
        </summary>
        <dl>
          <dt>${msg('What was checked')}</dt>
          <dd>${this.#what(g)}</dd>
          <dt>${msg('What was found')}</dt>
          <dd>${this.#found(g)}</dd>
          <dt>${msg('A pass rules out')}</dt>
          <dd>${this.#rulesOut(g)}</dd>
        </dl>
      </details>
    </li>`;
  }

  /** The summary's one line: the finding (election-wide) or how many districts passed or failed. */
  #outcome(g: EvidenceGroup): string {
    if (g.scope === 'election') return g.items.map((e) => engineText(e.detail)).join(' ');
    const n = g.items.length;
    const parts: string[] = [];
    if (g.failed.length > 0) {
      const where = g.failed.length < n ? `: ${g.failed.map((e) => e.districtId).join(', ')}` : '';
      parts.push(msg(str`failed in ${formatCount(g.failed.length)} of ${formatCount(n)} districts${where}`));
    }
    if (g.passed.length > 0) parts.push(msg(str`passed in ${formatCount(g.passed.length)} of ${formatCount(n)} districts`));
    if (g.notPossible.length > 0) parts.push(msg(str`not possible in ${formatCount(g.notPossible.length)} of ${formatCount(n)} districts`));
    return parts.join('; ');
  }

  #what(g: EvidenceGroup) {
    const shared = common(g.items, (e) => e.what);
    const first = g.items[0];
    const firstWhat = engineText(first.what);
    const text = shared !== undefined ? engineText(shared) : msg(str`For example, in ${this.#district(first)}: ${firstWhat}`);
    const unit = sampleUnits()[g.check];
    const sampled = g.scope === 'district' && unit && g.items.every((e) => e.checked !== undefined && e.population !== undefined);
    if (!sampled) return text;
    const checked = g.items.reduce((s, e) => s + (e.checked ?? 0), 0);
    const population = g.items.reduce((s, e) => s + (e.population ?? 0), 0);
    return html`${text} <span class="total">${msg(str`All districts together: ${formatCount(checked)} of ${formatCount(population)} (${unit}).`)}</span>`;
  }

  #found(g: EvidenceGroup) {
    if (g.scope === 'election') return g.items.map((e) => engineText(e.detail)).join(' ');
    const n = g.items.length;
    const summary = (items: readonly Evidence[], lead: string) => {
      if (items.length === 0) return nothing;
      const shared = common(items, (e) => e.detail);
      const example = engineText(items[0].detail);
      const place = this.#district(items[0]);
      return html`<p>${shared !== undefined ? `${lead}: ${engineText(shared)}` : msg(str`${lead}; for example, in ${place}: ${example}`)}</p>`;
    };
    const count = (k: number) => formatCount(k);
    return html`${g.failed.length > 0
        ? html`<p>${msg(str`Failed in ${count(g.failed.length)} of ${count(n)} districts:`)}</p>
            <ul class="failed" data-testid="failed-districts">
              ${g.failed.map((e) => html`<li data-district-id=${String(e.districtId)}><strong>${this.#district(e)}</strong>: ${engineText(e.detail)}</li>`)}
            </ul>`
        : nothing}
      ${summary(g.passed, msg(str`Passed in ${count(g.passed.length)} of ${count(n)} districts`))}
      ${summary(g.notPossible, msg(str`Not possible in ${count(g.notPossible.length)} of ${count(n)} districts`))} ${g.check === 'paper-audit' ? this.#audits() : nothing}`;
  }

  /** The paper audit, district by district: how many ballots were drawn and how it ended. */
  #audits() {
    return html`<p>${msg('District by district:')}</p>
      <ul class="audits" data-testid="paper-audits">
        ${paperAuditLines(this.result?.districts ?? []).map(
          (line) => html`<li data-district-id=${String(line.districtId)} data-outcome=${line.outcome} data-status=${line.status}>${line.text}</li>`,
        )}
      </ul>`;
  }

  #rulesOut(g: EvidenceGroup) {
    const made = [...g.failed, ...g.passed];
    const texts = [...new Set((made.length > 0 ? made : g.items).map((e) => engineText(e.rulesOut)))];
    return texts.map((t) => html`<p>${t}</p>`);
  }

  /** "196 Babushkinsky". */
  #district(e: Evidence): string {
    const name = e.districtId === null ? undefined : this.#names.get(e.districtId);
    const id = String(e.districtId);
    return name === undefined ? msg(str`district ${id}`) : `${id} ${localName(name)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evidence-panel': EvidencePanel;
  }
}
