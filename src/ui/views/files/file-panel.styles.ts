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
