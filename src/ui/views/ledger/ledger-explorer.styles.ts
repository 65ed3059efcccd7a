import { css } from 'lit';

/* Rows share one grid so the header lines up with them. Teacher marks use the teacher colour of
   the district table (reddish purple, Okabe–Ito #CC79A7 family) together with words (INJECTED,
   TAMPERED…); chain links are ✓ / ✗ with words, checkpoints a bluish-green band with the word
   "Checkpoint". Sizes are for a projector: 16px text, 15px hashes. */
export const ledgerExplorerStyles = css`
  :host {
    display: block;
    color: var(--ink, var(--tl-ink));
    font-family: var(--tl-font-sans);
    font-size: 16px;
    line-height: 1.35;
    /* rem, not em: the header's smaller text must not narrow its columns. */
    --columns: 5.8rem 8.6rem 10.5rem 9.4rem minmax(8rem, 1fr) 6.8rem 9.6rem;
    --teacher-columns: 5.8rem 8.6rem 9.5rem 9.4rem minmax(8rem, 1fr) 6.8rem 9.6rem 9.6rem;
    --teacher: var(--tl-purple-light);
    --teacher-ink: #5a1f43;
    --teacher-fill: #f4e1ec;
  }

  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace;
    font-size: 0.92em;
  }

  .chain {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 10px;
    margin: 0 0 10px;
    padding: 8px 12px;
    border: 1px solid var(--tl-line);
    border-radius: var(--tl-radius-lg);
    background: var(--tl-panel);
  }

  .chain .detail {
    color: var(--tl-ink-soft);
    font-size: var(--tl-text-lg);
  }

  .badge {
    display: inline-block;
    padding: 0 8px;
    border: 2px solid transparent;
    border-radius: var(--tl-radius-sm);
    font-weight: 700;
    white-space: nowrap;
  }

  .badge.passed {
    border-color: var(--tl-green);
    background: var(--tl-green-fill);
    color: var(--tl-green-ink);
  }

  .badge.not-possible {
    border-style: dashed;
    border-color: var(--tl-grey);
    background: var(--tl-fill);
    color: var(--tl-ink);
  }

  .badge.failed {
    border-color: var(--tl-vermillion-ink);
    background: var(--tl-vermillion-dark);
    color: var(--tl-white);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 8px 20px;
    margin: 0 0 8px;
  }

  form.jump {
    display: flex;
    align-items: flex-end;
    gap: 6px;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }

  .field label {
    font-size: var(--tl-text-sm);
    font-weight: 600;
    color: var(--tl-ink-soft);
  }

  input,
  button {
    font: inherit;
    min-height: 38px;
    box-sizing: border-box;
  }

  input[type='number'] {
    width: 9.5em;
    padding: 4px 8px;
    border: 1px solid var(--tl-border);
    border-radius: var(--tl-radius-md);
    font-variant-numeric: tabular-nums;
  }

  input[type='range'] {
    width: 100%;
    margin: 0;
    accent-color: var(--tl-ink);
  }

  .position {
    flex: 1 1 260px;
  }

  button {
    padding: 4px 14px;
    border: 1px solid var(--tl-ink);
    border-radius: var(--tl-radius-md);
    background: var(--tl-ink);
    color: var(--tl-white);
    font-weight: 700;
    cursor: pointer;
  }

  button.retry {
    min-height: 0;
    padding: 0 8px;
    background: var(--tl-white);
    color: var(--tl-ink);
    font-weight: 600;
  }

  input:focus-visible,
  button:focus-visible,
  .scroller:focus-visible,
  .row:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: -3px;
  }

  .range {
    font-variant-numeric: tabular-nums;
    color: var(--tl-ink-soft);
  }

  .error {
    color: #8a2a00;
    font-weight: 600;
  }

  /* On a narrow screen the columns keep their widths and the table scrolls sideways in its box. */
  .table {
    border: 1px solid #c6ccd2;
    border-radius: var(--tl-radius-lg);
    overflow-x: auto;
    overflow-y: hidden;
  }

  .head,
  .scroller {
    min-width: 58rem;
  }

  :host([teacher]) .head,
  :host([teacher]) .scroller {
    min-width: 68rem;
  }

  .head,
  .row {
    display: grid;
    grid-template-columns: var(--columns);
    column-gap: 9px;
    align-items: center;
    padding: 0 10px;
  }

  :host([teacher]) .head,
  :host([teacher]) .row {
    grid-template-columns: var(--teacher-columns);
  }

  .head {
    /* The same gutter as the scroller's scrollbar, so the columns line up. */
    overflow-y: hidden;
    scrollbar-gutter: stable;
    padding-top: 6px;
    padding-bottom: 6px;
    border-bottom: 2px solid var(--tl-ink);
    background: var(--tl-white);
    font-size: var(--tl-text-sm);
    font-weight: 700;
  }

  .head .teacher-col {
    color: var(--teacher-ink);
  }

  .teacher-chip {
    display: inline-block;
    margin-left: 4px;
    padding: 0 5px;
    border-radius: 3px;
    background: var(--teacher-fill);
    color: var(--teacher-ink);
    font-size: var(--tl-text-xxs);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .scroller {
    scrollbar-gutter: stable;
    height: var(--ledger-height, 460px);
    width: 100%;
  }

  .item {
    width: 100%;
  }

  .row {
    min-height: 40px;
    border-bottom: 1px solid var(--tl-line-soft);
    background: var(--tl-white);
    white-space: nowrap;
  }

  .row.odd {
    background: #f7f8fa;
  }

  .row > * {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .row.target {
    box-shadow: inset 0 0 0 3px var(--tl-focus);
  }

  .idx {
    text-align: right;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .time {
    font-variant-numeric: tabular-nums;
  }

  .did {
    display: inline-block;
    min-width: 2em;
    margin-right: 0.35em;
    color: var(--tl-muted);
    font-variant-numeric: tabular-nums;
  }

  .party {
    margin-left: 4px;
    font-size: var(--tl-text-sm);
    color: var(--tl-muted);
  }

  .hash,
  .prev {
    padding: 2px 4px;
    border-radius: var(--tl-radius-sm);
  }

  .linked {
    background: #fff1c2;
    box-shadow: inset 0 0 0 2px var(--tl-focus);
  }

  .ok {
    color: #00624a;
    font-weight: 700;
  }

  .bad {
    color: var(--tl-vermillion-dark);
    font-weight: 700;
  }

  .unknown {
    color: var(--tl-grey-soft);
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .placeholder {
    color: var(--tl-grey-soft);
  }

  .bar {
    display: inline-block;
    width: 70%;
    height: 0.7em;
    border-radius: 3px;
    background: var(--tl-line-soft);
  }

  .checkpoint {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
    align-items: baseline;
    padding: 5px 12px 6px;
    border-top: 3px solid #009e73;
    border-bottom: 1px solid var(--tl-line-soft);
    background: #e3f5ee;
    color: var(--tl-green-ink);
    font-size: var(--tl-text-md);
    white-space: normal;
  }

  .checkpoint.mismatch {
    border-top-color: var(--tl-vermillion-dark);
    background: var(--tl-vermillion-fill);
    color: #5a1e00;
  }

  .checkpoint strong {
    font-weight: 700;
  }

  /* Teacher view: entries the adversary touched. */
  .row.touched {
    background: var(--teacher-fill);
    box-shadow: inset 7px 0 0 var(--teacher);
  }

  .row.not-counted .choice {
    text-decoration: line-through;
    text-decoration-color: var(--tl-grey-soft);
  }

  .tags {
    display: flex;
    flex-wrap: nowrap;
    gap: 4px;
    align-items: center;
  }

  .tag {
    display: inline-block;
    padding: 0 5px;
    border: 2px solid var(--teacher);
    border-radius: var(--tl-radius-sm);
    font-size: var(--tl-text-xxs);
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    white-space: nowrap;
  }

  .tag.attack {
    background: var(--teacher-ink);
    border-color: var(--teacher-ink);
    color: var(--tl-white);
  }

  .tag.state {
    border-color: var(--tl-border);
    border-style: dashed;
    color: var(--tl-ink-soft);
    text-transform: none;
    letter-spacing: 0;
  }

  .voter {
    font-size: var(--tl-text-xs);
    color: var(--teacher-ink);
    font-variant-numeric: tabular-nums;
  }

  .inspector {
    margin-top: 8px;
    padding: 8px 12px;
    border: 1px solid var(--tl-line);
    border-radius: var(--tl-radius-lg);
    background: var(--tl-panel);
    font-size: var(--tl-text-lg);
    min-height: 3.9em;
  }

  .inspector dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 2px 10px;
    margin: 0;
  }

  .inspector dt {
    font-weight: 600;
  }

  .inspector dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .empty {
    padding: 24px;
    border: 2px dashed var(--tl-border-dashed);
    border-radius: var(--tl-radius-lg);
    color: var(--tl-muted);
    text-align: center;
  }
`;
