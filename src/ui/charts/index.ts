/**
 * What the views' Observable Plot charts share: the chart styles, the time axis in scenario-local
 * wall time (so a run reads the same in every time zone), and the sweep chart with its bands.
 */
export * from './chart-view.styles.ts';
export * from './sweep-chart.ts';
export * from './wall-clock.ts';
export * from './axis-labels.ts';
export * from './chart-roles.ts';
