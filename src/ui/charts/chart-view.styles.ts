import { css } from 'lit';

/* What the chart views (Real data, Forensics) share: the host's type, the district picker, notes,
   problems and chart headings. Each view adds its own charts' styles after these. */
export const chartViewStyles = css`
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
`;
