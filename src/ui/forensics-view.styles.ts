import { css } from 'lit';

/* Shares, gaps and the swing use Okabe–Ito hues; every swatch has its name beside it, and every chart has its
   numbers written out below it, so nothing depends on colour alone. */
export const forensicsViewStyles = css`
  :host {
    display: block;
    color: var(--ink, var(--tl-ink));
    font-family: var(--tl-font-sans);
    font-size: 16px;
    line-height: 1.4;
  }

  .intro {
    margin: 0 0 12px;
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

  .waiting,
  .note {
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
    margin-top: 20px;
  }

  h3 {
    margin: 0 0 6px;
    font-size: var(--tl-text-xl);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    margin-bottom: 6px;
    font-size: var(--tl-text-sm);
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

  .plot {
    overflow-x: auto;
  }

  .plot svg {
    display: block;
    max-width: 100%;
    height: auto;
  }

  .figure {
    margin: 6px 0;
  }

  .caption {
    margin: 6px 0 0;
    padding: 8px 14px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
  }
`;
