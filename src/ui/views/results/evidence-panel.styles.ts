import { css } from 'lit';

/* Each check is a <details>: a PASS / FAIL / not possible tag (word, symbol, fill and border style), the
   check's name, who could make it, and the finding; failed checks carry a thick left bar as well. */
export const evidencePanelStyles = css`
  :host {
    display: block;
    margin-top: 28px;
  }

  h2 {
    margin: 0 0 4px;
    font-size: 1.35rem;
  }

  h3 {
    margin: 18px 0 6px;
    font-size: 1.05rem;
  }

  .aside {
    font-weight: 400;
    color: var(--tl-muted);
  }

  .intro {
    margin: 0 0 8px;
    max-width: 70em;
    font-size: var(--tl-text-lg);
    color: var(--tl-ink-soft);
  }

  .groups {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--tl-line);
  }

  .groups > li {
    border-bottom: 1px solid var(--tl-line);
  }

  details.group.failed {
    box-shadow: inset 6px 0 0 var(--tl-vermillion-dark);
    background: #fff6f0;
  }

  summary {
    display: grid;
    grid-template-columns: 7.5em minmax(18em, 25em) 1fr;
    gap: 2px 14px;
    align-items: baseline;
    position: relative;
    padding: 8px 10px 8px 22px;
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '▸';
    position: absolute;
    left: 8px;
    top: 8px;
    color: var(--tl-muted);
  }

  details[open] > summary::before {
    content: '▾';
  }

  summary:hover {
    background: rgba(11, 92, 184, 0.06);
  }

  summary:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: -3px;
  }

  .tag-cell {
    white-space: nowrap;
  }

  .check {
    display: block;
    font-size: var(--tl-text-base);
    font-weight: 600;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 10px;
    font-size: var(--tl-text-xs);
  }

  .check-id {
    font-family: var(--tl-font-mono);
    white-space: nowrap;
    color: var(--tl-muted);
  }

  .who.independent {
    color: var(--tl-ink-soft);
  }

  .who.operator {
    padding: 0 6px;
    border: 1px dashed var(--tl-grey);
    border-radius: 3px;
    font-weight: 700;
    font-style: italic;
    color: var(--tl-ink);
  }

  .outcome {
    font-size: var(--tl-text-base);
  }

  .failed .outcome {
    font-weight: 600;
  }

  dl {
    display: grid;
    grid-template-columns: 11em 1fr;
    gap: 4px 14px;
    margin: 0;
    padding: 2px 14px 12px calc(7.5em + 36px);
    font-size: var(--tl-text-lg);
  }

  dt {
    font-weight: 600;
    color: var(--tl-ink-soft);
  }

  dd {
    margin: 0;
    max-width: 60em;
  }

  dd p {
    margin: 0 0 4px;
  }

  .total {
    display: block;
    color: var(--tl-ink-soft);
  }

  ul.failed,
  ul.audits {
    margin: 0 0 6px;
    padding-left: 1.2em;
    list-style: disc;
  }

  @media (max-width: 900px) {
    summary {
      grid-template-columns: 1fr;
    }

    dl {
      grid-template-columns: 1fr;
      padding-left: 14px;
    }
  }
`;
