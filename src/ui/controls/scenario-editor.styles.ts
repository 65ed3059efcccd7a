import { css } from 'lit';

/* Readable at a projector: 18px base, 44px-high controls outside tables, a thick focus ring.
   Problems are marked by a ⚠ sign, words and a thick left bar, never by colour alone. */
export const scenarioEditorStyles = css`
  :host {
    display: block;
    color: var(--ink, var(--tl-ink));
    font-family: var(--tl-font-sans);
    font-size: 18px;
    line-height: 1.4;
    --line: var(--tl-line-strong);
    --muted: var(--tl-muted);
    --bad: var(--tl-vermillion-dark);
    --bad-ink: #5c2200;
    --bad-fill: var(--tl-vermillion-tint);
    --focus: var(--tl-focus);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .summary {
    margin: 0 0 10px;
    font-weight: 600;
  }

  .summary .ok {
    color: #00563f;
  }

  .summary .bad {
    color: var(--bad-ink);
  }

  /* ── Sections ── */

  .section {
    margin: 0 0 12px;
    border: 1px solid var(--line);
    border-radius: var(--tl-radius-lg);
    background: var(--tl-white);
  }

  summary {
    display: flex;
    align-items: center;
    gap: 16px;
    padding: 8px 16px;
    border-radius: var(--tl-radius-lg);
    background: var(--panel, #f3f5f7);
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '▸';
    display: inline-block;
    width: 1em;
    font-size: var(--tl-text-xl);
    transition: transform 0.1s;
  }

  .section[open] > summary::before {
    transform: rotate(90deg);
  }

  .section[open] > summary {
    border-bottom: 1px solid var(--line);
    border-radius: 8px 8px 0 0;
  }

  summary h2 {
    margin: 0;
    font-size: var(--tl-text-xxl);
  }

  summary .count {
    padding: 1px 10px;
    border: 2px solid var(--bad);
    border-radius: var(--tl-radius-sm);
    background: var(--bad-fill);
    color: var(--bad-ink);
    font-size: var(--tl-text-md);
    font-weight: 700;
  }

  .section-body {
    padding: 10px 16px 14px;
  }

  .group {
    margin: 12px 0 0;
    padding: 4px 14px 12px;
    border: 1px solid var(--line);
    border-radius: var(--tl-radius-md);
  }

  .group:first-child {
    margin-top: 0;
  }

  .group legend {
    padding: 0 6px;
  }

  h3 {
    margin: 0;
    font-size: var(--tl-text-xl);
  }

  .group-help {
    margin: 0 0 8px;
    color: var(--muted);
    font-size: var(--tl-text-md);
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
    gap: 10px 22px;
  }

  /* ── One knob ── */

  .knob {
    display: flex;
    flex-direction: column;
    gap: 3px;
    min-width: 0;
  }

  .knob.double {
    grid-column: span 2;
  }

  .knob.full {
    grid-column: 1 / -1;
  }

  .knob.invalid:not(.table-knob) {
    padding-left: 8px;
    border-left: 5px solid var(--bad);
  }

  label,
  legend {
    font-weight: 600;
  }

  .unit {
    color: var(--muted);
    font-weight: 400;
  }

  .help {
    margin: 0;
    color: var(--muted);
    font-size: var(--tl-text-xs);
    line-height: 1.3;
  }

  input,
  select,
  textarea,
  button {
    font: inherit;
    font-size: var(--tl-text-base);
    box-sizing: border-box;
    border-radius: var(--tl-radius-md);
    color: inherit;
  }

  input[type='text'],
  input[type='number'],
  select,
  textarea {
    min-height: 40px;
    padding: 4px 8px;
    border: 1px solid #7a838d;
    background: var(--tl-white);
  }

  input[type='number'],
  input.list,
  textarea.json {
    font-family: var(--tl-font-mono);
    font-variant-numeric: tabular-nums;
  }

  [aria-invalid='true'] {
    border: 2px solid var(--bad) !important;
    background: var(--bad-fill) !important;
  }

  .number-row,
  .control-row {
    display: flex;
    align-items: center;
    gap: 10px;
  }

  .number-row input[type='range'] {
    flex: 1;
    min-width: 6em;
    height: 32px;
    margin: 0;
    accent-color: var(--tl-blue-dark);
  }

  .number-row input[type='number'] {
    width: 7.5em;
  }

  .control-row input[type='text'],
  .control-row select,
  .control-row textarea {
    flex: 1;
    min-width: 0;
    width: 100%;
  }

  textarea {
    resize: vertical;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 40px;
    cursor: pointer;
  }

  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--tl-blue-dark);
  }

  fieldset.per-age {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  fieldset.per-age legend {
    padding: 0;
  }

  .bands {
    display: flex;
    gap: 8px;
  }

  .band {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-width: 0;
  }

  .band label {
    font-size: var(--tl-text-sm);
    color: var(--muted);
  }

  .band input {
    width: 100%;
  }

  button {
    min-height: 40px;
    padding: 4px 14px;
    border: 1px solid var(--tl-grey);
    background: var(--tl-white);
    cursor: pointer;
    white-space: nowrap;
  }

  button:hover:not(:disabled) {
    background: var(--tl-fill);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: var(--tl-focus-offset);
  }

  /* ── Issues ── */

  .issues {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
  }

  .issues li {
    margin: 2px 0;
    padding: 2px 8px;
    border-left: 5px solid var(--bad);
    background: var(--bad-fill);
    color: var(--bad-ink);
    font-size: var(--tl-text-sm);
    font-weight: 600;
    line-height: 1.3;
  }

  .issues .sign {
    margin-right: 2px;
  }

  code {
    font-family: var(--tl-font-mono);
    font-size: 0.9em;
  }

  /* ── Tables ── */

  .table-knob {
    margin: 14px 0 0;
  }

  .table-knob .rows-count {
    color: var(--muted);
    font-weight: 400;
  }

  .table-scroll {
    overflow-x: auto;
    margin-top: 4px;
    border: 1px solid var(--line);
    border-radius: var(--tl-radius-md);
  }

  /* A table with no rows has nothing to scroll to (and no control inside to scroll it with). */
  .table-scroll.empty {
    overflow-x: hidden;
  }

  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--tl-text-lg);
  }

  th,
  td {
    padding: 4px 6px;
    border-bottom: 1px solid #e3e6ea;
    text-align: left;
    vertical-align: top;
  }

  thead th {
    background: #f3f5f7;
    font-size: var(--tl-text-md);
    white-space: nowrap;
  }

  tbody tr:nth-child(even) {
    background: #fafbfc;
  }

  th.row-number {
    width: 2em;
    padding-top: 12px;
    color: var(--muted);
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  td input[type='text'],
  td input[type='number'],
  td select {
    min-height: 36px;
    font-size: var(--tl-text-lg);
  }

  td.cell-number input {
    width: 7.5em;
  }

  td[data-column='id'] input {
    width: 6em;
  }

  td.cell-string input {
    width: 100%;
    min-width: 8em;
  }

  td.cell-enum select {
    width: 100%;
    min-width: 16em;
  }

  td .chosen {
    max-width: 24em;
    margin-top: 2px;
    color: var(--muted);
    font-size: var(--tl-text-xs);
    line-height: 1.25;
  }

  td.cell-list input {
    width: 100%;
    min-width: 7em;
  }

  td.cell-boolean {
    padding-top: 10px;
    text-align: center;
  }

  td.invalid {
    background: var(--bad-fill);
  }

  td .issues li {
    max-width: 18em;
  }

  td .bands {
    gap: 4px;
  }

  td .band input {
    width: 4.8em;
  }

  td .band label {
    font-size: var(--tl-text-xxs);
    font-weight: 400;
  }

  .record {
    display: grid;
    grid-template-columns: auto minmax(5em, 1fr) auto minmax(5em, 1fr);
    align-items: center;
    gap: 3px 6px;
  }

  .record label {
    font-size: var(--tl-text-xs);
    font-weight: 400;
    color: var(--muted);
    text-align: right;
  }

  .record input {
    width: 100%;
    min-width: 0;
  }

  tr.empty-row td {
    padding: 8px 12px;
    color: var(--muted);
    font-style: italic;
  }

  td.remove {
    width: 1%;
  }

  td.remove button {
    min-width: 36px;
    min-height: 36px;
    padding: 2px 8px;
  }

  .table-actions {
    display: flex;
    align-items: center;
    gap: 12px;
    margin-top: 6px;
  }

  button.add {
    font-weight: 600;
  }

  .column-help {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
    gap: 2px 18px;
    margin: 6px 0 0;
    font-size: var(--tl-text-xs);
    color: var(--muted);
  }

  .column-help dt {
    display: inline;
    font-weight: 700;
  }

  .column-help dt::after {
    content: ': ';
  }

  .column-help dd {
    display: inline;
    margin: 0;
  }

  .empty {
    color: var(--muted);
  }
`;
