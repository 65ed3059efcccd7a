import { css } from 'lit';

/* Teacher material is set apart by a reddish-purple dashed frame and the words "Teacher view". */
export const teacherPanelStyles = css`
  :host {
    display: block;
    margin: 0 0 16px;
  }

  .teacher {
    padding: 10px 18px 12px;
    border: 2px dashed var(--tl-purple-light);
    border-radius: var(--tl-radius-lg);
    background: #fbf4f8;
  }

  h2 {
    margin: 0 0 4px;
    font-size: 1.2rem;
  }

  h3 {
    margin: 10px 0 2px;
    font-size: var(--tl-text-base);
  }

  .chip {
    display: inline-block;
    margin-right: 6px;
    padding: 0 8px;
    border-radius: var(--tl-radius-sm);
    background: var(--tl-purple);
    color: var(--tl-white);
    font-size: var(--tl-text-sm);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    vertical-align: 2px;
  }

  p {
    margin: 4px 0;
    font-size: var(--tl-text-lg);
  }

  ol.attacks {
    margin: 4px 0 0;
    padding-left: 1.5em;
    font-size: var(--tl-text-lg);
  }

  code {
    font-family: var(--tl-font-mono);
    font-size: 0.9em;
  }

  .effect {
    display: block;
  }

  .nowrap {
    white-space: nowrap;
  }
`;
