/**
 * <scenario-editor>: every knob of a scenario, generated from `scenarioSchema` — a new knob in the
 * schema shows up here with no UI change. Knobs are grouped in collapsible sections; each control
 * has a label, the field's help as its description, and the validation issues about it beside it.
 *
 * Properties down: `.scenario` (the scenario to edit; after an edit the parent passes back the
 * input it received, valid or not) and `.issues` (checkScenario's issues for it).
 * Events up: `scenario-changed` with `detail.input`, a new object for every edit (not validated,
 * not debounced: the parent validates, and debounces any run it starts).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { AGE_BANDS, scenarioSchema } from '../../core/scenario/scenario.ts';
import type { ArrayField, EnumField, Field, Issue, NumberField, ObjectField, RecordField, StringField } from '../../core/scenario/schema.ts';
import { randomSeed } from './random-seed.ts';
import { scenarioEditorStyles } from './scenario-editor.styles.ts';
import { theme } from '../common/theme.styles.ts';
import {
  controlKind,
  editorSections,
  getIn,
  humanise,
  isPlainObject,
  issuesUnder,
  issueText,
  formatList,
  newRow,
  numberText,
  parseList,
  partyIds,
  pathText,
  recordKeys,
  setIn,
  singular,
  sliderStep,
  unclaimedIssues,
  type ControlKind,
  type Path,
  type Section,
} from './scenario-knobs.ts';
import { sameNumber, syncValue } from './sync-value.ts';
import { localized, msg, str } from '@lit/localize';
import { language } from '../../i18n/locale.ts';
import { russianKnobName, schemaText, schemaUnit } from '../../i18n/schema-text.ts';
import { engineText } from '../../i18n/engine-catalogue.ts';

/** A scenario as the editor holds it: the shape of a Scenario, with values not yet validated. */
export type ScenarioDraft = { readonly [key: string]: unknown };

export interface ScenarioChangedDetail {
  /** The edited scenario: a new object, not validated. */
  readonly input: ScenarioDraft;
}
export type ScenarioChangedEvent = CustomEvent<ScenarioChangedDetail>;

/** An element id for a path: `districts[0].registered` → `k-districts-0-registered`. */
const idFor = (path: string) => 'k-' + path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');

/** "1 problem", "3 problems" ("1 ошибка", "3 ошибки", "5 ошибок"). */
const problems = (n: number) => {
  const count = String(n);
  const form = language() === 'ru' ? (n % 10 === 1 && n % 100 !== 11 ? 'one' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'few' : 'many') : n === 1 ? 'one' : 'many';
  return form === 'one' ? msg(str`${count} problem`) : form === 'few' ? msg(str`${count} problems (2-4)`) : msg(str`${count} problems`);
};
/** A knob's name: its Russian name in Russian, else its key humanised. */
const knobName = (key: string) => russianKnobName(key) ?? humanise(key);

/** Where focus goes after the next render (a new row's first field, or the add button after a removal). */
type FocusTarget = string | undefined;

@localized()
@customElement('scenario-editor')
export class ScenarioEditor extends LitElement {
  static override styles = [theme, scenarioEditorStyles];

  /** The scenario to edit (complete; after an edit, the parent passes back the `input` it received). */
  @property({ attribute: false }) scenario: ScenarioDraft | undefined;
  /** Validation issues to show next to their fields (paths like `districts[3].registered`). */
  @property({ attribute: false }) issues: readonly Issue[] = [];

  /** What is shown: `scenario`, or the last edit when the parent has not passed one back yet. */
  @state() private draft: ScenarioDraft | undefined;
  /** Sections the user folded away. */
  @state() private closed: ReadonlySet<string> = new Set();

