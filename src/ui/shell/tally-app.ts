/**
 * <tally-app>: the page. Pick a preset (and a seed), edit any knob of the scenario in the side
 * panel, and read the run in four views: the results (verdict, district table, evidence), the
 * night of releases, the published ledger, and one voter's receipts. Every valid edit re-runs the
 * engine in its worker after a short pause (a newer run cancels an older one); an invalid one
 * shows its issues beside the fields and does not run. The address holds the scenario, so a run
 * can be shared as a link and the back button undoes an edit. The teacher view adds the ground
 * truth (nothing of it is rendered while it is off).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { checkScenario, type Issue, type SimulationResult, type Stage } from '../../core/index.ts';
import { lessons, type Lesson } from '../../content/lessons/index.ts';
import { findPreset, hidesTruth, presetNames, withChanges } from '../../content/presets/index.ts';
import { lessonText, presetDescription, presetObserverDescription, presetTitle } from '../../i18n/content.ts';
import { engineText } from '../../i18n/engine-catalogue.ts';
import { language, type Language } from '../../i18n/locale.ts';
import { applyLanguage, pageLanguage, withLanguage } from './page-language.ts';
import { renderLanguageSwitch } from './language-switch.ts';
import { EngineClient, RunCancelled } from '../../worker/engine-client.ts';
import type { RunFiles, ScenarioImportedDetail } from '../views/files/file-panel.ts';
import type { LessonEvent, LessonStep } from '../lessons/lesson-guide.ts';
import { formatCount } from '../common/format.ts';
import { costSentence } from '../views/results/crypto-cost.ts';
import type { CostSummary } from '../../core/e2e/crypto-costs.ts';
import type { ChainStatus, LedgerSource } from '../../core/inspect/ledger-source.ts';
import { pageQuery, withQuery } from './page-link.ts';
import { panelId, renderTabs, tabId, type PageTab } from './page-tabs.ts';
import { loadProjectorMode, saveProjectorMode } from './projector-mode.ts';
import { randomSeed } from '../controls/random-seed.ts';
import type { ScenarioChangedEvent, ScenarioDraft } from '../controls/scenario-editor.ts';
import { completePreset, decodePageState, DEFAULT_PRESET, type LinkProblem } from './scenario-url.ts';
import { linkProblemText } from './link-problems.ts';
import { tallyAppStyles } from './tally-app.styles.ts';
import { theme } from '../common/theme.styles.ts';
import { verdictBadge, verdictLabels } from '../common/verdict-labels.ts';
import { badgeStyles } from '../common/badge.styles.ts';
import type { SimulatedSeries } from '../views/real-data/real-series-view.ts';
import type { ForensicsSource } from '../views/forensics/forensics-view.ts';
import type { VoterSource } from '../views/voter/voter-view.ts';
// Each folder's index registers its elements.
import '../controls/index.ts';
import '../lessons/index.ts';
import '../views/files/index.ts';
import '../views/forensics/index.ts';
import '../views/ledger/index.ts';
import '../views/live/index.ts';
import '../views/night/index.ts';
import '../views/real-data/index.ts';
import '../views/results/index.ts';
import '../views/sweeps/index.ts';
import '../views/voter/index.ts';
import { EDIT_DEBOUNCE_MS } from './edit-debounce.ts';
import { localized, msg, str } from '@lit/localize';

/** The engine's limit on a seed's length (scenario field `seed`). */
const SEED_MAX_LENGTH = 64;

const stageLabels = (): Record<Stage | 'starting', string> => ({
  starting: msg('Starting the engine…'),
  electorate: msg('Generating the electorate…'),
  casting: msg('Casting paper and online ballots…'),
  encryption: msg('Encrypting the online ballots and proving them…'),
  ledger: msg('Chaining the online ballots into the ledger…'),
  proofs: msg('Checking every ballot’s proofs and the encrypted tally…'),
  verification: msg('Observers and voters checking the record…'),
  tally: msg('Counting and publishing…'),
});

