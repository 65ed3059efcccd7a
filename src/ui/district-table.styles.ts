import { css } from 'lit';

/* Flipped districts: Okabe–Ito orange (tells apart from the neutral rows for every common kind of
   colour blindness, and in greyscale), always together with the word "Flipped" and a thick bar. */
export const districtTableStyles = css`
  :host {
    display: block;
    margin-top: 8px;
  }

  .empty {
    padding: 24px;
    border: 2px dashed #b9c0c8;
    border-radius: 8px;
    color: #4a525c;
    text-align: center;
  }

  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    margin: 0 0 12px;
  }

  .totals div {
    padding: 6px 14px;
    border: 1px solid #d5d9de;
    border-radius: 8px;
    background: #f6f7f9;
  }

  .totals div.alert {
    border: 2px solid #a35a00;
    background: #ffe7bf;
  }

  .totals dt {
    font-size: 0.8rem;
    color: #4a525c;
  }

  .totals div.alert dt {
    color: #5a3300;
  }

  .totals dd {
    margin: 0;
    font-size: 1.15rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95rem;
  }

  caption {
    caption-side: top;
    text-align: left;
    padding: 0 0 6px;
    color: #4a525c;
  }

  th,
  td {
    padding: 6px 7px;
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid #e1e4e8;
  }

  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    vertical-align: bottom;
    border-bottom: 2px solid #1b1f24;
    background: #fff;
    font-size: 0.85rem;
    line-height: 1.2;
    white-space: normal;
  }

  /* Names get the room; numbers take only their own width (their headers wrap instead). */
  td[data-col='paper-leader'],
  td[data-col='published-winner'] {
    min-width: 14em;
  }

  .district-no {
    display: inline-block;
    min-width: 2.2em;
    font-weight: 400;
    font-variant-numeric: tabular-nums;
    color: #4a525c;
  }

  thead th.num {
    max-width: 6.5em;
    white-space: normal;
  }

  tbody th {
    font-weight: 600;
    white-space: nowrap;
  }

  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .party {
    display: block;
    font-size: 0.8rem;
    color: #4a525c;
  }

  tbody tr:nth-child(even) {
    background: #fafbfc;
  }

  tr.flipped,
  tr.flipped:nth-child(even) {
    background: #fff3dc;
  }

  tr.flipped > :first-child {
    box-shadow: inset 6px 0 0 #e69f00;
  }

  .flip {
    display: inline-block;
    padding: 0 6px;
    line-height: 1.35;
    border: 2px solid #a35a00;
    border-radius: 4px;
    background: #ffd699;
    color: #3d2300;
    font-weight: 700;
    white-space: nowrap;
  }

  .held {
    color: #4a525c;
  }
`;
