import { css } from 'lit';

/* Okabe–Ito: districts whose paper lead the online count reversed are vermillion (#D55E00),
   districts that kept their paper leader blue (#0072B2); the words "reversed" / "kept" and the
   line labels carry the same information without colour. Online steps are marked in words too. */
export const nightReplayStyles = css`
  :host {
    display: block;
    color: var(--ink, #1b1f24);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif;
    font-size: 17px;
    line-height: 1.4;
    --reversed: #d55e00;
    --kept: #0072b2;
  }

  .empty {
    padding: 24px;
    border: 2px dashed #b9c0c8;
    border-radius: 8px;
    color: #4a525c;
    text-align: center;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px 14px;
    padding: 10px 14px;
    border: 1px solid var(--line, #d5d9de);
    border-radius: 8px;
    background: var(--panel, #f6f7f9);
  }

  .buttons {
    display: flex;
    gap: 6px;
  }

  button,
  select {
    font: inherit;
    font-size: 0.95rem;
    min-height: 40px;
    padding: 4px 12px;
    border: 1px solid #8a939d;
    border-radius: 6px;
    background: #fff;
    color: inherit;
    cursor: pointer;
  }

  button:disabled {
    cursor: default;
    color: #8a939d;
    border-color: #c6ccd2;
  }

  button.play {
    min-width: 6.5em;
    border-color: #1b1f24;
    background: #1b1f24;
    color: #fff;
    font-weight: 700;
  }

  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  tr:focus-visible {
    outline: 3px solid #f0a300;
    outline-offset: 2px;
  }

  .slider {
    display: flex;
    flex: 1 1 260px;
    flex-direction: column;
    gap: 2px;
    min-width: 220px;
  }

  .slider label,
  .speed label {
    font-size: 0.85rem;
    font-weight: 600;
    color: #3a424b;
  }

  input[type='range'] {
    width: 100%;
    height: 28px;
    margin: 0;
    accent-color: #1b1f24;
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
    font-size: 1rem;
    font-weight: 400;
    color: #4a525c;
  }

  .label {
    font-size: 1.1rem;
  }

  .kind {
    display: inline-block;
    padding: 0 8px;
    border: 2px solid #5d6670;
    border-radius: 4px;
    background: #eef0f3;
    font-size: 0.85rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .kind.online {
    border-color: var(--reversed);
    background: #fde3d3;
    color: #6e2700;
  }

  .note {
    margin: 0 0 8px;
    color: #3a424b;
    font-size: 0.95rem;
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
    font-size: 1.1rem;
  }

  .chart h3 {
    margin: 0 0 6px;
    font-size: 0.9rem;
    font-weight: 400;
    color: #3a424b;
  }

  .chart figcaption {
    font-size: 0.85rem;
    color: #3a424b;
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
    border-bottom: 2px solid #1b1f24;
    font-size: 0.8rem;
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
    background: #fde3d3;
    box-shadow: inset 4px 0 0 var(--reversed);
  }

  .who {
    display: inline;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .share {
    font-size: 0.8rem;
    color: #4a525c;
  }

  .chart [class*='-swatches'] {
    font-size: 0.85rem;
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
    color: #4a525c;
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
    font-size: 0.8rem;
    color: #4a525c;
  }

  .key {
    margin: 6px 0 0;
    font-size: 0.85rem;
    color: #3a424b;
  }

  .reversal {
    display: inline-block;
    margin-right: 4px;
    padding: 0 4px;
    border: 2px solid var(--reversed);
    border-radius: 4px;
    background: #fde3d3;
    color: #6e2700;
    font-size: 0.75rem;
    font-weight: 700;
    white-space: nowrap;
  }

  .muted {
    color: #4a525c;
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
