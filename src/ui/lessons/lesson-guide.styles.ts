import { css } from 'lit';

/* The guide sits above the views like a worksheet: a blue frame, the step, the question, and the
   three moves a class makes (start, move the knob, read the takeaway). */
export const lessonGuideStyles = css`
  :host {
    display: block;
    margin: 0 0 16px;
  }

  .guide {
    padding: 10px 18px 14px;
    border: 2px solid var(--tl-blue);
    border-radius: var(--tl-radius-lg);
    background: #f2f8fc;
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 16px;
  }

  h2 {
    margin: 0;
    font-size: var(--tl-text-xxl);
  }

  .step {
    color: var(--tl-muted);
    font-size: var(--tl-text-sm);
  }

  .question {
    font-size: var(--tl-text-xl);
    max-width: 60em;
  }

  ol.moves {
    margin: 8px 0 0;
    padding-left: 1.4em;
    display: grid;
    gap: 8px;
  }

  ol.moves li::marker {
    font-weight: 600;
  }

  code {
    font-family: var(--tl-font-mono);
    font-size: var(--tl-text-sm);
  }

  .takeaway {
    margin: 8px 0 0;
    padding: 8px 12px;
    border-left: 4px solid var(--tl-green);
    background: var(--tl-green-fill);
    color: var(--tl-green-ink);
    max-width: 60em;
  }

  nav {
    display: flex;
    gap: 8px;
    margin-top: 12px;
  }

  button {
    font: inherit;
    padding: 4px 12px;
    border: 1px solid var(--tl-border);
    border-radius: var(--tl-radius-md);
    background: var(--tl-white);
    color: var(--tl-ink);
    cursor: pointer;
  }

  button:disabled {
    cursor: default;
    color: var(--tl-grey);
    border-color: var(--tl-line-strong);
  }

  button.primary {
    background: var(--tl-blue-dark);
    border-color: var(--tl-blue-dark);
    color: var(--tl-white);
  }

  button:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }

  /* Beside the views the whole guide shows; the toggle is for the phone's bottom sheet alone. */
  .sheet-toggle {
    display: none;
  }

  .body[hidden] {
    display: block;
  }

  @media (max-width: 699px) {
    header {
      position: sticky;
      top: 0;
      z-index: 1;
      padding: 6px 0;
      background: #f2f8fc;
    }

    /* One line: the title gives way (ellipsis) to the toggle, so the lowered sheet is a thin bar. */
    header {
      flex-wrap: nowrap;
      align-items: center;
      gap: 8px;
    }

    h2 {
      flex: 1;
      min-width: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      font-size: var(--tl-text-lg);
    }

    /* Open, the sheet shows the whole title (Russian titles run longer); lowered, it keeps to one line. */
    :host(:not([collapsed])) h2 {
      white-space: normal;
    }

    .step {
      flex: none;
    }

    .sheet-toggle {
      display: inline-block;
      flex: none;
    }

    .body[hidden] {
      display: none;
    }
  }

  .done {
    color: var(--tl-green-ink);
    font-weight: 600;
  }
`;
