import * as Plot from '@observablehq/plot';
/**
 * Observable Plot names its marks' groups with aria-label (and our marks with aria-description),
 * but a <g> has no role of its own, and ARIA does not allow a name on an element without one
 * (axe-core: aria-prohibited-attr). Giving each named group the role "group" makes the names
 * legitimate and keeps them for screen readers (and for the tests' selectors).
 */
export function withChartRoles<T extends Element>(chart: T): T {
  for (const el of chart.querySelectorAll('[aria-label]:not([role]), [aria-description]:not([role])')) {
    el.setAttribute('role', el.tagName.toLowerCase() === 'g' ? 'group' : 'img');
  }
  if (chart.matches('svg[aria-label]:not([role]), svg[aria-description]:not([role])')) chart.setAttribute('role', 'img');
  return chart;
}

/** Plot.plot, with roles on its named groups. */
export function accessiblePlot(options: Plot.PlotOptions): ReturnType<typeof Plot.plot> {
  return withChartRoles(Plot.plot(options));
}
