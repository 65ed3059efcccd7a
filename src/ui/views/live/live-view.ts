/**
 * <live-view>: the Live tab, the teacher's side of a class election on the classroom server
 * (`npm run classroom`). It finds the server (and says plainly how to start one when there is
 * none), asks for the teacher secret the server printed, creates the election, shows the join code
 * and its QR code, opens and closes voting, follows turnout and the ledger as they grow (Server-
 * Sent Events), passes on paper counts, recounts and attacks, and shows the verdict, evidence and
 * recounts with the results tab's own elements. It exports the class file and loads one later.
 * Everything it shows is computed by the engine (on the server, or on a loaded file's record).
 */
import { msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import QRCode from 'qrcode';
import { loadClassFile, type SimulationResult } from '../../../core/index.ts';
import { language } from '../../../i18n/locale.ts';
import { downloadText } from '../../common/download.ts';
import { formControlStyles } from '../../common/form-controls.styles.ts';
import { ClassroomError, classroomBase, classroomCall, findServer, loadSecret, saveSecret, type TeacherState } from './live-client.ts';
import type { OperatorActionDetail } from './live-operator.ts';
import type { ElectionRequestedDetail } from './live-setup.ts';
import { liveViewStyles } from './live-view.styles.ts';
import './live-operator.ts';
import './live-setup.ts';

/** Loaded class files beyond this are refused before parsing (a class of 2,400 is far smaller). */
const MAX_CLASS_FILE_BYTES = 20 * 1024 * 1024;

@customElement('live-view')
export class LiveView extends LitElement {
  static override styles = [formControlStyles, liveViewStyles];

  /** Show the ground truth (the teacher toggle of the page). */
  @property({ type: Boolean }) teacher = false;

  @state() private server: 'looking' | 'none' | 'found' = 'looking';
  @state() private phoneUrl = '';
  @state() private authed = false;
  @state() private data: TeacherState | null = null;
  @state() private qr = '';
  @state() private busy = false;
  @state() private problem = '';
  @state() private loaded: { name: string; result: SimulationResult } | null = null;
  #events: EventSource | null = null;
  #qrFor = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#events?.close();
    this.#events = null;
  }

  async #connect(): Promise<void> {
    this.server = 'looking';
    const phone = await findServer();
    if (phone === null) {
      this.server = 'none';
      return;
    }
    this.server = 'found';
    this.phoneUrl = phone;
    if (loadSecret()) await this.#refresh();
  }

  async #refresh(): Promise<void> {
    try {
      this.data = await classroomCall<TeacherState>('/api/teacher/state');
      this.authed = true;
      this.problem = '';
      this.#listen();
      await this.#drawQr();
    } catch (err) {
      this.authed = false;
      this.problem = this.#explain(err);
    }
  }

  #listen(): void {
    if (this.#events) return;
    this.#events = new EventSource(`${classroomBase()}/api/events`);
    let pending = false;
    this.#events.addEventListener('status', () => {
      if (pending) return;
      pending = true;
      // One refresh at a time: a burst of ballots is one update of the page.
      void this.#refresh().finally(() => (pending = false));
    });
  }

  async #drawQr(): Promise<void> {
    const code = this.data?.election?.joinCode;
    if (!code) return;
    // The phones open in the teacher's language unless their browser is told otherwise by the link.
    const url = `${this.phoneUrl}?code=${code}${language() === 'ru' ? '&lang=ru' : ''}`;
    if (url === this.#qrFor) return;
    this.#qrFor = url;
    this.qr = await QRCode.toDataURL(url, { margin: 1, width: 240 });
  }

  #explain(err: unknown): string {
    if (err instanceof ClassroomError) {
      if (err.status === 0) return msg('The classroom server stopped answering. Is it still running?');
      if (err.status === 401 || err.status === 403) return msg('The server refused the teacher secret: type the one it printed at start-up.');
      return err.message;
    }
    return err instanceof Error ? err.message : String(err);
  }

  async #do(path: string, body: Record<string, unknown> = {}): Promise<void> {
    this.busy = true;
    try {
      await classroomCall(path, body);
      this.problem = '';
      await this.#refresh();
    } catch (err) {
      this.problem = this.#explain(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<h2>${msg('Live classroom')}</h2>
      ${this.#renderServer()} ${this.problem ? html`<p class="problem" role="alert" data-testid="live-problem">${this.problem}</p>` : nothing} ${this.#renderLoad()}`;
  }

  #renderServer() {
    if (this.server === 'looking') return html`<p data-testid="live-looking">${msg('Looking for the classroom server…')}</p>`;
    if (this.server === 'none') {
      return html`<div class="note" data-testid="live-no-server">
        <p><strong>${msg('No classroom server is running here.')}</strong> ${msg('The sandbox alone cannot run a class election: students’ phones need a server to vote on.')}</p>
        <p>${msg('Start one on this laptop with')} <code>npm run classroom</code> ${msg('(add')} <code>-- --host 0.0.0.0</code> ${msg('to let phones on the Wi-Fi in), then open the address it prints and type the teacher secret it shows.')}</p>
        <button type="button" @click=${() => void this.#connect()} data-testid="live-retry">${msg('Look again')}</button>
      </div>`;
    }
    if (!this.authed) {
      return html`<form class="row" data-testid="live-secret-form" @submit=${this.#onSecret}>
        <label>${msg('Teacher secret (printed by the server at start-up)')}<input name="secret" type="password" autocomplete="off" data-testid="live-secret" /></label>
        <button type="submit" class="primary" data-testid="live-secret-submit">${msg('Unlock')}</button>
      </form>`;
    }
    const e = this.data?.election ?? null;
    const setup = html`<live-setup ?busy=${this.busy} @election-requested=${(ev: CustomEvent<ElectionRequestedDetail>) => void this.#do('/api/teacher/elections', { setup: ev.detail.setup })}></live-setup>`;
    if (!e) return setup;
    return html`${this.#renderElection(e)} ${e.phase === 'published' || e.phase === 'setup' ? html`<details class="new"><summary>${msg('Set up a new election')}</summary>${setup}</details>` : nothing}`;
  }

  #renderElection(e: NonNullable<TeacherState['election']>) {
    const voted = e.groups.reduce((a, g) => a + g.voted, 0);
    const students = e.groups.reduce((a, g) => a + g.students, 0);
    const phase = { setup: msg('not open yet'), open: msg('open'), closed: msg('closed'), published: msg('published') }[e.phase];
    const result = this.data?.result ?? null;
    return html`<section class="election" data-testid="live-election" data-phase=${e.phase}>
        <div class="join">
          ${this.qr ? html`<img src=${this.qr} alt=${msg('QR code of the phone page with the join code')} width="240" height="240" data-testid="live-qr" />` : nothing}
          <div>
            <p>${msg('Join code')}</p>
            <p class="code" data-testid="live-join-code">${e.joinCode}</p>
            <p class="url">${this.phoneUrl}</p>
            <p>${msg(str`${e.name}: voting is ${phase}.`)}</p>
          </div>
        </div>
        <div class="row">
          <button type="button" class="primary" ?disabled=${this.busy || e.phase !== 'setup'} data-testid="live-open" @click=${() => void this.#do('/api/teacher/open')}>${msg('Open voting')}</button>
          <button type="button" ?disabled=${this.busy || e.phase !== 'open'} data-testid="live-close" @click=${() => void this.#do('/api/teacher/close')}>${msg('Close voting')}</button>
          <button type="button" ?disabled=${this.busy || e.phase !== 'closed'} data-testid="live-publish" @click=${() => void this.#do('/api/teacher/publish')}>${msg('Publish the results')}</button>
        </div>
        <table data-testid="live-turnout">
          <thead>
            <tr><th>${msg('Group')}</th><th>${msg('Joined')}</th><th>${msg('Voted')}</th><th>${msg('Students')}</th></tr>
          </thead>
          <tbody>
            ${e.groups.map((g) => html`<tr><td>${g.name}</td><td>${g.joined}</td><td data-testid=${`voted-${g.id}`}>${g.voted}</td><td>${g.students}</td></tr>`)}
          </tbody>
        </table>
        <p data-testid="live-ledger" data-entries=${e.ledgerEntries}>
          ${msg(str`${voted} of ${students} students have voted. The ledger holds ${e.ledgerEntries} entries; ${e.checkpoints} signed checkpoints.`)}
          ${e.ledgerHead ? html`<span class="hash">${msg(str`Head: ${e.ledgerHead.slice(0, 16)}…`)}</span>` : nothing}
        </p>
        ${e.phase === 'published' ? html`<p data-testid="live-checked">${msg(str`${e.checked} students have checked their receipts (${e.askedToCheck} were asked to).`)}</p>` : nothing}
        <live-operator .state=${e} ?busy=${this.busy} @operator-action=${(ev: CustomEvent<OperatorActionDetail>) => void this.#do(ev.detail.path, ev.detail.body)}></live-operator>
      </section>
      ${result
        ? html`<section data-testid="live-result">
            <div class="row">
              <button type="button" data-testid="live-export" @click=${() => void this.#export(false)}>${msg('Export the class file')}</button>
              <button type="button" data-testid="live-export-record" @click=${() => void this.#export(true)}>${msg('Export the election record')}</button>
            </div>
            ${this.#renderResult(result)}
          </section>`
        : nothing}`;
  }

  #renderResult(r: SimulationResult) {
    return html`<verdict-banner .result=${r}></verdict-banner>
      ${this.teacher ? html`<teacher-panel .result=${r}></teacher-panel>` : nothing}
      <district-table .result=${r} ?teacher=${this.teacher}></district-table>
      <evidence-panel .result=${r}></evidence-panel>`;
  }

  #renderLoad() {
    return html`<section class="load" data-testid="live-load">
      <h3>${msg('Load a class file')}</h3>
      <p>${msg('A class file exported here earlier: its record is checked again, and its verdict, evidence and recounts shown.')}</p>
      <label>${msg('Class file (.class.json)')} <input type="file" accept=".json,application/json" data-testid="live-load-file" @change=${this.#onLoad} /></label>
      ${this.loaded ? html`<div data-testid="live-loaded"><p>${msg(str`Loaded ${this.loaded.name}.`)}</p>${this.#renderResult(this.loaded.result)}</div>` : nothing}
    </section>`;
  }

  async #onSecret(e: Event): Promise<void> {
    e.preventDefault();
    saveSecret(String(new FormData(e.target as HTMLFormElement).get('secret') ?? '').trim());
    await this.#refresh();
  }

  async #export(recordOnly: boolean): Promise<void> {
    try {
      const json = recordOnly ? await classroomCall('/api/record') : await classroomCall('/api/teacher/export');
      const slug = (this.data?.election?.name ?? 'class').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'class';
      downloadText(JSON.stringify(json), recordOnly ? `${slug}.record.json` : `${slug}.class.json`);
    } catch (err) {
      this.problem = this.#explain(err);
    }
  }

  async #onLoad(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_CLASS_FILE_BYTES) {
      this.problem = msg(str`${file.name} is larger than ${MAX_CLASS_FILE_BYTES / 1024 / 1024} MB: not a class file.`);
      return;
    }
    try {
      const json: unknown = JSON.parse(await file.text());
      this.loaded = { name: file.name, result: loadClassFile(json).result };
      this.problem = '';
    } catch (err) {
      this.loaded = null;
      this.problem = msg(str`${file.name} cannot be loaded: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'live-view': LiveView;
  }
}
