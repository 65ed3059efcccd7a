/**
 * <live-setup>: the form that sets a class election up (groups of the room with their sizes,
 * candidates, channels, the re-vote rule, the share of students asked to check, checkpoints).
 * It only gathers the fields; the server's engine validates them and names any field it refuses.
 * Fires `election-requested` with the setup as detail.
 */
import { msg } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formControlStyles } from '../../common/form-controls.styles.ts';

export interface ElectionRequestedDetail {
  readonly setup: Record<string, unknown>;
}

@customElement('live-setup')
export class LiveSetup extends LitElement {
  static override styles = [
    formControlStyles,
    css`
      form { display: grid; gap: 10px; max-width: 40rem; }
      label { display: grid; gap: 4px; font-weight: 600; }
      .row { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; }
      .row label { display: flex; gap: 6px; font-weight: 400; }
      textarea { font: inherit; min-height: 5rem; padding: 6px 10px; border: 1px solid var(--tl-border); border-radius: var(--tl-radius-md); }
      .help { color: var(--tl-muted, #555); font-weight: 400; font-size: 0.9em; }
    `,
  ];

  @property({ type: Boolean }) busy = false;

  override render() {
    return html`<form data-testid="live-setup" @submit=${this.#submit}>
      <label>${msg('Name of the election')}<input name="name" value=${msg('Class election')} maxlength="80" data-testid="live-name" /></label>
      <label
        >${msg('Groups of the room, one per line: name, number of students')}
        <textarea name="groups" data-testid="live-groups">${msg('Row 1')}, 10&#10;${msg('Row 2')}, 10</textarea>
      </label>
      <label>${msg('Candidates, separated by commas')}<input name="candidates" value="Ada, Brook, Cyrus" data-testid="live-candidates" /></label>
      <div class="row">
        <label><input type="checkbox" name="online" checked data-testid="live-online" />${msg('Online (phones)')}</label>
        <label><input type="checkbox" name="paper" data-testid="live-paper" />${msg('Paper (a box per group)')}</label>
      </div>
      <label
        >${msg('Re-voting rule')}
        <select name="policy" data-testid="live-policy">
          <option value="last-online">${msg('Students may vote again until the close; the last ballot counts')}</option>
          <option value="none">${msg('One ballot each; the first counts')}</option>
        </select>
      </label>
      <label>${msg('Share of students asked to check their receipt (%)')}<input name="share" type="number" min="0" max="100" value="50" data-testid="live-share" /></label>
      <label
        >${msg('A signed checkpoint every (seconds; 0: only at the close)')}<input name="checkpoint" type="number" min="0" max="3600" value="30" data-testid="live-checkpoint" />
        <span class="help">${msg('Checkpoints are what make a rewritten history visible.')}</span>
      </label>
      <button type="submit" class="primary" ?disabled=${this.busy} data-testid="live-create">${msg('Create the election')}</button>
    </form>`;
  }

  #submit(e: Event): void {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const groups = String(f.get('groups') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .map((line) => {
        const at = line.lastIndexOf(',');
        return at < 0 ? { name: line, students: Number.NaN } : { name: line.slice(0, at).trim(), students: Number(line.slice(at + 1).trim()) };
      });
    const setup = {
      name: String(f.get('name') ?? ''),
      groups,
      candidates: String(f.get('candidates') ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c.length > 0),
      online: f.get('online') === 'on',
      paper: f.get('paper') === 'on',
      policy: String(f.get('policy')),
      receiptCheckShare: Number(f.get('share')) / 100,
      checkpointEverySeconds: Number(f.get('checkpoint')),
    };
    this.dispatchEvent(new CustomEvent<ElectionRequestedDetail>('election-requested', { detail: { setup }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'live-setup': LiveSetup;
  }
}
