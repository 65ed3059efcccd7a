import { css } from 'lit';

export const filePanelStyles = css`
  :host {
    display: block;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 10px;
    margin: 6px 0;
  }

  .label {
    flex-basis: 100%;
    font-weight: 600;
  }

  button,
  input {
    font: inherit;
    font-size: 0.95rem;
    min-height: 44px;
    box-sizing: border-box;
    border-radius: 6px;
  }

  button {
    padding: 6px 14px;
    border: 1px solid #5d6670;
    background: #fff;
    color: inherit;
    cursor: pointer;
  }

  button:hover {
    background: #eef0f3;
  }

  button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  input[type='file'] {
    padding: 8px 0;
  }

  button:focus-visible,
  input:focus-visible {
    outline: 3px solid #f0a300;
    outline-offset: 2px;
  }

  .message {
    margin: 6px 0;
    font-weight: 600;
  }

  .help {
    margin: 6px 0 0;
    color: var(--muted, #4a525c);
    font-size: 0.85rem;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
  }
`;
