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
    color: var(--muted, #4a525c);
    font-size: 0.8rem;
  }

  .check-row .help {
    flex-basis: auto;
  }

  input,
  button {
    font: inherit;
    font-size: 1rem;
    min-height: 44px;
    box-sizing: border-box;
    border-radius: 6px;
  }

  input {
    width: 10em;
    padding: 6px 10px;
    border: 1px solid #8a939d;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
  }

  button {
    padding: 6px 16px;
    border: 1px solid #5d6670;
    background: #fff;
    color: inherit;
    cursor: pointer;
  }

  button.primary {
    border-color: #0b4f9c;
    background: #0b5cb8;
    color: #fff;
    font-weight: 600;
  }

  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }

  input:focus-visible,
  button:focus-visible {
    outline: 3px solid #f0a300;
    outline-offset: 2px;
  }

  .error {
    margin: 10px 0;
    padding: 8px 14px;
    border: 2px solid #b3261e;
    border-left-width: 8px;
    border-radius: 6px;
    background: #fdecea;
    color: #5c0f0a;
  }

  .error[hidden] {
    display: none;
  }

  .voter {
    margin-top: 16px;
  }

  h3 {
    margin: 0 0 8px;
    font-size: 1.3rem;
  }

  h4 {
    margin: 0 0 6px;
    font-size: 1.1rem;
  }

  h5 {
    margin: 8px 0 4px;
    font-size: 1rem;
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
    font-size: 0.95rem;
  }

  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 4px;
  }

  th,
  td {
    padding: 4px 10px;
    border-bottom: 1px solid var(--line, #d5d9de);
    text-align: left;
    vertical-align: top;
  }

  th {
    background: var(--panel, #f6f7f9);
  }

  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.9em;
  }

  .muted {
    color: var(--muted, #4a525c);
  }

  .truth {
    background: #f7ecf3;
  }

  .truth-box {
    margin: 12px 0;
    padding: 8px 14px;
    border: 2px dashed #7a2f5c;
    border-radius: 6px;
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
    border: 1px solid var(--line, #d5d9de);
    border-radius: 8px;
    background: var(--panel, #f6f7f9);
  }

  .check[data-status='failed'] {
    border: 2px solid #a63d00;
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
