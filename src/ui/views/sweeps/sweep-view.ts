/**
 * <sweep-view>: the Sweeps tab. Choose a shipped sweep and how many seeds each grid point gets, run
 * it in Web Workers with progress and a Cancel button, then read one chart per value of its second
 * knob (the observed detection rate with its 95 % band against the closed-form curve) and a table
 * of every grid point. The engine's sweep functions do all the counting; this element only draws.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { aggregateSweep, checkSweep, sweepRuns, type Issue, type PointSummary, type Sweep } from '../../../core/index.ts';
import { findPreset, presetNames } from '../../../content/presets/index.ts';
import { runSweepInWorkers } from '../../../worker/sweep-client.ts';
import { formatCount, formatNumber, formatPercent } from '../../common/format.ts';
import { SHIPPED_SWEEPS } from '../../../content/sweeps/index.ts';
import { chartable, chartGroups, detectionChart, knobName, knobValue } from '../../charts/sweep-chart.ts';
import { sweepViewStyles } from './sweep-view.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import { scrollRegionStyles } from '../../common/scroll-region.styles.ts';
import { formControlStyles } from '../../common/form-controls.styles.ts';
import { localized, msg, str } from '@lit/localize';
import { engineText } from '../../../i18n/engine-catalogue.ts';
import { sweepDescription } from '../../../i18n/content.ts';

type Status = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

@localized()
@customElement('sweep-view')
export class SweepView extends LitElement {
  static override styles = [theme, scrollRegionStyles, formControlStyles, sweepViewStyles];

  /** Sweep files by name (default: the shipped ones). */
  @property({ attribute: false }) sweeps: Readonly<Record<string, unknown>> = SHIPPED_SWEEPS;

  @state() private chosen = '';
  @state() private seedsText = '';
  @state() private status: Status = 'idle';
  @state() private runsDone = 0;
  @state() private result: { readonly sweep: Sweep; readonly points: readonly PointSummary[]; readonly ms: number } | undefined;
  @state() private failure = '';
  /** The chosen file with the seeds asked for, checked; or its issues. */
  private planned: { sweep: Sweep } | { issues: readonly Issue[] } | undefined;
  #abort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('sweeps') && !(this.chosen in this.sweeps)) this.chosen = Object.keys(this.sweeps)[0] ?? '';
    if (changed.has('sweeps') || changed.has('chosen') || changed.has('seedsText')) this.planned = this.#plan();
  }

  #file(): Record<string, unknown> | undefined {
    const file = this.sweeps[this.chosen];
    return typeof file === 'object' && file !== null ? (file as Record<string, unknown>) : undefined;
  }

  #plan(): SweepView['planned'] {
    const file = this.#file();
    if (!file) return undefined;
    const seeds = (file.seeds ?? {}) as Record<string, unknown>;
    const input = this.seedsText.trim() === '' ? file : { ...file, seeds: { ...seeds, count: Number(this.seedsText) } };
    const checked = checkSweep(input, findPreset, presetNames);
    return checked.ok ? { sweep: checked.sweep } : { issues: checked.issues };
  }

  override render() {
    const file = this.#file();
    const planned = this.planned;
    const sweep = planned && 'sweep' in planned ? planned.sweep : undefined;
    const running = this.status === 'running';
    return html`
      <form class="controls" aria-label=${msg('Run a sweep')} @submit=${this.#onRun}>
        <div class="field">
          <label for="sweep-choice">${msg('Sweep')}</label>
          <select id="sweep-choice" data-testid="sweep-choice" ?disabled=${running} @change=${(e: Event) => (this.chosen = (e.target as HTMLSelectElement).value)}>
            ${Object.keys(this.sweeps).map((name) => html`<option value=${name} ?selected=${name === this.chosen}>${name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="sweep-seeds">${msg('Seeds per grid point')}</label>
          <input
            id="sweep-seeds"
            data-testid="sweep-seeds"
            type="number"
            min="1"
            step="1"
            inputmode="numeric"
            ?disabled=${running}
            placeholder=${String((file?.seeds as { count?: number } | undefined)?.count ?? '')}
            .value=${this.seedsText}
            @input=${(e: Event) => (this.seedsText = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <button type="submit" class="primary" data-testid="sweep-run" ?disabled=${running || !sweep}>${msg('Run the sweep')}</button>
        </div>
        ${running ? html`<div class="field"><button type="button" data-testid="sweep-cancel" @click=${this.#onCancel}>${msg('Cancel')}</button></div>` : nothing}
        <p class="help" data-testid="sweep-size">
          ${sweep
            ? msg(str`${sweep.points.length} grid points × ${formatCount(sweep.seeds.count)} seeds = ${formatCount(sweepRuns(sweep))} runs (${sweep.axes.map((a) => knobName(a.path)).join(' × ')}).`)
            : planned && 'issues' in planned
              ? html`<span class="error" data-testid="sweep-issue">${planned.issues[0].path}: ${engineText(planned.issues[0].message)}</span>`
              : nothing}
        </p>
      </form>
      <p class="description">${typeof file?.description === 'string' ? sweepDescription(this.chosen, file.description) : ''}</p>
      ${this.#renderStatus(sweep)} ${this.status === 'done' && this.result ? this.#renderResult(this.result.sweep, this.result.points) : nothing}
    `;
  }

  #renderStatus(sweep: Sweep | undefined) {
    switch (this.status) {
      case 'running': {
        const total = sweep ? sweepRuns(sweep) : 1;
        return html`<div class="status" data-testid="sweep-status" aria-live="polite">
          <label for="sweep-progress">${msg(str`Running ${formatCount(this.runsDone)} of ${formatCount(total)} runs…`)}</label>
          <progress id="sweep-progress" data-testid="sweep-progress" max=${total} .value=${this.runsDone}></progress>
        </div>`;
      }
      case 'done':
        return html`<p class="status" data-testid="sweep-status" aria-live="polite">
          ${msg(str`Ran ${formatCount(this.result!.points.reduce((a, p) => a + p.runs, 0))} runs in ${formatNumber(this.result!.ms / 1000, 1)} s.`)}
        </p>`;
      case 'cancelled':
        return html`<p class="status" data-testid="sweep-status" aria-live="polite">${msg(str`Cancelled after ${formatCount(this.runsDone)} runs.`)}</p>`;
      case 'failed':
        return html`<p class="status error" role="alert" data-testid="sweep-status">${msg(str`The sweep failed: ${this.failure}`)}</p>`;
      default:
        return nothing;
    }
  }

  #renderResult(sweep: Sweep, points: readonly PointSummary[]) {
    const width = Math.max(360, Math.min(900, this.clientWidth || 900));
    const inBand = points.filter((p) => p.inBand !== null);
    return html`
      ${chartable(sweep)
        ? html`<div class="charts">
            ${chartGroups(sweep, points).map((g) => html`<figure data-testid="sweep-chart" data-value=${String(g.value)}>${detectionChart(sweep, g, width)}</figure>`)}
          </div>`
        : html`<p class="help">${msg('The first knob is not a number, so there is no curve to draw: see the table.')}</p>`}
      <dl class="terms" data-testid="sweep-terms">
        <dt>${msg('Detection rate')}</dt>
        <dd>${msg('The share of runs (each a different seed) in which voters’ receipt checks caught the attack.')}</dd>
        <dt>${msg('95 % band')}</dt>
        <dd>${msg('With this many runs the observed rate is itself uncertain: the true rate lies in this range, 95 times out of 100 (a Wilson interval).')}</dd>
        <dt>${msg('Formula')}</dt>
        <dd>
          ${msg(
            'The chance that at least one checker, drawn at random among the registrants, holds a receipt for a tampered ballot: one minus the chance that every checker misses every tampered ballot (statisticians call this the hypergeometric rate).',
          )}
        </dd>
      </dl>
      ${inBand.length > 0
        ? html`<p data-testid="sweep-band-summary">
            ${msg(str`The formula lies within the observed rate’s 95 % band at ${inBand.filter((p) => p.inBand).length} of ${inBand.length} grid points; about one in twenty outside is what chance alone gives.`)}
          </p>`
        : nothing}
      <div class="table-scroll" role="region" aria-label=${msg('Detection rate at each grid point')} tabindex="0">
      <table data-testid="sweep-table">
        <thead>
          <tr>
            ${sweep.axes.map((a) => html`<th scope="col" class="text">${knobName(a.path)}</th>`)}
            <th scope="col">${msg('runs')}</th>
            <th scope="col">${msg('detected')}</th>
            <th scope="col">${msg('rate')}</th>
            <th scope="col">${msg('95 % band')}</th>
            <th scope="col">${msg('formula')}</th>
            <th scope="col" class="text">${msg('in band')}</th>
          </tr>
        </thead>
        <tbody>
          ${points.map(
            (p) => html`<tr data-testid="sweep-row" data-point=${p.point}>
              ${p.values.map((v) => html`<td class="text">${knobValue(v)}</td>`)}
              <td data-col="runs">${formatCount(p.runs)}</td>
              <td data-col="detections">${formatCount(p.detections)}</td>
              <td data-col="rate">${formatPercent(p.rate)}</td>
              <td data-col="band">${formatPercent(p.low)} – ${formatPercent(p.high)}</td>
              <td data-col="closed">${p.closedForm === null ? '—' : formatPercent(p.closedForm)}</td>
              <td data-col="in-band" class=${p.inBand === false ? 'text outside' : 'text'}>${p.inBand === null ? '—' : p.inBand ? msg('yes') : msg('no')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      </div>
    `;
  }

  async #onRun(event: Event): Promise<void> {
    event.preventDefault();
    const planned = this.planned;
    if (this.status === 'running' || !planned || !('sweep' in planned)) return;
    const { sweep } = planned;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'running';
    this.runsDone = 0;
    this.result = undefined;
    const started = performance.now();
    try {
      const rows = await runSweepInWorkers(sweep, { signal: abort.signal, onProgress: (done) => (this.runsDone = done) });
      if (this.#abort !== abort) return;
      if (rows === null) {
        this.status = 'cancelled';
        return;
      }
      this.result = { sweep, points: aggregateSweep(sweep, rows), ms: performance.now() - started };
      this.status = 'done';
    } catch (err) {
      if (this.#abort !== abort) return;
      this.failure = err instanceof Error ? err.message : String(err);
      this.status = 'failed';
    }
  }

  #onCancel(): void {
    this.#abort?.abort();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sweep-view': SweepView;
  }
}
