/**
 * <real-series-view>: the real Moscow 2021 online vote (public/data/moscow-2021-online-20min.csv) beside the
 * online vote of the shown run, one district at a time. Two charts (Observable Plot): each leading candidate's
 * share of every 20-minute bin's ballots over the three days, real above simulated; and the cumulative ballots of
 * both. Times are the scenario's local wall times (never the browser's zone). The shipped file is fetched and
 * parsed once per page (parsing reads a file; it computes no election); the simulated series comes from the
 * engine worker. A caption says what such a pattern can and cannot show.
 */
import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../charts/chart-roles.ts';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localBinLabel, parseVoteSeries, type DistrictSeries, type SeriesError, type SimulationResult, type VoteSeries } from '../../../core/index.ts';
import { formatCount, formatPercent } from '../../common/format.ts';
import { wallClock } from '../../charts/wall-clock.ts';
import { chartViewStyles } from '../../charts/chart-view.styles.ts';
import { realSeriesViewStyles } from './real-series-view.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import { localized, msg, str } from '@lit/localize';
import { localName } from '../../../i18n/names.ts';
import { engineText } from '../../../i18n/engine-catalogue.ts';
import { intlLocale } from '../../../i18n/format.ts';
import { language } from '../../../i18n/locale.ts';

/** The run's simulated series, from the engine worker. */
export interface SimulatedSeries {
  /** Names the run: a new id means a new series. */
  readonly runId: string;
  load(binMinutes: number): Promise<VoteSeries>;
}

export const REAL_DATA_PATH = 'data/moscow-2021-online-20min.csv';
const DEFAULT_DISTRICT = 197;
const TOP = 3;
const SLOTS = ['1st', '2nd', '3rd', 'others'] as const;
type Slot = (typeof SLOTS)[number];
const SLOT_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#6a737d'];
const realLabel = () => msg('Real 2021 online vote');
const simulatedLabel = () => msg('This simulated run');
const SOURCE_COLOURS = ['#1b1f24', '#cc79a7'];
const FACET_HEIGHT = 190;
const CHART_HEIGHT = 230;

type RealLoad = { readonly series: VoteSeries } | { readonly errors: readonly SeriesError[] } | { readonly failed: string };

let realCache: Promise<RealLoad> | undefined;

/** The shipped real series, fetched and parsed once per page. */
export function loadRealSeries(): Promise<RealLoad> {
  realCache ??= (async (): Promise<RealLoad> => {
    try {
      const response = await fetch(new URL(REAL_DATA_PATH, document.baseURI));
      if (!response.ok) return { failed: `could not fetch ${REAL_DATA_PATH}: HTTP ${response.status}` };
      const parsed = parseVoteSeries(await response.text());
      return 'series' in parsed ? { series: parsed.series } : { errors: parsed.errors };
    } catch (err) {
      return { failed: `could not fetch ${REAL_DATA_PATH}: ${err instanceof Error ? err.message : String(err)}` };
    }
  })();
  const pending = realCache;
  // A failed fetch may be retried by opening the tab again.
  void pending.then((r) => {
    if ('failed' in r && realCache === pending) realCache = undefined;
  });
  return pending;
}

/** One point of a line: a slot's share of one bin, or the cumulative ballots at one bin's end. */
interface SharePoint {
  readonly source: string;
  readonly slot: Slot;
  readonly name: string;
  readonly time: Date;
  readonly share: number;
}
interface CumulativePoint {
  readonly source: string;
  readonly time: Date;
  readonly ballots: number;
}

/** A district's top candidates (by total), plus "others". */
export interface SlotLegend {
  readonly slot: Slot;
  readonly name: string;
  /** The name as on the ballot, where the page shows it transliterated. */
  readonly original?: string;
  readonly total: number;
}

interface Prepared {
  readonly shares: SharePoint[];
  readonly cumulative: CumulativePoint[];
  readonly legend: SlotLegend[];
  readonly total: number;
}

