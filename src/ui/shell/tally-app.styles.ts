import { css } from 'lit';

export const tallyAppStyles = css`
  :host {
    display: block;
    max-width: 1280px;
    margin: 0 auto;
    padding: 20px 20px 40px;
    box-sizing: border-box;
    color: var(--ink, var(--tl-ink));
    font-family: var(--tl-font-sans);
    font-size: 18px;
    line-height: 1.45;
  }

  header h1 {
    margin: 0;
    font-size: 2rem;
    letter-spacing: -0.01em;
  }

  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px 16px;
  }

  .language-switch {
    display: flex;
    gap: 4px;
  }

  .language-switch button {
    min-height: 44px;
    padding: 4px 12px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius, 6px);
    background: var(--panel, var(--tl-panel));
    color: inherit;
    font: inherit;
    font-size: var(--tl-text-base);
    cursor: pointer;
  }

  .language-switch button[aria-pressed='true'] {
    border-color: var(--tl-accent, currentColor);
    font-weight: 600;
    box-shadow: inset 0 -3px 0 var(--tl-accent, currentColor);
  }

  .language-notice {
    margin: 8px 0 0;
    padding: 8px 12px;
    border-left: 4px solid var(--tl-warn, #b58100);
    background: var(--panel, var(--tl-panel));
  }

  .lede {
    margin: 4px 0 16px;
    max-width: 70em;
    color: var(--muted, var(--tl-muted));
    font-size: var(--tl-text-base);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 12px 28px;
    padding: 14px 18px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }

  label {
    font-weight: 600;
  }

  .help {
    color: var(--muted, var(--tl-muted));
    font-size: var(--tl-text-xs);
  }

  .seed-row {
    display: flex;
    gap: 8px;
  }

  select,
  input,
  button {
    font: inherit;
    font-size: var(--tl-text-base);
    min-height: 44px;
    box-sizing: border-box;
    border-radius: var(--tl-radius-md);
  }

  select,
  input {
    border: 1px solid var(--tl-border);
    background: var(--tl-white);
    color: inherit;
    padding: 6px 10px;
  }

  select {
    min-width: 12em;
  }

  input {
    width: 14em;
    font-family: var(--tl-font-mono);
  }

  button {
    padding: 6px 16px;
    border: 1px solid var(--tl-grey);
    background: var(--tl-white);
    color: inherit;
    cursor: pointer;
  }

  button:hover {
    background: var(--tl-fill);
  }

  button.primary {
    min-width: 6em;
    border-color: var(--tl-blue-darker);
    background: var(--tl-blue-dark);
    color: var(--tl-white);
    font-weight: 600;
  }

  button.primary:hover {
    background: #0a4f9e;
  }

  select:focus-visible,
  input:focus-visible,
  button:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }

  .actions {
    display: flex;
    gap: 8px;
    /* Line the buttons up with the inputs, under their labels. */
    padding-top: calc(1.45em + 4px);
  }

  /* The view toggle sits at the end of the row, lined up with the inputs like the buttons. */
  .field.view {
    margin-left: auto;
    max-width: 14em;
    gap: 0;
  }

  .toggle {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 36px;
    cursor: pointer;
  }

  .toggle input {
    width: 24px;
    height: 24px;
    min-height: 0;
    padding: 0;
    margin: 0;
    accent-color: var(--tl-purple);
  }

  .toggle input:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: var(--tl-focus-offset);
  }

  .scenario-bar {
    display: flex;
    align-items: center;
    gap: 12px 24px;
    margin: 14px 0;
  }

  .bar-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    flex: none;
  }

  .description {
    margin: 0;
    max-width: 70em;
    flex: 1;
  }

  .description p {
    display: inline;
    margin: 0 0.5em 0 0;
  }

  .description .reveal {
    min-height: 36px;
    padding: 2px 12px;
    font-size: var(--tl-text-md);
    vertical-align: baseline;
  }

  .error {
    margin: 12px 0;
    padding: 10px 16px;
    border: 2px solid var(--tl-error);
    border-left-width: 8px;
    border-radius: var(--tl-radius-md);
    background: var(--tl-error-fill);
    color: var(--tl-error-ink);
  }

  .error[hidden] {
    display: none;
  }

  .error p,
  .error ul {
    margin: 4px 0;
  }

  .status {
    margin: 12px 0;
  }

  .status.running {
    display: flex;
    align-items: center;
    gap: 14px;
  }

  .status.running label {
    min-width: 17em;
  }

  progress {
    flex: 1;
    max-width: 480px;
    height: 20px;
    accent-color: var(--tl-blue-dark);
  }

  .percent {
    font-variant-numeric: tabular-nums;
    min-width: 3.5em;
  }

  .status.done {
    color: var(--muted, var(--tl-muted));
  }

  .status.done .cost {
    display: block;
    margin-top: 0.25em;
  }

  .nowrap {
    white-space: nowrap;
  }

  code {
    font-family: var(--tl-font-mono);
    font-size: 0.9em;
  }


  /* The workspace: the views, with the editor on their left and the lesson guide on their right
     when there is room; on narrower screens the guide sits above the views, and on phones the
     editor is a drawer over the page and the guide a sheet along the bottom. */
  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 20px;
    align-items: start;
  }

  .editor {
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
    padding: 10px 14px;
    border: 1px solid var(--line, var(--tl-line));
    border-radius: var(--tl-radius-lg);
    background: var(--panel, var(--tl-panel));
    box-sizing: border-box;
  }

  .editor-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
  }

  .editor h2 {
    margin: 0;
    font-size: var(--tl-text-xxl);
  }

  .editor .close {
    display: none;
  }

  lesson-guide {
    margin: 0;
  }

  @media (min-width: 900px) {
    .workspace.with-editor {
      grid-template-columns: minmax(300px, 380px) minmax(0, 1fr);
    }
  }

  @media (min-width: 1100px) {
    :host {
      max-width: 1680px;
    }

    .workspace.with-lessons {
      grid-template-columns: minmax(0, 1fr) minmax(300px, 360px);
    }

    .workspace.with-lessons lesson-guide {
      grid-column: 2;
      grid-row: 1;
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }

    .workspace.with-lessons main {
      grid-column: 1;
      grid-row: 1;
    }

    .workspace.with-editor.with-lessons {
      grid-template-columns: minmax(280px, 340px) minmax(0, 1fr) minmax(280px, 320px);
    }

    .workspace.with-editor.with-lessons lesson-guide {
      grid-column: 3;
    }

    .workspace.with-editor.with-lessons main {
      grid-column: 2;
    }
  }

  @media (max-width: 899px) {
    .editor {
      position: fixed;
      z-index: 20;
      top: 0;
      right: 0;
      bottom: 0;
      width: min(100%, 460px);
      max-height: none;
      border-radius: 0;
      box-shadow: -8px 0 24px rgb(0 0 0 / 25%);
      background: var(--tl-white);
    }

    .editor .close {
      display: inline-block;
    }
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .run-verdict {
    white-space: nowrap;
    color: var(--ink, var(--tl-ink));
  }

  .view-target:focus {
    outline: none;
  }

  .view-target:focus-visible {
    outline: var(--tl-focus-ring);
    outline-offset: 4px;
  }

  main {
    min-width: 0;
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 8px;
    border-bottom: 2px solid var(--tl-grey);
  }

  .tabs [role='tab'] {
    margin-bottom: -2px;
    padding: 8px 18px;
    border: 2px solid transparent;
    border-bottom: none;
    border-radius: 8px 8px 0 0;
    background: transparent;
    color: var(--muted, var(--tl-muted));
    font-weight: 600;
  }

  .tabs [role='tab']:hover {
    background: var(--tl-fill);
    color: inherit;
  }

  /* The selected tab: joined to the panel, bold border, and underlined text (not colour alone). */
  .tabs [role='tab'][aria-selected='true'] {
    border-color: var(--tl-grey);
    background: var(--tl-white);
    color: var(--ink, var(--tl-ink));
    text-decoration: underline;
    text-decoration-thickness: 3px;
    text-underline-offset: 6px;
  }

  .panel {
    padding-top: 14px;
  }

  .waiting,
  .note {
    color: var(--muted, var(--tl-muted));
  }

  .note {
    max-width: 70em;
    padding: 8px 14px;
    border-left: 6px solid var(--tl-grey);
    background: var(--panel, var(--tl-panel));
  }

  /* Projector mode: larger type everywhere (child elements included), darker ink, heavier lines. */
  :host([projector]) {
    zoom: 1.3;
    max-width: min(100%, 1600px);
    --ink: #000;
    --muted: var(--tl-ink);
    --line: var(--tl-grey);
    --panel: #f2f3f5;
  }

  :host([projector]) .lede,
  :host([projector]) .help {
    display: none;
  }

  @media (max-width: 699px) {
    :host {
      padding: 12px 12px 32px;
    }

    header h1 {
      font-size: 1.5rem;
    }

    .lede {
      display: none;
    }

    /* Scenario and Run on one row, the seed under them, the two toggles last. */
    .controls {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: end;
      gap: 8px 10px;
      padding: 10px 12px;
    }

    .controls .field:has(#seed),
    .controls .field.view {
      grid-column: 1 / -1;
    }

    .controls .actions {
      grid-column: 2;
      grid-row: 1;
    }

    select,
    input:not([type='checkbox']) {
      width: 100%;
      min-width: 0;
    }

    .toggle {
      min-height: 32px;
    }

    /* Nobody projects from a phone: the toggle stays on larger screens. */
    .toggle.projector {
      display: none;
    }

    .scenario-bar,
    .status {
      margin: 8px 0;
    }

    .panel {
      padding-top: 8px;
    }

    .actions {
      padding-top: 0;
    }

    .seed-row {
      flex-wrap: wrap;
    }

    .seed-row input {
      flex: 1 1 8em;
      width: auto;
    }

    #seed-help {
      display: none;
    }

    .description {
      font-size: var(--tl-text-md);
    }

    .status {
      font-size: var(--tl-text-md);
    }

    .field.view {
      margin-left: 0;
      max-width: none;
      flex-direction: row;
      flex-wrap: wrap;
      gap: 0 20px;
    }

    .field.view .help {
      display: none;
    }

    .scenario-bar {
      flex-direction: column;
      align-items: stretch;
    }

    .tabs {
      flex-wrap: nowrap;
      overflow-x: auto;
      scrollbar-width: thin;
    }

    .tabs [role='tab'] {
      flex: none;
      padding: 8px 12px;
    }

    /* The guide: a sheet along the bottom, so the results stay above it. */
    .workspace.with-lessons {
      padding-bottom: 44vh;
    }

    .workspace.with-lessons lesson-guide {
      position: fixed;
      z-index: 10;
      left: 0;
      right: 0;
      bottom: 0;
      max-height: 42vh;
      overflow: auto;
      box-shadow: 0 -6px 20px rgb(0 0 0 / 22%);
    }

    /* Lowered to its title bar, the sheet leaves the whole result in view. */
    .workspace.with-lessons:has(lesson-guide[collapsed]) {
      padding-bottom: 6em;
    }
  }

`;
