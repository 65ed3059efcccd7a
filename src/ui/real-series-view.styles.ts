import { css } from 'lit';

/* The share lines use the Okabe–Ito hues by rank (1st blue, 2nd vermillion, 3rd bluish green, others grey);
   every swatch has its name written beside it, so nothing depends on colour alone. */
export const realSeriesViewStyles = css`
  :host {
    display: block;
    color: var(--ink, var(--tl-ink));
    font-family: var(--tl-font-sans);
    font-size: 16px;
    line-height: 1.4;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    padding: 10px 14px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
  }

  label {
    font-weight: 700;
  }

  select {
    font: inherit;
    min-height: 40px;
    padding: 4px 10px;
    border: 1px solid var(--tl-border);
    border-radius: var(--tl-radius-md);
    background: var(--tl-white);
    color: inherit;
  }

  select:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }

  .muted {
    color: var(--muted, var(--tl-muted));
  }

  .note,
  .waiting {
    margin: 12px 0;
    padding: 10px 14px;
    border-left: 4px solid var(--tl-orange);
    background: var(--tl-panel);
  }

  .problem {
    margin: 12px 0;
    padding: 10px 14px;
    border: 1px solid var(--tl-error);
    border-radius: var(--tl-radius-md);
    background: var(--tl-error-fill);
    color: var(--tl-error-ink);
  }

  .chart {
    margin-top: 16px;
  }

  h3 {
    margin: 0 0 6px;
    font-size: var(--tl-text-xl);
  }

  .legend {
    display: grid;
    grid-template-columns: repeat(5, max-content);
    justify-content: start;
    gap: 2px 14px;
    margin-bottom: 6px;
    font-size: var(--tl-text-sm);
  }

  #cumulative-title + .legend {
    display: flex;
    gap: 18px;
  }

  .legend-row {
    display: contents;
  }

  .source {
    font-weight: 700;
  }

  .item {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    white-space: nowrap;
  }

  .swatch {
    display: inline-block;
    width: 14px;
    height: 14px;
    border-radius: 3px;
  }

  .swatch.line {
    width: 22px;
    height: 4px;
    border-radius: 2px;
  }

  .plot {
    overflow-x: auto;
  }

  .plot svg {
    display: block;
    max-width: 100%;
    height: auto;
  }

  .caption {
    margin-top: 16px;
    padding: 10px 14px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
    font-size: var(--tl-text-lg);
  }

  .caption p {
    margin: 0 0 4px;
  }

  .caption ul {
    margin: 0;
    padding-left: 1.2em;
  }
`;