/** Top candidates of a district plus "others", with each bin's shares and the running total, on `time(bin)`. */
function prepare(d: DistrictSeries, source: string, time: (iso: string) => Date): Prepared {
  const ranked = d.candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.total - a.c.total || a.i - b.i);
  const top = ranked.slice(0, TOP).map(({ c }) => c);
  const rest = ranked.slice(TOP).map(({ c }) => c);
  const n = d.bins.length;
  const perBin = new Float64Array(n);
  for (const c of d.candidates) for (let b = 0; b < n; b++) perBin[b] += c.votes[b];
  const lines: { slot: Slot; name: string; original?: string; votes: ArrayLike<number>; total: number }[] = top.map((c, k) => ({
    slot: SLOTS[k],
    // The real file's Cyrillic ballot names, written as the simulated city writes its candidates.
    name: localName(c.name),
    original: c.name,
    votes: c.votes,
    total: c.total,
  }));
  if (rest.length > 0) {
    const votes = new Float64Array(n);
    for (const c of rest) for (let b = 0; b < n; b++) votes[b] += c.votes[b];
    lines.push({ slot: 'others', name: rest.length === 1 ? msg('1 other') : msg(str`${rest.length} others`), votes, total: rest.reduce((a, c) => a + c.total, 0) });
  }
  const times = d.bins.map(time);
  const shares: SharePoint[] = [];
  for (const line of lines) {
    for (let b = 0; b < n; b++) {
      // A bin without ballots has no share: a gap, not a zero.
      if (perBin[b] > 0) shares.push({ source, slot: line.slot, name: line.name, time: times[b], share: line.votes[b] / perBin[b] });
    }
  }
  const cumulative: CumulativePoint[] = [];
  let sum = 0;
  const binMs = d.binMinutes * 60_000;
  if (n > 0) cumulative.push({ source, time: times[0], ballots: 0 });
  for (let b = 0; b < n; b++) {
    sum += perBin[b];
    cumulative.push({ source, time: new Date(+times[b] + binMs), ballots: sum });
  }
  return { shares, cumulative, legend: lines.map(({ slot, name, original, total }) => ({ slot, name, original, total })), total: d.total };
}

@localized()
@customElement('real-series-view')
export class RealSeriesView extends LitElement {
  static override styles = [theme, chartViewStyles, realSeriesViewStyles];

  /** The shown run (its scenario's time zone and districts). */
  @property({ attribute: false }) result: SimulationResult | undefined;
  /** The shown run's series, from the worker. */
  @property({ attribute: false }) simulated: SimulatedSeries | undefined;

  @state() private real: RealLoad | undefined;
  @state() private sim: VoteSeries | undefined;
  @state() private simProblem: string | undefined;
  @state() private district = DEFAULT_DISTRICT;
  @state() private chartWidth = 0;

