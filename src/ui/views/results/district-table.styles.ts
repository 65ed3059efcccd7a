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
    border: 2px dashed var(--tl-border-dashed);
    border-radius: var(--tl-radius-lg);
    color: var(--tl-muted);
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
    border: 1px solid var(--tl-line);
    border-radius: var(--tl-radius-lg);
    background: var(--tl-panel);
  }

  .totals div.alert {
    border: 2px solid var(--tl-orange-dark);
    background: #ffe7bf;
  }

  .totals dt {
    font-size: var(--tl-text-xs);
    color: var(--tl-muted);
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

  /* Wide enough that the verdict's reason stays readable; narrower screens scroll it in its region. */
  table {
    width: 100%;
    min-width: 820px;
    border-collapse: collapse;
    font-size: var(--tl-text-md);
  }

  caption {
    caption-side: top;
    text-align: left;
    padding: 0 0 6px;
    color: var(--tl-muted);
  }

  th,
  td {
    padding: 6px 5px;
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid #e1e4e8;
  }

  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    vertical-align: bottom;
    border-bottom: 2px solid var(--tl-ink);
    background: var(--tl-white);
    font-size: var(--tl-text-sm);
    line-height: 1.2;
    white-space: normal;
  }

  /* Names get the room; numbers take only their own width (their headers wrap instead). */
  td[data-col='paper-leader'],
  td[data-col='published-winner'] {
    min-width: 7.5em;
  }

  .district-no {
    display: inline-block;
    min-width: 2.2em;
    font-weight: 400;
    font-variant-numeric: tabular-nums;
    color: var(--tl-muted);
  }

  thead th.num {
    max-width: 6.5em;
    white-space: normal;
  }

  /* A header word longer than its column (Russian runs long: "Зарегистрировано") breaks at its soft
     hyphens (the translations carry them), and as a last resort anywhere, rather than spilling under the next header. */
  thead th {
    hyphens: manual;
    overflow-wrap: break-word;
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
    font-size: var(--tl-text-xs);
    color: var(--tl-muted);
  }

  tbody tr.even {
    background: #fafbfc;
  }

  tr.flipped,
  tr.flipped.even {
    background: #fff3dc;
  }

  tr.flipped > :first-child {
    box-shadow: inset 6px 0 0 #e69f00;
  }

  .flip {
    display: inline-block;
    padding: 0 6px;
    line-height: 1.35;
    border: 2px solid var(--tl-orange-dark);
    border-radius: var(--tl-radius-sm);
    background: #ffd699;
    color: #3d2300;
    font-weight: 700;
    white-space: nowrap;
  }

  .held {
    color: var(--tl-muted);
  }
`;

export const verdictColumnStyles = css`
  th .hint {
    display: block;
    font-weight: 400;
    color: var(--tl-muted);
  }

  td[data-col='verdict'] {
    min-width: 10.5em;
  }

  details.why summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 8px;
    list-style: none;
    cursor: pointer;
    border-radius: var(--tl-radius-sm);
  }

  details.why summary::-webkit-details-marker {
    display: none;
  }

  details.why summary:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }

  .sub {
    font-size: var(--tl-text-sm);
    color: var(--tl-ink-soft);
  }

  .sub.confirmed {
    font-weight: 700;
    color: var(--tl-green-ink);
  }

  .sub code {
    font-family: var(--tl-font-mono);
    font-size: 0.95em;
    font-weight: 700;
  }

  .why-hint {
    font-size: var(--tl-text-xs);
    color: var(--tl-blue-dark);
    text-decoration: underline;
  }

  .why-hint::before {
    content: '▸ ';
    text-decoration: none;
    display: inline-block;
  }

  details[open] .why-hint::before {
    content: '▾ ';
  }

  .reason {
    margin: 6px 0 2px;
    max-width: 24em;
    font-size: var(--tl-text-sm);
    line-height: 1.35;
    white-space: normal;
  }

  /* Teacher rows: a reddish-purple strip under each district, with the word "Teacher"; where the
     published winner did not win, a darker fill, a thick frame, ⚠ and the words say so. */
  :host([teacher]) tr.district > * {
    border-bottom-color: transparent;
  }

  tr.truth-row td {
    padding: 3px 8px 5px;
    border-bottom: 1px solid var(--tl-line-strong);
    background: #fbf4f8;
    box-shadow: inset 6px 0 0 #d7a9c4;
    font-size: var(--tl-text-sm);
  }

  tr.truth-row.differs td {
    background: #f2dcea;
    box-shadow:
      inset 6px 0 0 var(--tl-purple),
      inset 0 0 0 2px var(--tl-purple-light);
  }

  .teacher-chip {
    display: inline-block;
    margin-right: 6px;
    padding: 0 6px;
    border-radius: 3px;
    background: var(--tl-purple);
    color: var(--tl-white);
    font-size: var(--tl-text-xxs);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .mismatch {
    color: #4d1838;
  }

  .truth-row .name {
    font-weight: 700;
  }

  .tampered {
    margin-left: 10px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .legend {
    margin: 8px 0 0;
    font-size: var(--tl-text-sm);
    color: var(--tl-ink-soft);
  }
`;
