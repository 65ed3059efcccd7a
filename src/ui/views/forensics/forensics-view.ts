/**
 * <forensics-view>: what observers can compute from the published numbers alone, one district at a time
 * (src/core/forensics/forensics.ts, docs/forensics.md). Four charts (Observable Plot): each candidate's share of the online
 * ballots in every bin; the channel gap (online share minus paper share) per candidate; turnout against the
 * leader's share across the district's precincts, with the least-squares line; and the ruling party's channel
 * swing split into what the age mix of each channel's voters explains and the remainder. Each chart has a caption
 * saying what it suggests and what it cannot prove. Every number comes from the engine worker; nothing here
 * computes an election.
 */
import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../charts/chart-roles.ts';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localBinLabel, type DistrictForensics, type ForensicsReport, type SimulationResult } from '../../../core/index.ts';
import { formatCount, formatPercent, formatPoints } from '../../common/format.ts';
import { chartViewStyles } from '../../charts/chart-view.styles.ts';
import { forensicsViewStyles } from './forensics-view.styles.ts';
import { wallClock } from '../../charts/wall-clock.ts';
import { labelRoom } from '../../charts/axis-labels.ts';
import { theme } from '../../common/theme.styles.ts';
import { localized, msg, str } from '@lit/localize';
import { localName } from '../../../i18n/names.ts';
import { intlLocale } from '../../../i18n/format.ts';
import { language } from '../../../i18n/locale.ts';

/** The shown run's forensics, from the engine worker. */
export interface ForensicsSource {
  /** Names the run: a new id means a new report. */
  readonly runId: string;
  load(binMinutes: number): Promise<ForensicsReport>;
}

export const FORENSICS_BIN_MINUTES = 20;
const WIDTH = 1000;
const HEIGHT = 260;
/** Chart text: 14 px at least, so that legends and axes stay legible on a projector. */
const FONT_PX = 14;
const STYLE = { fontSize: `${FONT_PX}px`, fontFamily: 'inherit', color: '#1b1f24' };
/** Okabe–Ito hues, by candidate order; names are written beside every swatch. */
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#6a737d', '#f0e442'];

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits).replace('-', '−') : '—');

@localized()
@customElement('forensics-view')
export class ForensicsView extends LitElement {
  static override styles = [theme, chartViewStyles, forensicsViewStyles];

  /** The shown run (its districts' names and its time zone). */
  @property({ attribute: false }) result: SimulationResult | undefined;
  @property({ attribute: false }) source: ForensicsSource | undefined;

  @state() private report: ForensicsReport | undefined;
  @state() private problem: string | undefined;
  @state() private district: number | undefined;
  @state() private chartWidth = 0;

