import { css } from 'lit';

/* Okabe–Ito: districts whose paper lead the online count reversed are vermillion (#D55E00),
   districts that kept their paper leader blue (#0072B2); the words "reversed" / "kept" and the
   line labels carry the same information without colour. Online steps are marked in words too. */
export const nightReplayStyles = css`
  :host {
    display: block;
    color: var(--ink, var(--tl-ink));
    font-family: var(--tl-font-sans);
    font-size: 17px;
    line-height: 1.4;
    --reversed: var(--tl-vermillion);
    --kept: var(--tl-blue);
  }

  .empty {
    padding: 24px;
    border: 2px dashed var(--tl-border-dashed);
    border-radius: var(--tl-radius-lg);
    color: var(--tl-muted);
    text-align: center;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px 14px;
    padding: 10px 14px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }

  button,
  select {
    font: inherit;
    font-size: var(--tl-text-lg);
    min-height: 40px;
    padding: 4px 12px;
    border: 1px solid var(--tl-border);
    border-radius: var(--tl-radius-md);
    background: var(--tl-white);
    color: inherit;
    cursor: pointer;
  }

  button:disabled {
    cursor: default;
    color: var(--tl-border);
    border-color: #c6ccd2;
  }

  button.play {
    min-width: 6.5em;
    border-color: var(--tl-ink);
    background: var(--tl-ink);
    color: var(--tl-white);
    font-weight: 700;
  }

  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  tr:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }

  .slider {
    display: flex;
    flex: 1 1 260px;
    flex-direction: column;
    gap: 2px;
    min-width: min(220px, 100%);
  }

  .slider label,
  .speed label {
    font-size: var(--tl-text-sm);
    font-weight: 600;
    color: var(--tl-ink-soft);
  }

  input[type='range'] {
    width: 100%;
    height: 28px;
    margin: 0;
    accent-color: var(--tl-ink);
  }

  .speed {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }

  .now {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 14px;
    margin: 12px 0 6px;
  }

  .clock {
    font-size: 1.6rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .zone {
    font-size: var(--tl-text-base);
    font-weight: 400;
    color: var(--tl-muted);
  }

  .label {
    font-size: var(--tl-text-xl);
  }

  .kind {
    display: inline-block;
    padding: 0 8px;
    border: 2px solid var(--tl-grey);
    border-radius: var(--tl-radius-sm);
    background: var(--tl-fill);
    font-size: var(--tl-text-sm);
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .kind.online {
    border-color: var(--reversed);
    background: var(--tl-vermillion-fill);
    color: var(--tl-vermillion-ink);
  }

  .note {
    margin: 0 0 8px;
    color: var(--tl-ink-soft);
    font-size: var(--tl-text-lg);
  }

  .body {
    display: grid;
    grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr);
    gap: 16px;
    align-items: start;
  }

  @media (max-width: 1100px) {
    .body {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .chart {
    min-width: 0;
  }

  .chart figure {
    margin: 0;
  }

  .chart h2 {
    margin: 0 0 2px;
    font-size: var(--tl-text-xl);
  }

  .chart h3 {
    margin: 0 0 6px;
    font-size: var(--tl-text-md);
    font-weight: 400;
    color: var(--tl-ink-soft);
  }

  .chart figcaption {
    font-size: var(--tl-text-sm);
    color: var(--tl-ink-soft);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    font-size: 0.88rem;
  }

  col.district {
    width: 30%;
  }

  col.leader {
    width: 27%;
  }

  col.lead {
    width: 14%;
  }

  col.share {
    width: 13%;
  }

  col.reported {
    width: 16%;
  }

  caption {
    caption-side: top;
    padding: 0 0 6px;
    text-align: left;
    font-weight: 600;
  }

  th,
  td {
    padding: 3px 5px;
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid #e1e4e8;
  }

  thead th,
  thead th.num {
    white-space: normal;
    border-bottom: 2px solid var(--tl-ink);
    font-size: var(--tl-text-xs);
    line-height: 1.2;
    vertical-align: bottom;
  }

  tbody th,
  tbody td {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  tbody th {
    font-weight: 600;
  }

  td.reversed {
    background: var(--tl-vermillion-fill);
    box-shadow: inset 4px 0 0 var(--reversed);
  }

  .who {
    display: inline;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .share {
    font-size: var(--tl-text-xs);
    color: var(--tl-muted);
  }

  .chart [class*='-swatches'] {
    font-size: max(14px, var(--tl-text-sm));
  }

  tbody tr {
    cursor: default;
  }

  tbody tr.highlighted {
    background: #fff6d6;
  }

  .id {
    display: inline-block;
    min-width: 2.2em;
    font-weight: 400;
    font-variant-numeric: tabular-nums;
    color: var(--tl-muted);
  }

  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-right: 4px;
    border-radius: 2px;
    vertical-align: -0.05em;
  }

  .swatch.reversed {
    background: var(--reversed);
  }

  .swatch.kept {
    background: var(--kept);
  }

  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .party {
    font-size: var(--tl-text-xs);
    color: var(--tl-muted);
  }

  .key {
    margin: 6px 0 0;
    font-size: var(--tl-text-sm);
    color: var(--tl-ink-soft);
  }

  .reversal {
    display: inline-block;
    margin-right: 4px;
    padding: 0 4px;
    border: 2px solid var(--reversed);
    border-radius: var(--tl-radius-sm);
    background: var(--tl-vermillion-fill);
    color: var(--tl-vermillion-ink);
    font-size: var(--tl-text-xxs);
    font-weight: 700;
    white-space: nowrap;
  }

  .muted {
    color: var(--tl-muted);
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
