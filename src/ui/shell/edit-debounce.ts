/** Pause after an edit before the run starts (typing a number is several edits). Read by the page and its bench. */
export const EDIT_DEBOUNCE_MS = 200;