  #focusAfterRender: FocusTarget;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenario')) this.draft = this.scenario;
  }

  protected override updated(): void {
    const target = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  override render() {
    const draft = this.draft;
    if (!draft) return html`<p class="empty" data-testid="editor-empty">${msg('No scenario to edit.')}</p>`;
    const sections = editorSections();
    const topKeys = Object.keys(scenarioSchema.fields);
    const loose = unclaimedIssues(this.issues, '', topKeys);
    const total = this.issues.length;
    return html`
      <div class="summary" data-testid="editor-summary" role="status">
        ${total === 0
          ? html`<span class="ok"><span aria-hidden="true">✓</span> ${msg('Every knob is valid.')}</span>`
          : html`<span class="bad"><span aria-hidden="true">⚠</span> ${msg(str`${problems(total)}: see the marked fields.`)}</span>`}
      </div>
      ${this.#issueList(loose, '', undefined, 'editor-issues')}
      ${sections.map((s) => this.#section(s, draft))}
    `;
  }

  // ── Layout ─────────────────────────────────────────────────────────────────────────────────

  #section(section: Section, draft: ScenarioDraft): TemplateResult {
    const count = this.issues.filter((i) => section.keys.some((k) => issuesUnder([i], k).length > 0)).length;
    const open = !this.closed.has(section.id);
    const all: Readonly<Record<string, Field>> = scenarioSchema.fields;
    const fields = section.keys.map((k) => [k, all[k]] as const);
    // A section that is one object (Postponed votes = revoting) shows its fields without a second heading.
    const single = fields.length === 1 && fields[0][1].kind === 'object' ? fields[0] : undefined;
    return html`<details class="section" data-section=${section.id} ?open=${open} @toggle=${(e: Event) => this.#onToggle(section.id, e)}>
      <summary data-testid="section-summary">
        <h2>${section.title}</h2>
        ${count > 0 ? html`<span class="count" data-testid="section-issues"><span aria-hidden="true">⚠</span> ${problems(count)}</span>` : nothing}
      </summary>
      <div class="section-body">
        ${single
          ? this.#groupBody(single[1] as ObjectField, [single[0]], draft[single[0]])
          : this.#fieldsBody(
              fields,
              (k) => [k],
              (k) => draft[k],
            )}
      </div>
    </details>`;
  }

  /** Leaf knobs in a grid, then groups and tables, in schema order. */
  #fieldsBody(fields: readonly (readonly [string, Field])[], pathOf: (k: string) => Path, valueOf: (k: string) => unknown): TemplateResult {
    const leaves = fields.filter(([, f]) => !['group', 'table'].includes(controlKind(f)));
    const blocks = fields.filter(([, f]) => ['group', 'table'].includes(controlKind(f)));
    return html`${leaves.length > 0 ? html`<div class="grid">${leaves.map(([k, f]) => this.#knob(f, pathOf(k), valueOf(k), k))}</div>` : nothing}
    ${blocks.map(([k, f]) => (f.kind === 'object' ? this.#group(f, pathOf(k), valueOf(k), k) : this.#table(f as ArrayField, pathOf(k), valueOf(k), k)))}`;
  }

  #group(field: ObjectField, path: Path, value: unknown, key: string): TemplateResult {
    const p = pathText(path);
    return html`<fieldset class="group" data-group=${p} aria-describedby=${`${idFor(p)}-help`}>
      <legend><h3>${knobName(key)}</h3></legend>
      ${this.#groupBody(field, path, value)}
    </fieldset>`;
  }

  #groupBody(field: ObjectField, path: Path, value: unknown): TemplateResult {
    const p = pathText(path);
    const obj = isPlainObject(value) ? value : {};
    const loose = unclaimedIssues(
      this.issues,
      p,
      Object.keys(field.fields).map((k) => `${p}.${k}`),
    );
    return html`<p class="group-help" id=${`${idFor(p)}-help`}>${schemaText(field.help)}</p>
      ${this.#issueList(loose, p)}
      ${this.#fieldsBody(
        Object.entries(field.fields),
        (k) => [...path, k],
        (k) => obj[k],
      )}`;
  }

  // ── One knob ───────────────────────────────────────────────────────────────────────────────

  #knob(field: Field, path: Path, value: unknown, key: string): TemplateResult {
    const p = pathText(path);
    const kind = controlKind(field);
    const id = idFor(p);
    const issues = issuesUnder(this.issues, p);
    const describedBy = this.#describedBy(id, issues);
    const label = knobName(key);
    const unit = field.kind === 'number' && field.unit ? schemaUnit(field.unit) : undefined;
    const wide = kind === 'text' ? 'full' : field.kind === 'enum' ? enumWidth(field) : '';
    const labelEl = html`<label id=${`${id}-label`} for=${id}>${label}${unit ? html` <span class="unit">(${unit})</span>` : nothing}</label>`;
    let body: TemplateResult;
    switch (kind) {
      case 'number': {
        const f = field as NumberField;
        const step = sliderStep(f);
        const shown = typeof value === 'number' && Number.isFinite(value) ? Math.min(f.max, Math.max(f.min, value)) : f.default;
        body = html`${labelEl}
          <div class="number-row">
            <input
              type="range"
              id=${`${id}-slider`}
              min=${f.min}
              max=${f.max}
              step=${step}
              aria-labelledby=${`${id}-label`}
              aria-label=${unit ? `${label} (${unit})` : label}
              aria-describedby=${describedBy}
              aria-valuetext=${unit ? `${shown} ${unit}` : String(shown)}
              data-path=${p}
              data-role="slider"
              .value=${syncValue(String(shown))}
              @input=${(e: Event) => this.#set(path, Number((e.target as HTMLInputElement).value))}
            />
            ${this.#numberInput(f, path, value, id, describedBy, issues, step)}
          </div>`;
        break;
      }
      case 'per-age':
        body = html`<fieldset class="per-age" aria-describedby=${describedBy}>
          <legend id=${`${id}-label`}>${label}</legend>
          ${this.#perAge(field as ArrayField, path, value, id, describedBy, issues, `${id}-label`)}
        </fieldset>`;
        break;
      case 'boolean':
        body = html`<label class="check" id=${`${id}-label`}>
          <input
            type="checkbox"
            id=${id}
            data-path=${p}
            data-role="checkbox"
            aria-describedby=${describedBy}
            aria-invalid=${issues.length > 0 ? 'true' : 'false'}
            .checked=${live(value === true)}
            @change=${(e: Event) => this.#set(path, (e.target as HTMLInputElement).checked)}
          />
          ${label}
        </label>`;
        break;
      default:
        body = html`${labelEl}
          <div class="control-row">
            ${this.#control(field, kind, path, value, id, describedBy, issues)}
            ${p === 'seed'
              ? html`<button type="button" class="secondary" data-testid="new-seed" aria-describedby=${`${id}-help`} @click=${() => this.#set(path, randomSeed())}>
                  ${msg('New seed')}
                </button>`
              : nothing}
          </div>`;
    }
    const listHint = kind === 'list' ? ` ${listHelp(field as ArrayField)}` : '';
    return html`<div class="knob kind-${kind} ${wide} ${issues.length > 0 ? 'invalid' : ''}" data-knob=${p} data-kind=${kind}>
      ${body}
      <p class="help" id=${`${id}-help`}>${schemaText(field.help)}${listHint}</p>
      ${this.#issueList(issues, p, kind, undefined, `${id}-issues`)}
    </div>`;
  }

  /** The control for a string, enum, list, record or JSON knob (also used in table cells). */
  #control(field: Field, kind: ControlKind, path: Path, value: unknown, id: string, describedBy: string, issues: readonly Issue[], labelledBy?: string): TemplateResult {
    const p = pathText(path);
    const invalid = issues.length > 0 ? 'true' : 'false';
    switch (kind) {
      case 'string': {
        const f = field as StringField;
        const parties = /\bparty id\b/i.test(f.help) ? partyIds(this.draft) : [];
        return html`<input
            type="text"
            id=${id}
            data-path=${p}
            data-role="text"
            autocomplete="off"
            spellcheck="false"
            placeholder=${f.default}
            list=${parties.length > 0 ? `${id}-parties` : nothing}
            aria-labelledby=${labelledBy ?? nothing}
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            .value=${syncValue(typeof value === 'string' ? value : value === undefined ? '' : String(value))}
            @input=${(e: Event) => this.#set(path, (e.target as HTMLInputElement).value)}
          />${parties.length > 0 ? html`<datalist id=${`${id}-parties`}>${parties.map((v) => html`<option value=${v}></option>`)}</datalist>` : nothing}`;
      }
      case 'text':
        return html`<textarea
          id=${id}
          data-path=${p}
          data-role="textarea"
          rows="3"
          aria-labelledby=${labelledBy ?? nothing}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          .value=${syncValue(typeof value === 'string' ? value : '')}
          @input=${(e: Event) => this.#set(path, (e.target as HTMLTextAreaElement).value)}
        ></textarea>`;
      case 'enum': {
        const f = field as EnumField;
        const known = typeof value === 'string' && f.values.includes(value);
        return html`<select
          id=${id}
          data-path=${p}
          data-role="select"
          aria-labelledby=${labelledBy ?? nothing}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @change=${(e: Event) => this.#set(path, (e.target as HTMLSelectElement).value)}
        >
          ${f.values.map((v) => html`<option value=${v} ?selected=${v === value}>${f.labels?.[v] ? schemaText(f.labels[v]) : v}</option>`)}
          ${known ? nothing : html`<option value="" disabled selected>${value === undefined ? msg('(none)') : msg(str`${String(value)} (not valid)`)}</option>`}
        </select>`;
      }
      case 'boolean':
        return html`<input
          type="checkbox"
          id=${id}
          data-path=${p}
          data-role="checkbox"
          aria-labelledby=${labelledBy ?? nothing}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          .checked=${live(value === true)}
          @change=${(e: Event) => this.#set(path, (e.target as HTMLInputElement).checked)}
        />`;
      case 'number':
        return this.#numberInput(field as NumberField, path, value, id, describedBy, issues, sliderStep(field as NumberField), labelledBy);
      case 'list': {
        const item = (field as ArrayField).items;
        return html`<input
          type="text"
          id=${id}
          class="list"
          data-path=${p}
          data-role="list"
          autocomplete="off"
          spellcheck="false"
          inputmode=${item.kind === 'number' ? 'decimal' : nothing}
          aria-labelledby=${labelledBy ?? nothing}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          .value=${syncValue(formatList(value), (shown) => formatList(parseList(shown, item)) === formatList(value))}
          @change=${(e: Event) => this.#set(path, parseList((e.target as HTMLInputElement).value, item))}
        />`;
      }
      case 'record':
        return this.#record(field as RecordField, path, value, id, describedBy, labelledBy);
      case 'per-age':
        return this.#perAge(field as ArrayField, path, value, id, describedBy, issues, labelledBy);
      default:
        return this.#json(path, value, id, describedBy, invalid, labelledBy);
    }
  }

  #numberInput(
    f: NumberField,
    path: Path,
    value: unknown,
    id: string,
    describedBy: string,
    issues: readonly Issue[],
    step: number,
    labelledBy?: string,
  ): TemplateResult {
    return html`<input
      type="number"
      id=${id}
      min=${f.min}
      max=${f.max}
      step=${step}
      data-path=${pathText(path)}
      data-role="number"
      aria-labelledby=${labelledBy ?? nothing}
      aria-describedby=${describedBy}
      aria-invalid=${issues.length > 0 ? 'true' : 'false'}
      .value=${syncValue(numberText(value), sameNumber(value))}
      @input=${(e: Event) => this.#onNumberInput(path, e)}
      @change=${(e: Event) => this.#onNumberChange(path, e)}
    />`;
  }

  #perAge(field: ArrayField, path: Path, value: unknown, id: string, describedBy: string, issues: readonly Issue[], labelledBy?: string): TemplateResult {
    const item = field.items as NumberField;
    const values = Array.isArray(value) ? value : [];
    const step = sliderStep(item);
    return html`<div class="bands">
      ${AGE_BANDS.map((band, i) => {
        const bandId = `${id}-${i}`;
        return html`<div class="band">
          <label for=${bandId} id=${`${bandId}-label`}>${band}</label>
          ${this.#numberInput(
            item,
            [...path, i],
            values[i],
            bandId,
            describedBy,
            issues.filter((x) => x.path === `${pathText(path)}[${i}]` || x.path === pathText(path)),
            step,
            labelledBy ? `${labelledBy} ${bandId}-label` : undefined,
          )}
        </div>`;
      })}
    </div>`;
  }

  /** One input per party id (and per key that names no party, so nothing is hidden); empty removes the key. */
  #record(field: RecordField, path: Path, value: unknown, id: string, describedBy: string, labelledBy?: string): TemplateResult {
    const obj = isPlainObject(value) ? value : {};
    const keys = recordKeys(value, partyIds(this.draft));
    const values = field.values;
    return html`<div class="record" role="group" aria-labelledby=${labelledBy ?? `${id}-label`} data-path=${pathText(path)}>
      ${keys.map((k) => {
        const keyId = `${id}-${k.replace(/[^A-Za-z0-9]+/g, '-')}`;
        const keyPath = [...path, k];
        const v = obj[k];
        const invalid = issuesUnder(this.issues, pathText(keyPath)).length > 0 ? 'true' : 'false';
        const names = labelledBy ? `${labelledBy} ${keyId}-label` : nothing;
        return html`<label for=${keyId} id=${`${keyId}-label`}>${k}</label>
          ${values.kind === 'number'
            ? html`<input
                type="number"
                id=${keyId}
                min=${values.min}
                max=${values.max}
                step=${sliderStep(values)}
                placeholder=${String(values.default)}
                data-path=${pathText(keyPath)}
                data-role="number"
                aria-labelledby=${names}
                aria-describedby=${describedBy}
                aria-invalid=${invalid}
                .value=${syncValue(numberText(v), sameNumber(v))}
                @input=${(e: Event) => this.#onRecordNumber(keyPath, e)}
                @change=${(e: Event) => this.#onRecordNumber(keyPath, e)}
              />`
            : html`<input
                type="text"
                id=${keyId}
                placeholder=${values.kind === 'string' ? values.default : ''}
                autocomplete="off"
                data-path=${pathText(keyPath)}
                data-role="text"
                aria-labelledby=${names}
                aria-describedby=${describedBy}
                aria-invalid=${invalid}
                .value=${syncValue(typeof v === 'string' ? v : v === undefined ? '' : String(v))}
                @input=${(e: Event) => {
                  const text = (e.target as HTMLInputElement).value;
                  this.#set(keyPath, text === '' ? undefined : text);
                }}
              />`}`;
      })}
    </div>`;
  }

  /** A fallback for shapes the editor has no control for: the value's JSON. */
  #json(path: Path, value: unknown, id: string, describedBy: string, invalid: string, labelledBy?: string): TemplateResult {
    return html`<textarea
      id=${id}
      class="json"
      rows="3"
      spellcheck="false"
      data-path=${pathText(path)}
      data-role="json"
      aria-labelledby=${labelledBy ?? nothing}
      aria-describedby=${describedBy}
      aria-invalid=${invalid}
      .value=${syncValue(JSON.stringify(value) ?? '')}
      @change=${(e: Event) => {
        const text = (e.target as HTMLTextAreaElement).value;
        try {
          this.#set(path, JSON.parse(text));
        } catch {
          this.#set(path, text);
        }
      }}
    ></textarea>`;
  }

  // ── Tables ─────────────────────────────────────────────────────────────────────────────────

  #table(field: ArrayField, path: Path, value: unknown, key: string): TemplateResult {
    const p = pathText(path);
    const id = idFor(p);
    const item = field.items as ObjectField;
    const columns = Object.entries(item.fields);
    const rows = Array.isArray(value) ? value : [];
    const noun = singular(key);
    const nounName = knobName(noun).toLowerCase();
    const cellPaths = rows.flatMap((_, i) => columns.map(([c]) => `${p}[${i}].${c}`));
    const loose = unclaimedIssues(this.issues, p, cellPaths);
    const atMax = rows.length >= field.maxItems;
    const atMin = rows.length <= field.minItems;
    const tableIssues = issuesUnder(this.issues, p);
    return html`<section class="knob table-knob ${tableIssues.length > 0 ? 'invalid' : ''}" data-knob=${p} data-kind="table" aria-labelledby=${`${id}-label`}>
      <h3 id=${`${id}-label`}>${knobName(key)} <span class="rows-count">(${rows.length})</span></h3>
      <p class="help" id=${`${id}-help`}>${schemaText(field.help)} ${msg(str`From ${field.minItems} to ${field.maxItems} rows.`)}</p>
      ${this.#issueList(loose, p, 'table', undefined, `${id}-issues`)}
      <div class="table-scroll ${rows.length === 0 ? 'empty' : ''}">
        <table data-testid=${`table:${p}`} aria-labelledby=${`${id}-label`} aria-describedby=${`${id}-help`}>
          <thead>
            <tr>
              <th scope="col" class="row-number"><span class="visually-hidden">${msg('Row')}</span>#</th>
              ${columns.map(
                ([c, f]) =>
                  html`<th scope="col" data-column=${c} id=${`${id}-col-${c}`}>
                    ${knobName(c)}${f.kind === 'number' && f.unit ? html` <span class="unit">(${schemaUnit(f.unit)})</span>` : nothing}
                  </th>`,
              )}
              <th scope="col"><span class="visually-hidden">${msg('Remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((row, i) => this.#row(columns, path, row, i, noun, id, atMin))}
            ${rows.length === 0
              ? html`<tr class="empty-row">
                  <td colspan=${columns.length + 2}>${msg(str`None yet: “Add ${nounName}” below adds one.`)}</td>
                </tr>`
              : nothing}
          </tbody>
        </table>
      </div>
      <div class="table-actions">
        <button
          type="button"
          class="add"
          data-testid=${`add-row:${p}`}
          ?disabled=${atMax}
          aria-describedby=${`${id}-help`}
          @click=${() => this.#addRow(field, path, rows, key)}
        >
          <span aria-hidden="true">+</span> ${msg(str`Add ${nounName}`)}
        </button>
        ${atMax ? html`<span class="help">${msg(str`At most ${field.maxItems}.`)}</span>` : nothing}
      </div>
      <dl class="column-help">
        ${columns.map(([c, f]) => html`<div><dt>${knobName(c)}</dt><dd id=${`${id}-col-${c}-help`}>${schemaText(f.help)}${controlKind(f) === 'list' ? ` ${listHelp(f as ArrayField)}` : ''}</dd></div>`)}
      </dl>
    </section>`;
  }

  #row(columns: readonly (readonly [string, Field])[], path: Path, row: unknown, i: number, noun: string, tableId: string, atMin: boolean): TemplateResult {
    const obj = isPlainObject(row) ? row : {};
    const rowPath = [...path, i];
    const rp = pathText(rowPath);
    const rowName = typeof obj.name === 'string' && obj.name !== '' ? obj.name : `${noun} ${i + 1}`;
    const rowLabelId = `${idFor(rp)}-row`;
    return html`<tr data-row=${i} data-path=${rp}>
      <th scope="row" class="row-number" id=${rowLabelId}><span class="visually-hidden">${knobName(noun)} </span>${i + 1}</th>
      ${columns.map(([c, f]) => {
        const cellPath = [...rowPath, c];
        const cp = pathText(cellPath);
        const id = idFor(cp);
        const kind = controlKind(f);
        const issues = issuesUnder(this.issues, cp);
        const describedBy = [`${tableId}-col-${c}-help`, issues.length > 0 ? `${id}-issues` : ''].filter(Boolean).join(' ');
        const labelText = `${knobName(c)}, ${knobName(noun).toLowerCase()} ${i + 1}${rowName !== `${noun} ${i + 1}` ? ` (${rowName})` : ''}`;
        const grouped = kind === 'record' || kind === 'per-age';
        return html`<td data-column=${c} class=${`cell-${kind} ${issues.length > 0 ? 'invalid' : ''}`}>
          <label class="visually-hidden" id=${`${id}-label`} for=${grouped ? nothing : id}>${labelText}</label>
          ${this.#control(f, kind, cellPath, obj[c], id, describedBy, issues, grouped ? `${id}-label` : undefined)}
          ${f.kind === 'enum' && enumWidth(f) === 'full' ? html`<div class="chosen" aria-hidden="true">${schemaText(f.labels?.[obj[c] as string] ?? '')}</div>` : nothing}
          ${this.#issueList(issues, cp, kind, undefined, `${id}-issues`)}
        </td>`;
      })}
      <td class="remove">
        <button
          type="button"
          data-testid=${`remove-row:${rp}`}
          aria-label=${msg(str`Remove ${`${knobName(noun).toLowerCase()} ${i + 1}${rowName !== `${noun} ${i + 1}` ? ` (${rowName})` : ''}`}`)}
          title=${msg('Remove this row')}
          ?disabled=${atMin}
          @click=${() => this.#removeRow(path, i)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </td>
    </tr>`;
  }

  // ── Issues ─────────────────────────────────────────────────────────────────────────────────

  #describedBy(id: string, issues: readonly Issue[]): string {
    return issues.length > 0 ? `${id}-help ${id}-issues` : `${id}-help`;
  }

  #issueList(issues: readonly Issue[], controlPath: string, kind?: ControlKind, testid = 'issues', id?: string) {
    if (issues.length === 0) return nothing;
    return html`<ul class="issues" id=${id ?? nothing} data-testid=${testid}>
      ${issues.map(
        (issue) =>
          html`<li role="alert" data-testid="issue" data-issue-path=${issue.path} title=${`${issue.path}: ${engineText(issue.message)}`}>
            <span class="sign" aria-hidden="true">⚠</span>
            ${controlPath === '' ? html`<code>${issue.path}</code>: ${engineText(issue.message)}` : issueText({ ...issue, message: engineText(issue.message) }, controlPath, kind)}
          </li>`,
      )}
    </ul>`;
  }

  // ── Edits ──────────────────────────────────────────────────────────────────────────────────

  #set(path: Path, value: unknown): void {
    const input = setIn(this.draft ?? {}, path, value) as ScenarioDraft;
    this.draft = input;
    this.dispatchEvent(new CustomEvent<ScenarioChangedDetail>('scenario-changed', { detail: { input }, bubbles: true, composed: true }));
  }

  /** A number as it is typed: sent once it parses (a lone `-` waits); emptied, it waits for the change. */
  #onNumberInput(path: Path, e: Event): void {
    const el = e.target as HTMLInputElement;
    if (el.validity.badInput || el.value === '') return;
    this.#set(path, el.valueAsNumber);
  }

  /** Left empty (or unreadable), the field holds no number: the parent's validation says so. */
  #onNumberChange(path: Path, e: Event): void {
    const el = e.target as HTMLInputElement;
    if (el.value === '' && getIn(this.draft, path) !== null) this.#set(path, null);
  }

  /** In a record, an empty number removes the key (the default applies). */
  #onRecordNumber(path: Path, e: Event): void {
    const el = e.target as HTMLInputElement;
    if (el.validity.badInput) return;
    if (el.value === '') {
      if (getIn(this.draft, path) !== undefined) this.#set(path, undefined);
      return;
    }
    if (getIn(this.draft, path) !== el.valueAsNumber) this.#set(path, el.valueAsNumber);
  }

  #addRow(field: ArrayField, path: Path, rows: readonly unknown[], key: string): void {
    if (rows.length >= field.maxItems) return;
    const p = pathText(path);
    this.#set(path, [...rows, newRow(field, rows, key)]);
    this.#focusAfterRender = `[data-path="${p}[${rows.length}]"] td [data-path]`;
  }

  #removeRow(path: Path, index: number): void {
    const rows = getIn(this.draft, path);
    if (!Array.isArray(rows)) return;
    const p = pathText(path);
    const next = rows.filter((_, i) => i !== index);
    this.#set(path, next);
    // Focus the remove button now in this place (the next row's), else the add button.
    this.#focusAfterRender = index < next.length ? `[data-testid="remove-row:${p}[${index}]"]` : `[data-testid="add-row:${p}"]`;
  }

  #onToggle(id: string, e: Event): void {
    const open = (e.target as HTMLDetailsElement).open;
    if (open === !this.closed.has(id)) return;
    const closed = new Set(this.closed);
    if (open) closed.delete(id);
    else closed.add(id);
    this.closed = closed;
  }
}

/** How much of a row an enum's select needs to show its labels whole: '' (one column), 'double' or 'full'. */
function enumWidth(field: EnumField): string {
  const longest = Math.max(0, ...field.values.map((v) => (field.labels?.[v] ?? v).length));
  return longest > 50 ? 'full' : longest > 22 ? 'double' : '';
}

/** "Separate values with commas (1 to 14 values)." */
function listHelp(field: ArrayField): string {
  if (field.minItems === field.maxItems) return msg(str`Separate values with commas (${field.minItems} values).`);
  return msg(str`Separate values with commas (${field.minItems} to ${field.maxItems} values).`);
}

declare global {
  interface HTMLElementTagNameMap {
    'scenario-editor': ScenarioEditor;
  }
  interface HTMLElementEventMap {
    'scenario-changed': ScenarioChangedEvent;
  }
}