type View = 'results' | 'night' | 'real' | 'forensics' | 'ledger' | 'voter' | 'files' | 'sweeps' | 'live';
const tabs = (): readonly PageTab<View>[] => [
  { id: 'results', label: msg('Results') },
  { id: 'night', label: msg('The night') },
  { id: 'real', label: msg('Real data') },
  { id: 'forensics', label: msg('Forensics') },
  { id: 'ledger', label: msg('Ledger') },
  { id: 'voter', label: msg('Be a voter') },
  { id: 'files', label: msg('Files') },
  { id: 'sweeps', label: msg('Sweeps') },
  { id: 'live', label: msg('Live') },
];

/** What went wrong, for the error area. */
type Problem =
  | { readonly kind: 'link'; readonly problem: LinkProblem }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly message: string };

/** How a run changes the address: a new history entry (a settled edit), the same entry, or not at all (back/forward). */
type History = 'push' | 'replace' | 'none';

/** The shown run and the worker-side handles on it. */
interface ShownRun {
  readonly result: SimulationResult;
  /** Engine time, ms. */
  readonly ms: number;
  /** What the verifiable mode's cryptography cost, or null in the plain mode. */
  readonly costs: CostSummary | null;
  readonly ledger: LedgerSource;
  readonly voters: VoterSource;
  readonly files: RunFiles;
  /** The run's online ballots per district, candidate and bin (for the real-data comparison). */
  readonly series: SimulatedSeries;
  /** What observers compute from the run's published numbers. */
  readonly forensics: ForensicsSource;
  readonly chain: ChainStatus | undefined;
}

@localized()
@customElement('tally-app')
export class TallyApp extends LitElement {
  static override styles = [theme, badgeStyles, tallyAppStyles];

  @state() private preset = DEFAULT_PRESET;
  /** The scenario as edited (valid or not). */
  @state() private input: ScenarioDraft = completePreset(DEFAULT_PRESET);
  /** The seed field's text (empty means the preset's seed). */
  @state() private seedText = '';
  @state() private issues: readonly Issue[] = [];
  @state() private running = false;
  @state() private progress = 0;
  @state() private stage: Stage | 'starting' = 'starting';
  @state() private shown: ShownRun | undefined;
  @state() private problem: Problem | undefined;
  /** Teacher view: show the ground truth and the attacks. */
  @state() private teacher = false;
  @state() private projector = loadProjectorMode();
  @state() private editorOpen = false;
  @state() private view: View = 'results';
  /** Lesson mode: the guide is open at lesson `lessonIndex`, at `lessonStep`. */
  @state() private lessonsOpen = false;
  @state() private lessonIndex = 0;
  @state() private lessonStep: LessonStep = 'not-started';
  /** The observer view shows what an observer knows of the scenario until the class asks for the truth. */
  @state() private revealed = false;