  #simFor: string | undefined;
  #resize: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void loadRealSeries().then((r) => (this.real = r));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('simulated') && this.simulated?.runId !== this.#simFor) {
      this.sim = undefined;
      this.simProblem = undefined;
      this.#simFor = this.simulated?.runId;
      const source = this.simulated;
      if (source && this.real && 'series' in this.real) this.#loadSim(source, this.real.series.binMinutes);
    }
    if (changed.has('real') && this.real && 'series' in this.real && this.simulated && !this.sim) {
      this.#loadSim(this.simulated, this.real.series.binMinutes);
    }
  }

  #loadSim(source: SimulatedSeries, binMinutes: number): void {
    source.load(binMinutes).then(
      (s) => {
        if (this.simulated === source) this.sim = s;
      },
      (err: unknown) => {
        if (this.simulated === source) this.simProblem = err instanceof Error ? err.message : String(err);
      },
    );
  }

  protected override updated(): void {
    const share = this.renderRoot.querySelector<HTMLElement>('[data-testid="share-chart"]');
    const cumulative = this.renderRoot.querySelector<HTMLElement>('[data-testid="cumulative-chart"]');
    if (!share || !cumulative) return;
    if (!this.#resize) {
      this.#resize = new ResizeObserver(([entry]) => {
        const width = Math.floor(entry.contentRect.width);
        if (width > 0 && Math.abs(width - this.chartWidth) > 4) this.chartWidth = width;
      });
      this.#resize.observe(share);
    }
  }

  override render() {
    const real = this.real;
    if (!real) return html`<p class="waiting" data-testid="real-loading">${msg('Reading the real Moscow 2021 online vote…')}</p>`;
    if ('failed' in real) return html`<p class="problem" role="alert" data-testid="real-failed">${msg(str`The real data could not be read: ${real.failed}.`)}</p>`;
    if ('errors' in real) {
      return html`<div class="problem" role="alert" data-testid="real-errors">
        <p>${msg(html`The real data file <code>${REAL_DATA_PATH}</code> has problems (${real.errors.length}):`)}</p>
        <ul>
          ${real.errors.map((e) => html`<li data-testid="real-error">${msg(str`line ${e.line}`)}${e.column ? html`, ${msg('column')} <code>${e.column}</code>` : nothing}: ${engineText(e.message)}</li>`)}
        </ul>
      </div>`;
    }
    const r = this.result;
    const offset = r?.scenario.timeZone.utcOffsetMinutes ?? 180;
    const zone = zoneLabel(offset, r?.scenario.timeZone.label === 'MSK' ? msg('MSK', { id: 'zone.msk' }) : r?.scenario.timeZone.label);
    const simIds = new Set(this.sim?.districts.map((d) => d.id) ?? []);
    const realIds = real.series.districts.map((d) => d.id);
    const shared = realIds.filter((id) => simIds.has(id));
    const choices = shared.length > 0 ? shared : realIds;
    const district = choices.includes(this.district) ? this.district : choices.includes(DEFAULT_DISTRICT) ? DEFAULT_DISTRICT : choices[0];
    const realD = real.series.districts.find((d) => d.id === district)!;
    const simD = this.sim?.districts.find((d) => d.id === district);
    const name = r?.districts.find((d) => d.id === district)?.name;

    return html`
      <div class="controls">
        <label for="district">${msg('District')}</label>
        <select id="district" data-testid="real-district" @change=${(e: Event) => (this.district = Number((e.target as HTMLSelectElement).value))}>
          ${choices.map((id) => html`<option value=${id} ?selected=${id === district}>${id}${r?.districts.find((d) => d.id === id) ? ` ${localName(r.districts.find((d) => d.id === id)!.name)}` : ''}</option>`)}
        </select>
        <span class="muted">
          ${msg(str`Real: ${formatCount(realD.total)} online ballots in ${realD.bins.length} bins of ${realD.binMinutes} minutes`)}${simD
            ? msg(str`; simulated: ${formatCount(simD.total)}`)
            : nothing}.
        </span>
      </div>
      ${this.simProblem ? html`<p class="problem" role="alert" data-testid="sim-failed">${msg(str`The simulated series could not be read: ${this.simProblem}`)}</p>` : nothing}
      ${!this.simulated
        ? html`<p class="note" data-testid="no-run">${msg('No run yet: the real series is drawn alone.')}</p>`
        : this.sim && !simD
          ? html`<p class="note" data-testid="no-district">
              ${msg(str`This run has no district ${district}: choose the moscow-2021 or moscow-2021-rigged preset to compare. The real series is drawn alone.`)}
            </p>`
          : nothing}
      ${this.#charts(realD, simD, offset, zone, name)}
      <div class="caption" data-testid="real-caption">
        <p><strong>${msg('What this can and cannot show.')}</strong></p>
        <ul>
          <li>
            ${msg(
              html`A late surge for one candidate <em>suggests</em> that something changed; it does not <em>prove</em> fraud. Who votes when differs (people vote online from work on Friday, others at home on Sunday), and that alone moves the shares.`,
            )}
          </li>
          <li>
            ${msg(
              'The real file counts every stored online ballot, including re-votes later superseded by the same voter: its totals are not the published result, and nobody outside could check which ballots counted.',
            )}
          </li>
          <li>
            ${msg(
              html`The simulated run (<code>${r?.scenario.name ?? ''}</code>) is a model: an honest simulated city shows a swing too, purely from who votes when. A resemblance between the two curves cannot prove the real vote honest, and a difference cannot prove it rigged.`,
            )}
          </li>
        </ul>
      </div>
    `;
  }

  #charts(realD: DistrictSeries, simD: DistrictSeries | undefined, offset: number, zone: string, name: string | undefined) {
    const realStart = wallClock(localBinLabel(realD.bins[0], offset));
    const realTime = (iso: string) => wallClock(localBinLabel(iso, offset));
    // The simulated window is laid on the real one (its own dates may differ): the same offset from the opening.
    const simStart = simD && simD.bins.length > 0 ? wallClock(localBinLabel(simD.bins[0], offset)) : realStart;
    const shift = +realStart - +simStart;
    const simTime = (iso: string) => new Date(+wallClock(localBinLabel(iso, offset)) + shift);
    const REAL = realLabel();
    const SIMULATED = simulatedLabel();
    const real = prepare(realD, REAL, realTime);
    const sim = simD ? prepare(simD, SIMULATED, simTime) : undefined;
    const shares = [...real.shares, ...(sim?.shares ?? [])];
    const cumulative = [...real.cumulative, ...(sim?.cumulative ?? [])];
    const shareSeries = real.legend.length + (sim?.legend.length ?? 0);
    const cumulativeSeries = sim ? 2 : 1;
    const width = this.chartWidth || 1000;
    const sources = sim ? [REAL, SIMULATED] : [REAL];
    const xLabel = msg(str`local time (${zone})`);
    const x = { type: 'utc' as const, label: xLabel, labelAnchor: 'right' as const, tickFormat: wallTick, ticks: Math.max(3, Math.floor(width / 110)) };
    const share = accessiblePlot({
      width,
      height: FACET_HEIGHT * sources.length + 60,
      marginLeft: 56,
      marginRight: 16,
      marginTop: 28,
      marginBottom: 40,
      style: { fontSize: '14px', fontFamily: 'inherit', color: '#1b1f24' },
      x,
      y: { label: msg('↑ Share of the bin’s ballots'), domain: [0, 1], tickFormat: (v: number) => formatPercent(v, 0), grid: true },
      fy: { domain: sources, axis: null, padding: 0.12 },
      color: { domain: [...SLOTS], range: SLOT_COLOURS },
      marks: [
        Plot.frame({ stroke: '#d5d9de' }),
        Plot.lineY(shares, {
          x: 'time',
          y: 'share',
          fy: 'source',
          z: 'slot',
          stroke: 'slot',
          strokeWidth: (p: SharePoint) => (p.slot === 'others' ? 1.2 : 1.6),
          curve: 'step-after',
          title: (p: SharePoint) => `${p.source}: ${p.name}`,
          ariaDescription: 'candidate share',
        }),
        Plot.text(sources, {
          fy: (s: string) => s,
          text: (s: string) => s,
          frameAnchor: 'top-left',
          dx: 6,
          dy: 4,
          fontWeight: 700,
          fill: '#1b1f24',
          stroke: 'white',
          strokeWidth: 4,
          paintOrder: 'stroke',
        }),
      ],
    });
    share.setAttribute('data-series', String(shareSeries));
    const cumul = accessiblePlot({
      width,
      height: CHART_HEIGHT,
      marginLeft: 72,
      marginRight: 16,
      marginTop: 20,
      marginBottom: 40,
      style: { fontSize: '14px', fontFamily: 'inherit', color: '#1b1f24' },
      x,
      y: { label: msg('↑ Ballots so far'), grid: true, tickFormat: (v: number) => formatCount(v) },
      color: { domain: sources, range: SOURCE_COLOURS.slice(0, sources.length) },
      marks: [
        Plot.frame({ stroke: '#d5d9de' }),
        Plot.lineY(cumulative, { x: 'time', y: 'ballots', z: 'source', stroke: 'source', strokeWidth: 2.5, ariaDescription: 'cumulative ballots' }),
      ],
    });
    cumul.setAttribute('data-series', String(cumulativeSeries));
    const title = msg(str`District ${realD.id}${name ? ` ${localName(name)}` : ''}`);
    return html`
      <section class="chart" aria-labelledby="share-title">
        <h3 id="share-title">${msg(str`${title}: who got each 20-minute bin’s online ballots`)}</h3>
        <div class="legend" data-testid="real-legend">
          ${[{ label: REAL, legend: real.legend, total: real.total }, ...(sim ? [{ label: SIMULATED, legend: sim.legend, total: sim.total }] : [])].map(
            (s) => html`<div class="legend-row" data-source=${s.label}>
              <span class="source">${s.label}:</span>
              ${s.legend.map(
                (l) => html`<span class="item" data-slot=${l.slot}
                  ><span class="swatch" style=${`background:${SLOT_COLOURS[SLOTS.indexOf(l.slot)]}`} aria-hidden="true"></span
                  ><span class="name" title=${l.original && l.original !== l.name ? msg(str`On the ballot: ${l.original}`) : nothing}>${l.name}</span> <span class="muted">${formatPercent(s.total > 0 ? l.total / s.total : 0)}</span></span
                >`,
              )}
            </div>`,
          )}
        </div>
        <div class="plot" data-testid="share-chart" data-series=${shareSeries}>${share}</div>
      </section>
      <section class="chart" aria-labelledby="cumulative-title">
        <h3 id="cumulative-title">${msg(str`${title}: online ballots cast so far`)}</h3>
        <div class="legend" data-testid="cumulative-legend">
          ${sources.map(
            (s, i) => html`<span class="item"><span class="swatch line" style=${`background:${SOURCE_COLOURS[i]}`} aria-hidden="true"></span>${s}</span>`,
          )}
        </div>
        <div class="plot" data-testid="cumulative-chart" data-series=${cumulativeSeries}>${cumul}</div>
      </section>
    `;
  }
}

function zoneLabel(offset: number, label: string | undefined): string {
  if (label) return label;
  const sign = offset < 0 ? '−' : '+';
  const h = Math.floor(Math.abs(offset) / 60);
  const m = Math.abs(offset) % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A wall-clock tick: the time, or the date at midnight. */
function wallTick(d: Date): string {
  const clock = d.toISOString().slice(11, 16);
  if (clock !== '00:00') return clock;
  if (language() === 'en') return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return new Intl.DateTimeFormat(intlLocale(), { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(d);
}

declare global {
  interface HTMLElementTagNameMap {
    'real-series-view': RealSeriesView;
  }
}
