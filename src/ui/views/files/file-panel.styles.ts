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
    font-size: var(--tl-text-lg);
    min-height: 44px;
    box-sizing: border-box;
    border-radius: var(--tl-radius-md);
  }

  button {
    padding: 6px 14px;
    border: 1px solid var(--tl-grey);
    background: var(--tl-white);
    color: inherit;
    cursor: pointer;
  }

  button:hover {
    background: var(--tl-fill);
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
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }

  .message {
    margin: 6px 0;
    font-weight: 600;
  }

  .help {
    margin: 6px 0 0;
    color: var(--muted, var(--tl-muted));
    font-size: var(--tl-text-sm);
  }

  code {
    font-family: var(--tl-font-mono);
  }
`;
