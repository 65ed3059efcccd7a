import { css } from 'lit';

export const voterViewStyles = css`
  :host {
    display: block;
  }

  .intro,
  .empty {
    max-width: 70em;
    margin: 0 0 12px;
  }

  .pick {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
  }

  .pick label {
    font-weight: 600;
  }

  .help {
    flex-basis: 100%;
    color: var(--muted, var(--tl-muted));
    font-size: var(--tl-text-xs);
  }

  .check-row .help {
    flex-basis: auto;
  }

  input,
  button {
    font: inherit;
    font-size: var(--tl-text-base);
    min-height: 44px;
    box-sizing: border-box;
    border-radius: var(--tl-radius-md);
  }

  input {
    width: 10em;
    padding: 6px 10px;
    border: 1px solid var(--tl-border);
    font-family: var(--tl-font-mono);
  }

  button {
    padding: 6px 16px;
    border: 1px solid var(--tl-grey);
    background: var(--tl-white);
    color: inherit;
    cursor: pointer;
  }

  button.primary {
    border-color: var(--tl-blue-darker);
    background: var(--tl-blue-dark);
    color: var(--tl-white);
    font-weight: 600;
  }

  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }

  input:focus-visible,
  button:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }

  .error {
    margin: 10px 0;
    padding: 8px 14px;
    border: 2px solid var(--tl-error);
    border-left-width: 8px;
    border-radius: var(--tl-radius-md);
    background: var(--tl-error-fill);
    color: var(--tl-error-ink);
  }

  .error[hidden] {
    display: none;
  }

  .voter {
    margin-top: 16px;
  }

  h3 {
    margin: 0 0 8px;
    font-size: var(--tl-text-xxl);
  }

  h4 {
    margin: 0 0 6px;
    font-size: var(--tl-text-xl);
  }

  h5 {
    margin: 8px 0 4px;
    font-size: var(--tl-text-base);
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 16px;
    margin: 0 0 12px;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    font-size: var(--tl-text-lg);
  }

  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 4px;
  }

  th,
  td {
    padding: 4px 10px;
    border-bottom: 1px solid var(--line, var(--tl-line));
    text-align: left;
    vertical-align: top;
  }

  th {
    background: var(--panel, var(--tl-panel));
  }

  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  .mono {
    font-family: var(--tl-font-mono);
    font-size: 0.9em;
  }

  .muted {
    color: var(--muted, var(--tl-muted));
  }

  .truth {
    background: #f7ecf3;
  }

  .truth-box {
    margin: 12px 0;
    padding: 8px 14px;
    border: 2px dashed var(--tl-purple);
    border-radius: var(--tl-radius-md);
    background: #f7ecf3;
  }

  .truth-box ul {
    margin: 4px 0 0;
  }

  .check-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 14px;
    margin: 14px 0;
  }

  .check {
    padding: 12px 16px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
  }

  .check[data-status='failed'] {
    border: 2px solid var(--tl-vermillion-dark);
  }

  .check p {
    margin: 4px 0;
  }

  .lines {
    margin: 6px 0;
    padding-left: 1.2em;
  }

  .found {
    font-weight: 600;
  }

  .explain {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(22em, 1fr));
    gap: 0 24px;
  }

  .explain ul {
    margin: 0;
    padding-left: 1.2em;
  }
`;