  #loadedFor: string | undefined;
  #resize: ResizeObserver | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('source') && this.source?.runId !== this.#loadedFor) {
      this.report = undefined;
      this.problem = undefined;
      this.#loadedFor = this.source?.runId;
      const source = this.source;
      source?.load(FORENSICS_BIN_MINUTES).then(
        (r) => {
          if (this.source === source) this.report = r;
        },
        (err: unknown) => {
          if (this.source === source) this.problem = err instanceof Error ? err.message : String(err);
        },
      );
    }
  }

  protected override updated(): void {
    const chart = this.renderRoot.querySelector<HTMLElement>('[data-testid="forensics-shares-chart"]');
    if (chart && !this.#resize) {
      this.#resize = new ResizeObserver(([entry]) => {
        const width = Math.floor(entry.contentRect.width);
        if (width > 0 && Math.abs(width - this.chartWidth) > 4) this.chartWidth = width;
      });
      this.#resize.observe(chart);
    }
  }

  override render() {
    if (!this.source) return html`<p class="waiting">${msg('Run a scenario to see this view.')}</p>`;
    if (this.problem) return html`<p class="problem" role="alert" data-testid="forensics-failed">${msg(str`The forensics could not be read: ${this.problem}`)}</p>`;
    const report = this.report;
    if (!report) return html`<p class="waiting" data-testid="forensics-loading">${msg('Computing what observers can see…')}</p>`;
    const d = report.districts.find((x) => x.id === this.district) ?? report.districts[0];
    if (!d) return html`<p class="waiting">${msg('This run has no districts.')}</p>`;
    const focus = report.focusParty;
    return html`
      <p class="intro">
        ${msg(
          'Everything on this tab comes from what was published: the per-channel counts, the precinct protocols and their rolls, the online ballots over time, and the age mix of each channel’s voters. These are the numbers an observer outside the operator can work with.',
        )}
      </p>
      <div class="controls">
        <label for="district">${msg('District')}</label>
        <select id="district" data-testid="forensics-district" @change=${(e: Event) => (this.district = Number((e.target as HTMLSelectElement).value))}>
          ${report.districts.map((x) => html`<option value=${x.id} ?selected=${x.id === d.id}>${x.id} ${localName(x.name)}</option>`)}
        </select>
        <span class="muted">${msg('Leader (published winner):')} <strong>${d.leader >= 0 ? localName(d.candidates[d.leader]) : '—'}</strong></span>
      </div>
      ${this.#shares(d, report)} ${this.#gap(d, focus)} ${this.#turnout(d)} ${this.#swing(d, report)}
    `;
  }

  get #width(): number {
    return this.chartWidth || WIDTH;
  }

  #shares(d: DistrictForensics, report: ForensicsReport) {
    const offset = this.result?.scenario.timeZone.utcOffsetMinutes ?? 180;
    const label = this.result?.scenario.timeZone.label;
    const zone = label === 'MSK' ? msg('MSK', { id: 'zone.msk' }) : (label ?? msg('local'));
    const times = d.bins.map((iso) => wallClock(localBinLabel(iso, offset)));
    const points = d.candidates.map(localName).flatMap((name, k) =>
      d.shares[k].flatMap((share, b) => (Number.isFinite(share) ? [{ name, time: times[b], share }] : [])),
    );
    const chart = accessiblePlot({
      width: this.#width,
      height: HEIGHT,
      marginLeft: 56,
      marginBottom: 40,
      style: STYLE,
      x: { type: 'utc', label: msg(str`local time (${zone})`), labelAnchor: 'right', tickFormat: wallTick },
      y: { label: msg('↑ Share of the bin’s online ballots'), domain: [0, 1], grid: true, tickFormat: (v: number) => formatPercent(v, 0) },
      color: { domain: [...d.candidates], range: COLOURS },
      marks: [
        Plot.frame({ stroke: '#d5d9de' }),
        Plot.lineY(points, { x: 'time', y: 'share', z: 'name', stroke: 'name', strokeWidth: 1.4, curve: 'step-after', title: 'name', ariaDescription: 'candidate share' }),
      ],
    });
    const drift = d.leaderDrift;
    return html`<section class="chart" aria-labelledby="shares-title">
      <h3 id="shares-title">${msg(str`Online shares in ${report.binMinutes}-minute bins`)}</h3>
      ${report.ledgerPublic
        ? nothing
        : html`<p class="note" data-testid="forensics-ledger-private">
            ${msg('This scenario does not publish its ledger: observers could not draw this chart. The sandbox draws it so that you can see what they could not.')}
          </p>`}
      ${this.#legend(d.candidates.map(localName))}
      <div class="plot" data-testid="forensics-shares-chart">${chart}</div>
      <p class="figure" data-testid="leader-drift">
        ${msg(
          html`${d.leader >= 0 ? localName(d.candidates[d.leader]) : msg('The leader')}: ${formatPercent(drift.first)} of the online ballots in the first third of the bins, ${formatPercent(drift.last)} in the last third (<strong data-testid="leader-drift-change">${formatPoints(drift.change)}</strong>).`,
        )}
      </p>
      <p class="caption">
        ${msg(
          html`<strong>Suggests:</strong> a share that moves with the hour means different people voted at different times, or that ballots were added at some hours. <strong>Cannot prove</strong> which: voters pressured at work, casting on the first morning, make a leader start strong and fade in an honest election too.`,
        )}
      </p>
    </section>`;
  }

  #gap(d: DistrictForensics, focus: ForensicsReport['focusParty']) {
    const rows = d.candidates.map((name, k) => ({ name: localName(name), gap: d.gap[k] * 100 }));
    const room = labelRoom(rows.map((r) => r.name), FONT_PX, this.#width);
    const chart = accessiblePlot({
      width: this.#width,
      height: 50 + 40 * rows.length,
      marginLeft: room.margin,
      style: STYLE,
      x: { label: msg('Online share minus paper share (percentage points) →'), grid: true },
      y: { label: null, domain: rows.map((r) => r.name) },
      color: { domain: rows.map((r) => r.name), range: COLOURS },
      marks: [
        Plot.axisY({ lineWidth: room.lineWidth, label: null }),
        Plot.barX(rows, { x: 'gap', y: 'name', fill: 'name', ariaDescription: 'channel gap' }),
        Plot.ruleX([0], { stroke: '#1b1f24' }),
      ],
    });
    return html`<section class="chart" aria-labelledby="gap-title">
      <h3 id="gap-title">${msg('The gap between channels')}</h3>
      <div class="plot" data-testid="forensics-gap-chart">${chart}</div>
      <p class="figure">
        ${msg(
          html`${localName(focus.name)} (${localName(d.candidates[focus.index])}): ${formatPercent(d.paperShare[focus.index])} on paper, ${formatPercent(d.onlineShare[focus.index])} online, a gap of <strong data-testid="ruling-gap">${formatPoints(d.gap[focus.index])}</strong>.`,
        )}
      </p>
      <p class="caption">
        ${msg(
          html`<strong>Suggests:</strong> the two channels’ voters differ, or one count is wrong. <strong>Cannot prove</strong> which: online voters are younger and more digital, and some were told by their employer how to vote online.`,
        )}
      </p>
    </section>`;
  }

  #turnout(d: DistrictForensics) {
    const points = d.precincts.turnout.map((t, i) => ({ turnout: t, share: d.precincts.leaderShare[i] }));
    const fit = d.turnoutFit;
    const xs = d.precincts.turnout;
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    const line = Number.isFinite(fit.slope)
      ? [
          { turnout: lo, share: fit.intercept + fit.slope * lo },
          { turnout: hi, share: fit.intercept + fit.slope * hi },
        ]
      : [];
    const chart = accessiblePlot({
      width: this.#width,
      height: HEIGHT,
      marginLeft: 56,
      marginBottom: 40,
      style: STYLE,
      // Precincts of one district sit within a few points of each other: ticks need a decimal.
      x: { label: msg('Paper turnout of the precinct (ballots / paper roll) →'), ticks: 6, tickFormat: (v: number) => formatPercent(v) },
      y: { label: msg('↑ Leader’s paper share'), grid: true, ticks: 5, tickFormat: (v: number) => formatPercent(v) },
      marks: [
        Plot.frame({ stroke: '#d5d9de' }),
        Plot.dot(points, { x: 'turnout', y: 'share', r: 2.5, fill: '#0072b2', fillOpacity: 0.6, ariaDescription: 'precincts' }),
        Plot.line(line, { x: 'turnout', y: 'share', stroke: '#d55e00', strokeWidth: 2, ariaDescription: 'least-squares line' }),
      ],
    });
    return html`<section class="chart" aria-labelledby="turnout-title">
      <h3 id="turnout-title">${msg('Turnout against the leader’s share, precinct by precinct')}</h3>
      <div class="plot" data-testid="forensics-turnout-chart" data-points=${points.length}>${chart}</div>
      <p class="figure">
        ${msg(
          html`${formatCount(fit.n)} precincts; least-squares slope <strong data-testid="turnout-slope">${fixed(fit.slope, 3)}</strong> (the leader’s share per unit of turnout), correlation <strong data-testid="turnout-correlation">${fixed(fit.correlation, 3)}</strong>.`,
        )}
      </p>
      <p class="caption">
        ${msg(
          html`<strong>Suggests:</strong> where the leader’s share climbs with turnout, the classic reading is ballots stuffed at busy polling stations. <strong>Cannot prove</strong> it: who lives where can tie turnout to preference, and a flat cloud proves nothing about the online count, which never passes through a precinct.`,
        )}
      </p>
    </section>`;
  }

  #swing(d: DistrictForensics, report: ForensicsReport) {
    const s = d.swing;
    const rows = [
      { part: msg('Observed swing'), value: s.observed * 100 },
      { part: msg('Explained by age mix'), value: s.explained * 100 },
      { part: msg('Unexplained'), value: s.unexplained * 100 },
    ];
    const err = [{ part: msg('Explained by age mix'), lo: (s.explained - s.explainedSe) * 100, hi: (s.explained + s.explainedSe) * 100 }];
    const room = labelRoom(rows.map((r) => r.part), FONT_PX, this.#width);
    const chart = accessiblePlot({
      width: this.#width,
      height: 170,
      marginLeft: room.margin,
      style: STYLE,
      x: { label: msg(str`${localName(report.focusParty.name)}: online share minus paper share (percentage points) →`), grid: true },
      y: { label: null, domain: rows.map((r) => r.part) },
      color: { domain: rows.map((r) => r.part), range: ['#1b1f24', '#009e73', '#d55e00'] },
      marks: [
        Plot.axisY({ lineWidth: room.lineWidth, label: null }),
        Plot.barX(rows, { x: 'value', y: 'part', fill: 'part', ariaDescription: 'swing parts' }),
        Plot.link(err, { x1: 'lo', x2: 'hi', y1: 'part', y2: 'part', stroke: '#1b1f24', strokeWidth: 2, markerStart: 'tick', markerEnd: 'tick' }),
        Plot.ruleX([0], { stroke: '#1b1f24' }),
      ],
    });
    const a = report.ageSupport;
    const bands = ['18-34', '35-54', '55+'];
    return html`<section class="chart" aria-labelledby="swing-title">
      <h3 id="swing-title">${msg('The swing: what the electorate’s composition explains, and what it does not')}</h3>
      <div class="plot" data-testid="forensics-swing-chart">${chart}</div>
      <p class="figure">
        ${msg(
          html`Observed <strong data-testid="swing-observed">${formatPoints(s.observed)}</strong> = explained <strong data-testid="swing-explained">${formatPoints(s.explained)}</strong> (± ${formatPoints(s.explainedSe).replace('+', '')}) + unexplained <strong data-testid="swing-unexplained">${formatPoints(s.unexplained)}</strong>.`,
        )}
        ${msg(str`Age mix of paper voters ${bands.map((b, i) => `${b} ${formatPercent(s.paperAgeMix[i])}`).join(', ')}; of online voters ${bands.map((b, i) => `${b} ${formatPercent(s.onlineAgeMix[i])}`).join(', ')}.`)}
        ${msg(str`${localName(report.focusParty.name)}’s support by age, estimated from ${formatCount(a.precincts)} precincts’ paper results: 18-34 ${formatPoints(a.young)}, 55+ ${formatPoints(a.old)} against 35-54.`)}
      </p>
      <p class="caption">
        ${msg(
          html`<strong>Suggests:</strong> a large unexplained remainder means the online voters differ from the paper voters in more than age. <strong>Cannot prove</strong> fraud: workplace pressure, self-selection of who votes online, and injected ballots all leave the same remainder. The explained part assumes voters of one age vote alike on paper and online, and its estimate is itself uncertain (± one standard error).`,
        )}
      </p>
    </section>`;
  }

  #legend(names: readonly string[]) {
    return html`<div class="legend">
      ${names.map(
        (n, i) => html`<span class="item"><span class="swatch" style=${`background:${COLOURS[i % COLOURS.length]}`} aria-hidden="true"></span>${n}</span>`,
      )}
    </div>`;
  }
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
    'forensics-view': ForensicsView;
  }
}
