/**
 * <file-panel>: the run's files to download — the result (JSON), the district table (CSV), the
 * public election record and the voters' receipts (both from the engine worker, in the formats
 * `npm run verify` reads), the scenario itself — and a scenario file to import.
 *
 * Properties down: `.result`, `.scenario` (the scenario being edited, for "Save scenario"),
 * `.worker` (RunFiles: the record and receipts of the run shown).
 * Events up: `scenario-imported` ({ input, issues, fileName }) after a file was read: the parent
 * shows its issues in the editor.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { MAX_SCENARIO_BYTES, type Issue, type SimulationResult } from '../../../core/index.ts';
import { districtsCsv } from './districts-csv.ts';
import { downloadText, fileSlug } from '../../common/download.ts';
import { filePanelStyles } from './file-panel.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import { formControlStyles } from '../../common/form-controls.styles.ts';
import { exportScenarioFile, importScenarioFile, scenarioFileName } from '../../controls/scenario-file.ts';
import { localized, msg, str } from '@lit/localize';

export interface RunFiles {
  record(): Promise<string>;
  receipts(): Promise<string>;
}

export interface ScenarioImportedDetail {
  /** The file's JSON (undefined when it is not JSON). */
  readonly input: unknown;
  readonly issues: readonly Issue[];
  readonly fileName: string;
}

@localized()
@customElement('file-panel')
export class FilePanel extends LitElement {
  static override styles = [theme, formControlStyles, filePanelStyles];

  @property({ attribute: false }) result: SimulationResult | undefined;
  @property({ attribute: false }) scenario: unknown;
  @property({ attribute: false }) worker: RunFiles | undefined;

  @state() private message = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('result')) this.message = '';
  }

  override render() {
    const r = this.result;
    const base = r ? `${fileSlug(r.scenarioName)}-${fileSlug(r.seed, 'seed')}` : '';
    return html`<div class="row" role="group" aria-label=${msg('Download')}>
        <span class="label">${msg('Download')}</span>
        <button type="button" data-testid="export-result" ?disabled=${!r} @click=${() => r && downloadText(`${JSON.stringify(r, null, 2)}\n`, `${base}.result.json`)}>
          ${msg('Result (JSON)')}
        </button>
        <button type="button" data-testid="export-csv" ?disabled=${!r} @click=${() => r && downloadText(districtsCsv(r), `${base}.districts.csv`, 'text/csv')}>
          ${msg('Districts (CSV)')}
        </button>
        <button type="button" data-testid="export-record" ?disabled=${!r || !this.worker} @click=${() => this.#fromWorker('record', `${base}.record.json`)}>
          ${msg('Election record')}
        </button>
        <button type="button" data-testid="export-receipts" ?disabled=${!r || !this.worker} @click=${() => this.#fromWorker('receipts', `${base}.receipts.json`)}>
          ${msg('Receipts')}
        </button>
        <button
          type="button"
          data-testid="export-scenario"
          ?disabled=${this.scenario === undefined}
          @click=${() => downloadText(exportScenarioFile(this.scenario), scenarioFileName(this.scenario))}
        >
          ${msg('Scenario file')}
        </button>
      </div>
      <div class="row">
        <label class="label" for="import">${msg('Open a scenario file')}</label>
        <input id="import" type="file" accept=".json,application/json" data-testid="import-scenario" @change=${this.#onImport} />
      </div>
      ${this.message ? html`<p class="message" role="status" data-testid="file-message">${this.message}</p>` : nothing}
      <p class="help">${msg(html`The record and receipts are what <code>npm run verify -- record.json --receipts receipts.json</code> checks.`)}</p>`;
  }

  async #fromWorker(what: 'record' | 'receipts', fileName: string): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      downloadText(await worker[what](), fileName);
      this.message = '';
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      this.message = what === 'record' ? msg(str`Could not get the record: ${why}`) : msg(str`Could not get the receipts: ${why}`);
    }
  }

  async #onImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (file.size > MAX_SCENARIO_BYTES) {
      // Not even read: a scenario is well under a megabyte, and a huge file would freeze the page.
      this.message = msg(str`${file.name} is ${Math.round(file.size / 1048576)} MB: a scenario file is at most ${MAX_SCENARIO_BYTES / 1048576} MB.`);
      return;
    }
    const read = importScenarioFile(await file.text());
    this.message =
      read.issues.length === 0
        ? msg(str`Opened ${file.name}.`)
        : msg(str`${file.name} has problems (${read.issues.length}): see the fields marked in the scenario editor.`);
    this.dispatchEvent(
      new CustomEvent<ScenarioImportedDetail>('scenario-imported', { detail: { input: read.input, issues: read.issues, fileName: file.name }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'file-panel': FilePanel;
  }
}
