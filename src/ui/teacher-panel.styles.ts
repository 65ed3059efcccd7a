import { css } from 'lit';

/* Teacher material is set apart by a reddish-purple dashed frame and the words "Teacher view". */
export const teacherPanelStyles = css`
  :host {
    display: block;
    margin: 0 0 16px;
  }

  .teacher {
    padding: 10px 18px 12px;
    border: 2px dashed #a0527f;
    border-radius: 8px;
    background: #fbf4f8;
  }

  h2 {
    margin: 0 0 4px;
    font-size: 1.2rem;
  }

  h3 {
    margin: 10px 0 2px;
    font-size: 1rem;
  }

  .chip {
    display: inline-block;
    margin-right: 6px;
    padding: 0 8px;
    border-radius: 4px;
    background: #7a2f5c;
    color: #fff;
    font-size: 0.85rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    vertical-align: 2px;
  }

  p {
    margin: 4px 0;
    font-size: 0.95rem;
  }

  ol.attacks {
    margin: 4px 0 0;
    padding-left: 1.5em;
    font-size: 0.95rem;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.9em;
  }

  .effect {
    display: block;
  }

  .nowrap {
    white-space: nowrap;
  }
`;
