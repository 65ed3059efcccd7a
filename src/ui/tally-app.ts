/**
 * <tally-app>: the page. Pick a preset and a seed, run it in the engine worker, watch the progress,
 * read the verdict, the district table and the evidence; the teacher view adds the ground truth
 * (off by default, and nothing of the truth is rendered while it is off). The address
 * (`?preset=…&seed=…`) picks the initial run and is updated after each one, so a result can be
 * shared as a link.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Issue, SimulationResult, Stage } from '../core/index.ts';
import { findPreset, presetNames } from '../../simulations/presets/index.ts';
import { EngineClient, RunCancelled } from '../worker/engine-client.ts';
import { formatCount } from './format.ts';
import { readPageParams, withPageParams } from './page-url.ts';
import { tallyAppStyles } from './tally-app.styles.ts';
import { VERDICT_LABELS } from './verdict-labels.ts';
import './district-table.ts';
import './evidence-panel.ts';
import './teacher-panel.ts';
import './verdict-banner.ts';

const DEFAULT_PRESET = 'classroom';

const STAGE_LABELS: Record<Stage | 'starting', string> = {
  starting: 'Starting the engine…',
  electorate: 'Generating the electorate…',
  casting: 'Casting paper and online ballots…',
  ledger: 'Chaining the online ballots into the ledger…',
  verification: 'Observers and voters checking the record…',
  tally: 'Counting and publishing…',
};

/** Letters and digits that cannot be misread on a projector (no 0/o, 1/l/i). */
const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const SEED_LENGTH = 8;
/** The engine's limit on a seed's length (scenario field `seed`). */
const SEED_MAX_LENGTH = 64;

/** What went wrong, for the error area. */
type Problem =
  | { readonly kind: 'unknown-preset'; readonly asked: string }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly message: string };

/** A seed from the browser's random source (UI only: the engine's randomness comes from the seed). */
function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SEED_LENGTH));
  return Array.from(bytes, (b) => SEED_ALPHABET[b % SEED_ALPHABET.length]).join('');
}

@customElement('tally-app')
export class TallyApp extends LitElement {
  static override styles = tallyAppStyles;

  @state() private preset = DEFAULT_PRESET;
  @state() private seed = '';
  @state() private running = false;
  @state() private progress = 0;
  @state() private stage: Stage | 'starting' = 'starting';
  @state() private result: SimulationResult | undefined;
  /** Engine time of the shown result, ms. */
  @state() private elapsedMs = 0;
  @state() private problem: Problem | undefined;
  /** Teacher view: show the ground truth and the attacks. */
  @state() private teacher = false;

