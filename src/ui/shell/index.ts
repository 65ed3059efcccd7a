/**
 * The page itself: <tally-app> with its tabs, the address that holds the scenario (so a link
 * reproduces a run), the engine's worker running each edit, projector mode; and main.ts, the entry
 * that index.html loads.
 */
export * from './edit-debounce.ts';
export * from './page-link.ts';
export * from './page-tabs.ts';
export * from './projector-mode.ts';
export * from './scenario-url.ts';
export * from './tally-app.ts';
