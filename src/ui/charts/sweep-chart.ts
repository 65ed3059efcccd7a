/**
 * The sweep's detection curves (Observable Plot): over the first grid knob, the observed detection
 * rate with its Wilson 95 % band (shaded area, solid line and dots) beside the closed form (dashed
 * line), one series per value of the knobs after the second; `chartGroups` makes one chart per value
 * of the second knob. Series are told apart by colour and by their legend words; observed and
 * closed form by solid and dashed lines.
 */
import * as Plot from '@observablehq/plot';
import { accessiblePlot } from './chart-roles.ts';
import type { KnobValue, PointSummary, Sweep } from '../../core/index.ts';
import { formatPercent } from '../common/format.ts';
import { msg, str } from '@lit/localize';

/** Okabe–Ito blue, vermillion, bluish green, reddish purple, orange. */
const SERIES_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00'];

export interface ChartGroup {
  /** The second knob's value of this chart, or null with a single knob. */
  readonly value: KnobValue | null;
  readonly title: string;
  readonly points: readonly PointSummary[];
}

interface Datum {
  readonly x: number;
  readonly series: string;
  readonly rate: number;
  readonly low: number;
  readonly high: number;
  readonly closedForm: number | null;
  readonly runs: number;
  readonly detections: number;
}

/** Plain words for the knobs sweeps move (a reader never sees a field path). */
const knobWords = (): Readonly<Record<string, string>> => ({
  'verifiability.receiptCheckShare': msg('Share of voters checking receipts'),
  'verifiability.receiptCheckTime': msg('When they check'),
  'verifiability.paperRecountShare': msg('Share of paper recounted'),
  'adversary.attacks[0].size': msg('Ballots tampered with'),
  'e2e.challengeShare': msg('Share of ballots challenged'),
});

/** Plain words for knob values that are codes. */
const valueWords = (): Readonly<Record<string, string>> => ({
  'during-voting': msg('right after voting'),
  'after-publication': msg('after the results'),
});

/** A knob's name in words: `verifiability.receiptCheckShare` → "Share of voters checking receipts" (else its last part, spaced). */
export const knobName = (path: string) =>
  knobWords()[path] ??
  path
    .replace(/^.*\./, '')
    .replace(/\[\d+\]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase());

/** A knob's value in words (codes spelled out, the rest as they are). */
export const knobValue = (v: KnobValue) => (typeof v === 'string' ? (valueWords()[v] ?? v) : String(v));

/** Curves need a numeric first knob. */
export const chartable = (sweep: Sweep) => sweep.axes.length > 0 && sweep.axes[0].values.every((v) => typeof v === 'number');

export function chartGroups(sweep: Sweep, points: readonly PointSummary[]): ChartGroup[] {
  if (sweep.axes.length < 2) return [{ value: null, title: sweep.name, points }];
  const axis = sweep.axes[1];
  return axis.values.map((value) => ({ value, title: `${knobName(axis.path)}: ${knobValue(value)}`, points: points.filter((p) => p.values[1] === value) }));
}

/** The series a point belongs to: the values of the knobs after the second. */
function seriesOf(sweep: Sweep, p: PointSummary): string {
  const rest = sweep.axes.slice(2);
  return rest.length === 0 ? 'observed' : rest.map((a, i) => `${knobName(a.path)}: ${knobValue(p.values[i + 2])}`).join(', ');
}

/** The text of an observed dot's tooltip (the browser test reads it back). */
export function dotTitle(sweep: Sweep, p: PointSummary): string {
  const where = sweep.axes.map((a, i) => `${knobName(a.path)}: ${knobValue(p.values[i])}`).join(', ');
  const closed = p.closedForm === null ? 'no formula' : `the formula says ${formatPercent(p.closedForm)}`;
  return `${where}: detected ${p.detections} of ${p.runs} (${formatPercent(p.rate)}, 95 % band ${formatPercent(p.low)} – ${formatPercent(p.high)}); ${closed}`;
}

export function detectionChart(sweep: Sweep, group: ChartGroup, width: number): HTMLElement | SVGSVGElement {
  const axis = sweep.axes[0];
  const data: Datum[] = group.points.map((p) => ({ x: p.values[0] as number, series: seriesOf(sweep, p), rate: p.rate, low: p.low, high: p.high, closedForm: p.closedForm, runs: p.runs, detections: p.detections }));
  const byPoint = new Map(data.map((d, i) => [d, group.points[i]]));
  const series = [...new Set(data.map((d) => d.series))];
  const xs = data.map((d) => d.x);
  const logX = Math.min(...xs) > 0 && Math.max(...xs) / Math.min(...xs) >= 10;
  const closed = data.filter((d) => d.closedForm !== null);
  return accessiblePlot({
    width,
    height: 320,
    marginLeft: 56,
    marginRight: 24,
    marginBottom: 44,
    title: msg(str`Detection rate, ${group.title}`),
    subtitle: msg('Solid line and dots: how often the checks caught the attack in these runs. Shaded: where the true rate lies, 95 % sure, given this many runs. Dashed: what the formula for checkers drawn at random says.'),
    style: { fontSize: '14px', fontFamily: 'inherit', color: '#1b1f24', overflow: 'visible' },
    x: { type: logX ? 'log' : 'linear', label: `${knobName(axis.path)} →`, ticks: xs, tickFormat: (v: number) => String(v) },
    y: { domain: [0, 1], label: msg('↑ Detection rate'), tickFormat: (v: number) => formatPercent(v, 0), grid: true },
    color: { domain: series, range: SERIES_COLOURS, legend: series.length > 1 },
    marks: [
      Plot.areaY(data, { x: 'x', y1: 'low', y2: 'high', z: 'series', fill: 'series', fillOpacity: 0.16, ariaDescription: 'observed 95 % band' }),
      Plot.lineY(closed, { x: 'x', y: 'closedForm', z: 'series', stroke: 'series', strokeWidth: 2, strokeDasharray: '7 5', ariaDescription: 'closed form' }),
      Plot.lineY(data, { x: 'x', y: 'rate', z: 'series', stroke: 'series', strokeWidth: 2.5, ariaDescription: 'observed rate' }),
      Plot.dot(data, { x: 'x', y: 'rate', fill: 'series', r: 4, title: (d: Datum) => dotTitle(sweep, byPoint.get(d)!), ariaDescription: 'observed points' }),
    ],
  });
}
