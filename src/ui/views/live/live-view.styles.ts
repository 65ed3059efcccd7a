import { css } from 'lit';

export const liveViewStyles = css`
  :host { display: block; }
  h2 { margin: 0 0 8px; }
  .note { border: 1px solid var(--tl-border); border-radius: var(--tl-radius-md); padding: 8px 12px; background: var(--tl-white); }
  .problem { color: var(--tl-red, #9b1c1c); font-weight: 600; }
  .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; margin: 8px 0; }
  label { display: grid; gap: 4px; font-weight: 600; }
  .join { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; }
  .join img { max-width: 100%; height: auto; }
  .code { font-family: ui-monospace, monospace; font-size: clamp(2rem, 6vw, 3.5rem); letter-spacing: 0.1em; margin: 0; font-weight: 700; }
  .url, .hash { font-family: ui-monospace, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
  table { border-collapse: collapse; margin: 8px 0; }
  th, td { border-bottom: 1px solid var(--tl-border); padding: 4px 10px; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  .load, .new { margin-top: 20px; }
`;