  /** The class sees the observer view: neither "Reveal" nor the teacher view, so presets are named by city and letter. */
  get #observer(): boolean {
    return !this.teacher && !this.revealed;
  }
  /** What the last lesson step did, for screen readers (a polite live region). */
  @state() private announcement = '';
  /** A language the link asked for that Tally Lab does not speak, for a notice; undefined when none. */
  @state() private languageNotice: string | undefined;

  readonly #engine = new EngineClient();
  /** Counts runs, so that a superseded run never touches the page. */
  #runId = 0;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #refocusRun = false;
  #focusTab = false;
  /** A lesson step waiting for its run: once shown, what it changed is brought into view. */
  #lessonPending: { readonly kind: 'start' | 'move'; readonly lesson: Lesson } | undefined;
  readonly #onPopState = () => this.#loadFromAddress('none');

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    const choice = pageLanguage(location.search);
    this.languageNotice = choice.unknown;
    void applyLanguage(choice.lang, false);
    this.#loadFromAddress('replace');
    // `npm run classroom` prints the sandbox's address with #live: the Live tab opens first.
    if (location.hash.startsWith('#live')) this.view = 'live';
  }

  /**
   * Another language: every element re-renders its words (@localized), and nothing else changes —
   * the scenario, the seed, the run and the lesson step stay as they are, with no re-run.
   */
  async #switchLanguage(lang: Language): Promise<void> {
    this.languageNotice = undefined;
    await applyLanguage(lang, true);
    if (this.shown) this.#writeAddress(pageQuery(this.input, this.preset), 'replace');
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#debounce);
    this.#engine.dispose();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another scenario keeps its secret until asked again.
    if (changed.has('preset') && changed.get('preset') !== undefined) this.revealed = false;
    // The Cancel button disappears when a run ends: if it had the focus, hand it to Run.
    this.#refocusRun = changed.has('running') && !this.running && this.shadowRoot?.activeElement?.id === 'cancel';
  }

  protected override updated(changed: PropertyValues): void {
    if (this.#refocusRun) this.renderRoot.querySelector<HTMLButtonElement>('#run')?.focus();
    this.#refocusRun = false;
    if (this.#focusTab) this.renderRoot.querySelector<HTMLElement>(`#${tabId(this.view)}`)?.focus();
    this.#focusTab = false;
    if (changed.has('projector')) this.toggleAttribute('projector', this.projector);
  }

  override render() {
    const truth = presetDescription(this.preset);
    const hidden = hidesTruth(this.preset, findPreset(this.preset)?.description ?? '');
    const told = this.teacher || this.revealed || !hidden;
    const lesson = this.lessonsOpen
      ? html`<lesson-guide .lessons=${lessons} .index=${this.lessonIndex} .step=${this.lessonStep} ?observer=${this.#observer} @lesson=${this.#onLesson}></lesson-guide>`
      : nothing;
    return html`
      <header>
        <div class="title-row">
          <h1>Tally Lab</h1>
          ${renderLanguageSwitch(language(), (lang) => void this.#switchLanguage(lang))}
        </div>
        ${this.languageNotice
          ? html`<p class="language-notice" role="status" data-testid="language-notice">
              ${msg(str`This link asks for the language “${this.languageNotice}”, which Tally Lab does not speak; it is shown in English instead.`)}
            </p>`
          : nothing}
        <p class="lede">
          ${msg(
            html`Replay an election with two ballot channels. Paper ballots are counted at polling stations on election night; online ballots are released later, once re-votes (voters who voted more than once) are resolved by the scenario’s re-vote policy. A district is <strong>flipped</strong> when the published winner is not the candidate who led on paper. Its <strong>verdict</strong> says what the published evidence can prove about it.`,
          )}
        </p>
      </header>
      ${this.#renderControls()}
      <div class="scenario-bar">
        <div class="description">
          <p data-testid="preset-description" data-truth=${told ? 'shown' : 'hidden'}>${told ? truth : presetObserverDescription(this.preset)}</p>
          ${hidden && !this.teacher
            ? html`<button type="button" class="reveal" data-testid="reveal-truth" aria-pressed=${this.revealed ? 'true' : 'false'} @click=${() => (this.revealed = !this.revealed)}>
                ${this.revealed ? msg('Hide what was done') : msg('Reveal what was done')}
              </button>`
            : nothing}
        </div>
        <div class="bar-buttons">
          <button
            type="button"
            data-testid="editor-toggle"
            aria-expanded=${this.editorOpen ? 'true' : 'false'}
            aria-controls="editor-panel"
            @click=${() => (this.editorOpen = !this.editorOpen)}
          >
            ${this.editorOpen ? msg('Hide the knobs') : msg('Edit the scenario')}
          </button>
          <button type="button" data-testid="lessons-toggle" aria-expanded=${this.lessonsOpen ? 'true' : 'false'} @click=${() => (this.lessonsOpen = !this.lessonsOpen)}>
            ${this.lessonsOpen ? msg('Close the lessons') : msg('Lessons')}
          </button>
        </div>
      </div>
      <div class="error" role="alert" data-testid="error" ?hidden=${!this.problem}>${this.#renderProblem()}</div>
      ${this.#renderStatus()}
      <p class="sr-only" aria-live="polite" data-testid="lesson-announce">${this.announcement}</p>
      <div class="workspace ${this.editorOpen ? 'with-editor' : ''} ${this.lessonsOpen ? 'with-lessons' : ''}">
        ${this.editorOpen
          ? html`<aside id="editor-panel" class="editor" aria-labelledby="editor-title" data-testid="editor-panel">
              <div class="editor-head">
                <h2 id="editor-title">${msg('Scenario')}</h2>
                <button type="button" class="close" data-testid="editor-close" @click=${this.#closeEditor}>${msg('Close')}</button>
              </div>
              <p class="help">${msg('Every change re-runs the election. Problems are marked beside their fields.')}</p>
              <scenario-editor .scenario=${this.input} .issues=${this.issues} @scenario-changed=${this.#onScenarioChanged}></scenario-editor>
            </aside>`
          : nothing}
        ${lesson}
        <main>
          ${renderTabs(tabs(), this.view, (id, focus) => {
            this.view = id;
            this.#focusTab = focus;
          })}
          <section class="panel" role="tabpanel" id=${panelId(this.view)} aria-labelledby=${tabId(this.view)} data-testid=${`panel-${this.view}`}>
            <div
              class="view-target"
              tabindex="-1"
              data-testid="lesson-target"
              data-view=${this.view}
              data-ready=${!this.running && this.shown ? 'true' : 'false'}
            >
              ${this.#renderView()}
            </div>
          </section>
        </main>
      </div>
    `;
  }

  #closeEditor(): void {
    this.editorOpen = false;
    // The drawer's button goes away with it: give the focus back to the button that opened it.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-testid="editor-toggle"]')?.focus());
  }

  #renderControls() {
    const presetSeed = findPreset(this.preset)?.seed ?? '';
    return html`<form class="controls" @submit=${this.#onSubmit} aria-label=${msg('Run a scenario')}>
      <div class="field">
        <label for="preset">${msg('Scenario')}</label>
        <select id="preset" data-testid="preset-select" @change=${this.#onPresetChange}>
          ${presetNames.map((name) => html`<option value=${name} ?selected=${name === this.preset}>${presetTitle(name, this.#observer)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="seed">${msg('Seed')}</label>
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
            .value=${this.seedText}
            @input=${this.#onSeedInput}
          />
          <button type="button" data-testid="new-seed" @click=${this.#onNewSeed}>${msg('New seed')}</button>
        </div>
        <span id="seed-help" class="help">${msg('Empty: the preset’s own seed. Same scenario and seed, same result.')}</span>
      </div>
      <div class="actions">
        <button id="run" type="submit" class="primary" data-testid="run-button">${msg('Run')}</button>
        ${this.running ? html`<button id="cancel" type="button" data-testid="cancel-button" @click=${this.#onCancel}>${msg('Cancel')}</button>` : nothing}
      </div>
      <div class="field view">
        <label class="toggle">
          <input type="checkbox" data-testid="teacher-toggle" aria-describedby="teacher-help" .checked=${this.teacher} @change=${this.#onTeacherChange} />
          ${msg('Teacher view')}
        </label>
        <span id="teacher-help" class="help">${msg('The ground truth: who really won, what the attacker did.')}</span>
        <label class="toggle projector" title=${msg('Large type and high contrast, for a projector')}>
          <input type="checkbox" data-testid="projector-toggle" .checked=${this.projector} @change=${this.#onProjectorChange} />
          ${msg('Projector mode')}
        </label>
      </div>
    </form>`;
  }

  #renderView() {
    // Sweeps run their own scenarios in their own workers, whatever the page's run is doing.
    if (this.view === 'sweeps') return html`<sweep-view></sweep-view>`;
    // The live class election runs on the classroom server, whatever the page's own run is doing.
    if (this.view === 'live') return html`<live-view ?teacher=${this.teacher}></live-view>`;
    if (this.running) return html`<p class="waiting">${msg('The views return when the run finishes.')}</p>`;
    const s = this.shown;
    switch (this.view) {
      case 'results':
        if (!s) return html`<district-table></district-table>`;
        return html`<verdict-banner .result=${s.result}></verdict-banner>
          ${this.teacher ? html`<teacher-panel .result=${s.result}></teacher-panel>` : nothing}
          <district-table .result=${s.result} ?teacher=${this.teacher} ?observer=${this.#observer}></district-table>
          <evidence-panel .result=${s.result}></evidence-panel>`;
      case 'night':
        return s ? html`<night-replay .result=${s.result}></night-replay>` : this.#nothingYet();
      case 'real':
        // Rendered only while its tab is open: the real file is fetched the first time it is.
        return html`<real-series-view .result=${s?.result} .simulated=${s?.series}></real-series-view>`;
      case 'forensics':
        return html`<forensics-view .result=${s?.result} .source=${s?.forensics}></forensics-view>`;
      case 'ledger':
        if (!s) return this.#nothingYet();
        return html`${s.result.publication.ledgerPublic
            ? nothing
            : html`<p class="note" data-testid="ledger-private">
                ${msg('This scenario does not publish its ledger: nobody outside the operator could read these entries. The sandbox shows them so that you can see what observers could not.')}
              </p>`}
          <ledger-explorer .source=${s.ledger} .chainStatus=${s.chain} ?teacher=${this.teacher}></ledger-explorer>`;
      case 'voter':
        return html`<voter-view .source=${s?.voters} ?teacher=${this.teacher}></voter-view>`;
      case 'files':
        return html`<file-panel .result=${s?.result} .scenario=${this.input} .worker=${s?.files} @scenario-imported=${this.#onImported}></file-panel>`;
    }
  }

  #nothingYet() {
    return html`<p class="waiting">${msg('Run a scenario to see this view.')}</p>`;
  }

  #renderProblem() {
    const p = this.problem;
    if (!p) return nothing;
    switch (p.kind) {
      case 'link':
        return html`<p data-testid="link-problem" data-problem=${p.problem.kind}>${linkProblemText(p.problem)}</p>`;
      case 'invalid':
        return html`<p>${this.editorOpen ? msg('This scenario cannot run (the fields are marked in the editor):') : msg('This scenario cannot run:')}</p>
          <ul>
            ${p.issues.map((i) => html`<li><code>${i.path || msg('(scenario)')}</code>: ${engineText(i.message)}</li>`)}
          </ul>`;
      case 'failed':
        return html`<p>${msg(str`The engine failed: ${engineText(p.message)}`)}</p>`;
    }
  }

  #renderStatus() {
    if (this.running) {
      const percent = Math.round(this.progress * 100);
      return html`<div class="status running" data-testid="run-status" aria-live="polite">
        <label for="progress" data-testid="progress-stage">${stageLabels()[this.stage]}</label>
        <progress id="progress" data-testid="progress" max="1" .value=${this.progress}>${percent} %</progress>
        <span class="percent" aria-hidden="true">${percent} %</span>
      </div>`;
    }
    if (this.shown) {
      const r = this.shown.result;
      return html`<p class="status done" data-testid="run-info" aria-live="polite">
        ${msg(html`Ran <strong>${presetTitle(r.scenarioName, this.#observer)}</strong> with seed <strong>${r.seed}</strong>: ${formatCount(r.totals.registered)} voters in ${formatCount(Math.round(this.shown.ms))} ms.`)}
        <span class="run-verdict" data-testid="run-verdict" data-status=${r.verdict.status}
          >${msg(html`Verdict: ${verdictBadge(r.verdict.status, verdictLabels()[r.verdict.status])}.`)}</span
        >
        ${this.shown.costs ? html`<span class="cost" data-testid="crypto-cost">${costSentence(this.shown.costs)}</span>` : nothing}
      </p>`;
    }
    return nothing;
  }

  // ── Choosing and editing the scenario ─────────────────────────────────────────────────────

  /** Reads the scenario from the address (on load, and on back/forward) and runs it. */
  #loadFromAddress(history: History): void {
    const page = decodePageState(location.search);
    this.preset = page.preset;
    this.#setInput(page.input);
    this.problem = page.problem === undefined ? undefined : { kind: 'link', problem: page.problem };
    void this.run(history, page.problem !== undefined);
  }

  #setInput(input: ScenarioDraft): void {
    this.input = input;
    const seed = input.seed;
    this.seedText = typeof seed === 'string' ? seed : '';
    this.issues = checkScenario(input).issues;
  }

  /** An edit: validate it, and run it after a pause (an invalid one does not run). */
  #edit(input: ScenarioDraft): void {
    this.input = input;
    this.issues = checkScenario(input).issues;
    clearTimeout(this.#debounce);
    if (this.issues.length > 0) {
      this.#cancelRun();
      this.problem = { kind: 'invalid', issues: this.issues };
      return;
    }
    if (this.problem?.kind === 'invalid') this.problem = undefined;
    this.#debounce = setTimeout(() => void this.run('push'), EDIT_DEBOUNCE_MS);
  }

  #onScenarioChanged(event: ScenarioChangedEvent): void {
    this.#edit(event.detail.input);
    const seed = event.detail.input.seed;
    if (typeof seed === 'string') this.seedText = seed;
  }

  #onPresetChange(event: Event): void {
    this.preset = (event.target as HTMLSelectElement).value;
    // Another scenario by hand leaves the lesson's path: its steps start over from "Load the scenario".
    this.lessonStep = 'not-started';
    this.#setInput(completePreset(this.preset));
    this.problem = undefined;
    void this.run('push');
  }

  #onSeedInput(event: Event): void {
    this.seedText = (event.target as HTMLInputElement).value;
    const seed = this.seedText.trim() === '' ? (findPreset(this.preset)?.seed ?? '') : this.seedText;
    if (seed !== this.input.seed) this.#edit({ ...this.input, seed });
  }

  #onNewSeed(): void {
    this.seedText = randomSeed();
    this.#edit({ ...this.input, seed: this.seedText });
  }

  #onImported(event: CustomEvent<ScenarioImportedDetail>): void {
    const { input, issues } = event.detail;
    if (input === undefined || typeof input !== 'object' || input === null || Array.isArray(input)) {
      this.problem = { kind: 'invalid', issues };
      return;
    }
    this.editorOpen = true;
    this.#edit(input as ScenarioDraft);
    const seed = (input as ScenarioDraft).seed;
    this.seedText = typeof seed === 'string' ? seed : '';
  }

  /** The lesson guide asks; the page loads, moves and shows, exactly as if the user had. */
  #onLesson(event: CustomEvent<LessonEvent>): void {
    const e = event.detail;
    switch (e.kind) {
      case 'start':
        this.preset = e.lesson.preset;
        this.#setInput(completePreset(e.lesson.preset));
        this.problem = undefined;
        this.lessonStep = 'started';
        this.view = 'results';
        this.#lessonPending = { kind: 'start', lesson: e.lesson };
        void this.run('push');
        return;
      case 'move':
        this.lessonStep = 'moved';
        this.#setInput(withChanges(this.input, e.lesson.move.changes));
        this.view = e.lesson.watch.view;
        this.#lessonPending = { kind: 'move', lesson: e.lesson };
        void this.run('push');
        return;
      case 'watch':
        this.view = e.view;
        return;
      case 'go':
        this.lessonIndex = e.index;
        this.lessonStep = 'not-started';
        return;
    }
  }

  #onTeacherChange(event: Event): void {
    this.teacher = (event.target as HTMLInputElement).checked;
  }

  #onProjectorChange(event: Event): void {
    this.projector = (event.target as HTMLInputElement).checked;
    saveProjectorMode(this.projector);
  }

  #onCancel(): void {
    this.#cancelRun();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.run('push');
  }

  // ── Running ───────────────────────────────────────────────────────────────────────────────

  #cancelRun(): void {
    clearTimeout(this.#debounce);
    this.#runId++;
    this.#engine.cancel();
    this.running = false;
  }

  /**
   * Runs the scenario being edited. `history` says how the address follows; `keepProblem` keeps
   * the message about a link that could not be followed (the run shows the preset instead).
   */
  async run(history: History = 'push', keepProblem = false): Promise<void> {
    clearTimeout(this.#debounce);
    const input = this.input;
    const preset = this.preset;
    const checked = checkScenario(input);
    if (!checked.scenario) {
      this.issues = checked.issues;
      this.problem = { kind: 'invalid', issues: checked.issues };
      return;
    }
    const runId = ++this.#runId;
    this.running = true;
    this.progress = 0;
    this.stage = 'starting';
    if (!keepProblem) this.problem = undefined;
    try {
      const outcome = await this.#engine.run(checked.scenario, undefined, (fraction, stage) => {
        if (runId !== this.#runId) return;
        this.progress = fraction;
        this.stage = stage;
      });
      if (runId !== this.#runId) return;
      if (outcome.ok) {
        this.shown = this.#shownRun(outcome.result, outcome.ms, outcome.runId, outcome.costs);
        this.#writeAddress(pageQuery(checked.scenario, preset), history);
        const pending = this.#lessonPending;
        this.#lessonPending = undefined;
        if (pending) void this.#showLessonStep(pending, outcome.result);
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

  /**
   * After a lesson's run: bring what it changed into the class's view (the views, from their tabs
   * down) and say it to screen readers. "Move it" also moves the focus there; "Load the scenario"
   * leaves it on the guide, whose next button is "Move it".
   */
  async #showLessonStep(step: { readonly kind: 'start' | 'move'; readonly lesson: Lesson }, result: SimulationResult): Promise<void> {
    await this.updateComplete;
    const main = this.renderRoot.querySelector<HTMLElement>('main');
    const target = this.renderRoot.querySelector<HTMLElement>('[data-testid="lesson-target"]');
    if (!main || !target) return;
    main.scrollIntoView({ block: 'start', behavior: 'instant' });
    const verdict = verdictLabels()[result.verdict.status];
    const tab = tabs().find((t) => t.id === this.view)?.label ?? this.view;
    const text = lessonText(step.lesson);
    if (step.kind === 'move') {
      target.setAttribute('aria-label', msg(str`${tab}: what the move changed`));
      target.focus({ preventScroll: true });
      this.announcement = msg(str`Moved: ${text.moveLabel}. Now showing ${tab}. Verdict: ${verdict}. Watch: ${text.watch}`);
    } else {
      this.announcement = msg(str`Loaded ${presetTitle(step.lesson.preset, this.#observer)}. Verdict: ${verdict}.`);
    }
  }

  #writeAddress(scenarioQuery: string, history: History): void {
    const query = withLanguage(scenarioQuery, language());
    if (history === 'none' || query === location.search) return;
    const href = withQuery(location.href, query);
    if (history === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(window.history.state, '', href);
  }

  /** The worker-side handles on a finished run: every query names the run, and fails once the worker moved on. */
  #shownRun(result: SimulationResult, ms: number, runId: string, costs: CostSummary | null): ShownRun {
    const engine = this.#engine;
    const chain = result.evidence.find((e) => e.check === 'chain-walk' && e.districtId === null) ?? result.evidence.find((e) => e.check === 'chain-walk');
    return {
      result,
      ms,
      costs,
      chain: chain && { status: chain.status, detail: chain.detail, what: chain.what },
      ledger: {
        count: result.publication.ledgerEntries,
        rows: (start, end, teacher) => engine.query((w) => w.ledgerRows(runId, start, end, teacher)),
      },
      voters: {
        count: result.totals.registered,
        voter: (pick, teacher) => engine.query((w) => w.voter(runId, pick, teacher)),
        check: (index) => engine.query((w) => w.checkReceipts(runId, index)),
      },
      files: {
        record: () => engine.query((w) => w.record(runId)),
        receipts: () => engine.query((w) => w.receipts(runId)),
      },
      series: {
        runId,
        load: (binMinutes) => engine.query((w) => w.series(runId, binMinutes)),
      },
      forensics: {
        runId,
        load: (binMinutes) => engine.query((w) => w.forensics(runId, binMinutes)),
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tally-app': TallyApp;
  }
}