  readonly #engine = new EngineClient();
  /** Counts runs, so that a superseded run never touches the page. */
  #runId = 0;
  #refocusRun = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const params = readPageParams(location.search, presetNames, DEFAULT_PRESET);
    this.preset = params.preset;
    this.seed = params.seed;
    if (params.unknownPreset !== undefined) this.problem = { kind: 'unknown-preset', asked: params.unknownPreset };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#engine.dispose();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The Cancel button disappears when a run ends: if it had the focus, hand it to Run.
    this.#refocusRun = changed.has('running') && !this.running && this.shadowRoot?.activeElement?.id === 'cancel';
  }

  protected override updated(): void {
    if (this.#refocusRun) this.renderRoot.querySelector<HTMLButtonElement>('#run')?.focus();
    this.#refocusRun = false;
  }

  override render() {
    const description = findPreset(this.preset)?.description ?? '';
    const presetSeed = findPreset(this.preset)?.seed ?? '';
    return html`
      <header>
        <h1>Tally Lab</h1>
        <p class="lede">
          Replay an election with two ballot channels. Paper ballots are counted at polling stations on election night;
          online ballots are released later, once re-votes (voters who voted more than once) are resolved by the
          scenario's re-vote policy. A district is <strong>flipped</strong> when the published winner is not the
          candidate who led on paper. Its <strong>verdict</strong> says what the published evidence can prove about it.
        </p>
      </header>
      <main>
        <form class="controls" @submit=${this.#onSubmit} aria-label="Run a scenario">
          <div class="field">
            <label for="preset">Scenario</label>
            <select id="preset" data-testid="preset-select" @change=${this.#onPresetChange}>
              ${presetNames.map((name) => html`<option value=${name} ?selected=${name === this.preset}>${name}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="seed">Seed</label>
            <div class="seed-row">
              <input
                id="seed"
                data-testid="seed-input"
                type="text"
                autocomplete="off"
                spellcheck="false"
                maxlength=${SEED_MAX_LENGTH}
                placeholder=${presetSeed}
                aria-describedby="seed-help"
                .value=${this.seed}
                @input=${this.#onSeedInput}
              />
              <button type="button" data-testid="new-seed" @click=${this.#onNewSeed}>New seed</button>
            </div>
            <span id="seed-help" class="help">Empty: the scenario's own seed. Same scenario and seed, same result.</span>
          </div>
          <div class="actions">
            <button id="run" type="submit" class="primary" data-testid="run-button">Run</button>
            ${this.running
              ? html`<button id="cancel" type="button" data-testid="cancel-button" @click=${this.#onCancel}>Cancel</button>`
              : nothing}
          </div>
          <div class="field view">
            <label class="toggle">
              <input
                type="checkbox"
                data-testid="teacher-toggle"
                aria-describedby="teacher-help"
                .checked=${this.teacher}
                @change=${this.#onTeacherChange}
              />
              Teacher view
            </label>
            <span id="teacher-help" class="help">Shows the ground truth: who really won, what the attacker did.</span>
          </div>
        </form>
        <p class="description" data-testid="preset-description">${description}</p>
        <div class="error" role="alert" data-testid="error" ?hidden=${!this.problem}>${this.#renderProblem()}</div>
        ${this.#renderStatus()}
        ${this.running ? nothing : this.#renderResult()}
      </main>
    `;
  }

  #renderResult() {
    const r = this.result;
    if (!r) return html`<district-table></district-table>`;
    return html`<verdict-banner .result=${r}></verdict-banner>
      ${this.teacher ? html`<teacher-panel .result=${r}></teacher-panel>` : nothing}
      <district-table .result=${r} ?teacher=${this.teacher}></district-table>
      <evidence-panel .result=${r}></evidence-panel>`;
  }

  #renderProblem() {
    const p = this.problem;
    if (!p) return nothing;
    switch (p.kind) {
      case 'unknown-preset':
        return html`<p>
          There is no scenario called “${p.asked.slice(0, 80)}” (the link's <code>preset</code>). Showing
          “${DEFAULT_PRESET}” instead. The scenarios are:
          ${presetNames.map((name, i) => html`${i > 0 ? ', ' : ''}<span class="nowrap">${name}</span>`)}.
        </p>`;
      case 'invalid':
        return html`<p>This scenario cannot run:</p>
          <ul>
            ${p.issues.map((i) => html`<li><code>${i.path || '(scenario)'}</code>: ${i.message}</li>`)}
          </ul>`;
      case 'failed':
        return html`<p>The engine failed: ${p.message}</p>`;
    }
  }

  #renderStatus() {
    if (this.running) {
      const percent = Math.round(this.progress * 100);
      return html`<div class="status running" data-testid="run-status" aria-live="polite">
        <label for="progress" data-testid="progress-stage">${STAGE_LABELS[this.stage]}</label>
        <progress id="progress" data-testid="progress" max="1" .value=${this.progress}>${percent} %</progress>
        <span class="percent" aria-hidden="true">${percent} %</span>
      </div>`;
    }
    if (this.result) {
      const r = this.result;
      return html`<p class="status done" data-testid="run-info" aria-live="polite">
        Ran <strong>${r.scenarioName}</strong> with seed <strong>${r.seed}</strong>: ${formatCount(r.totals.registered)}
        voters in ${formatCount(Math.round(this.elapsedMs))} ms. Verdict: ${VERDICT_LABELS[r.verdict.status]}.
      </p>`;
    }
    return nothing;
  }

  #onPresetChange(event: Event): void {
    this.preset = (event.target as HTMLSelectElement).value;
  }

  #onSeedInput(event: Event): void {
    this.seed = (event.target as HTMLInputElement).value;
  }

  #onTeacherChange(event: Event): void {
    this.teacher = (event.target as HTMLInputElement).checked;
  }

  #onNewSeed(): void {
    this.seed = randomSeed();
  }

  #onCancel(): void {
    this.#runId++;
    this.#engine.cancel();
    this.running = false;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.run();
  }

  /** Runs the selected preset with the seed in the field (empty: the preset's own seed). */
  async run(): Promise<void> {
    const preset = this.preset;
    const input = findPreset(preset);
    if (!input) return; // the select only offers known presets
    const runId = ++this.#runId;
    const seed = this.seed.trim() === '' ? undefined : this.seed;
    this.running = true;
    this.progress = 0;
    this.stage = 'starting';
    this.problem = undefined;
    this.result = undefined;
    try {
      const outcome = await this.#engine.run(input, seed, (fraction, stage) => {
        if (runId !== this.#runId) return;
        this.progress = fraction;
        this.stage = stage;
      });
      if (runId !== this.#runId) return;
      if (outcome.ok) {
        this.result = outcome.result;
        this.elapsedMs = outcome.ms;
        history.replaceState(history.state, '', withPageParams(location.href, preset, outcome.result.seed));
      } else {
        this.problem = outcome.kind === 'invalid' ? { kind: 'invalid', issues: outcome.issues } : { kind: 'failed', message: outcome.message };
      }
    } catch (err) {
      if (err instanceof RunCancelled || runId !== this.#runId) return;
      this.problem = { kind: 'failed', message: err instanceof Error ? err.message : String(err) };
    } finally {
      if (runId === this.#runId) this.running = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tally-app': TallyApp;
  }
}
