import { css } from 'lit';

/* The page's buttons, fields and pickers, written once so that every tab's controls look and behave
   alike (the Sweeps and Files tabs had the browser's defaults): 44 px targets, the theme's border and
   radius, a primary button in blue, the orange focus ring, and the file picker's button styled too. */
export const formControlStyles = css`
  button,
  select,
  input:not([type='checkbox']):not([type='radio']):not([type='range']) {
    font: inherit;
    font-size: var(--tl-text-base);
    min-height: 44px;
    box-sizing: border-box;
    border-radius: var(--tl-radius-md);
    color: inherit;
    max-width: 100%;
  }

  select,
  input:not([type='checkbox']):not([type='radio']):not([type='range']):not([type='file']) {
    padding: 6px 10px;
    border: 1px solid var(--tl-border);
    background: var(--tl-white);
  }

  button,
  input[type='file']::file-selector-button {
    padding: 6px 16px;
    border: 1px solid var(--tl-grey);
    border-radius: var(--tl-radius-md);
    background: var(--tl-white);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  input[type='file'] {
    padding: 0;
  }

  input[type='file']::file-selector-button {
    min-height: 44px;
    margin-right: 12px;
  }

  button:hover,
  input[type='file']::file-selector-button:hover {
    background: var(--tl-fill);
  }

  button.primary {
    border-color: var(--tl-blue-darker);
    background: var(--tl-blue-dark);
    color: var(--tl-white);
    font-weight: 600;
  }

  button.primary:hover {
    background: #0a4f9e;
  }

  button[disabled],
  select[disabled],
  input[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }
`;
