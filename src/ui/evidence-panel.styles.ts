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
    color: #4a525c;
  }

  .intro {
    margin: 0 0 8px;
    max-width: 70em;
    font-size: 0.95rem;
    color: #3a424b;
  }

  .groups {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid #d5d9de;
  }

  .groups > li {
    border-bottom: 1px solid #d5d9de;
  }

  details.group.failed {
    box-shadow: inset 6px 0 0 #a63d00;
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
    color: #4a525c;
  }

  details[open] > summary::before {
    content: '▾';
  }

  summary:hover {
    background: rgba(11, 92, 184, 0.06);
  }

  summary:focus-visible {
    outline: 3px solid #f0a300;
    outline-offset: -3px;
  }

  .tag-cell {
    white-space: nowrap;
  }

  .check {
    display: block;
    font-size: 1rem;
    font-weight: 600;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 10px;
    font-size: 0.8rem;
  }

  .check-id {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    white-space: nowrap;
    color: #4a525c;
  }

  .who.independent {
    color: #3a424b;
  }

  .who.operator {
    padding: 0 6px;
    border: 1px dashed #5d6670;
    border-radius: 3px;
    font-weight: 700;
    font-style: italic;
    color: #1b1f24;
  }

  .outcome {
    font-size: 1rem;
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
    font-size: 0.95rem;
  }

  dt {
    font-weight: 600;
    color: #3a424b;
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
    color: #3a424b;
  }

  ul.failed {
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
