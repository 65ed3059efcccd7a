import { css } from 'lit';

export const sweepViewStyles = css`
  :host {
    display: block;
    color: var(--ink, var(--tl-ink));
    font-family: var(--tl-font-sans);
    font-size: 17px;
    line-height: 1.4;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 10px 18px;
    padding: 10px 14px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }

  label {
    font-weight: 600;
  }

  input[type='number'] {
    width: 7em;
  }

  .help,
  .description {
    color: var(--muted, var(--tl-muted));
    font-size: 15px;
  }

  .status {
    display: flex;
    align-items: center;
    gap: 12px;
    margin: 12px 0;
  }

  progress {
    flex: 0 1 320px;
  }

  .charts {
    display: grid;
    gap: 18px;
    margin: 16px 0;
  }

  .charts figure {
    margin: 0;
  }

  .charts h2 {
    margin: 0 0 2px;
    font-size: var(--tl-text-xl);
  }

  .charts h3 {
    margin: 0 0 6px;
    font-size: var(--tl-text-md);
    font-weight: 400;
    color: var(--tl-ink-soft);
  }

  table {
    border-collapse: collapse;
    margin-top: 12px;
    font-variant-numeric: tabular-nums;
  }

  th,
  td {
    padding: 4px 10px;
    border-bottom: 1px solid var(--line, var(--tl-line));
    text-align: right;
  }

  th {
    background: var(--panel, var(--tl-panel));
  }

  td.text,
  th.text {
    text-align: left;
  }

  td.outside {
    font-weight: 700;
    color: var(--tl-vermillion-ink);
  }

  .error {
    color: var(--tl-vermillion-ink);
  }

  /* What each statistic means, in a sentence. */
  .terms {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 4px 14px;
    margin: 12px 0;
    max-width: 60em;
  }

  .terms dt {
    font-weight: 700;
  }

  .terms dd {
    margin: 0;
  }

  @media (max-width: 699px) {
    .terms {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
