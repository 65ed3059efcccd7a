/**
 * <night-replay>: replays the night after the close, step by step, from a SimulationResult's
 * timeline — precinct protocols arriving, then the online release(s). A line chart (Observable
 * Plot) shows each district's lead of its paper leader over its strongest final rival as a share
 * of the ballots counted so far; the online release steps are marked, and a table gives each
 * district's leader, lead and precincts reported at the current step. Times are the scenario's
 * local wall times (never the browser's zone). It only reads the result.
 *
 * Fires `step-changed` ({ step, local, kind }) whenever the shown step changes.
 */
import * as Plot from '@observablehq/plot';
import { accessiblePlot } from '../../charts/chart-roles.ts';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { DistrictResult, SimulationResult, TimelineStep } from '../../../core/index.ts';
import { formatCount, formatPercent } from '../../common/format.ts';
import { districtPairs, labelPositions, marginSeries, onlineSteps, openingStep, standing, wallClock, type DistrictPair, type MarginPoint } from './night-series.ts';
import { nightReplayStyles } from './night-replay.styles.ts';
import { theme } from '../../common/theme.styles.ts';
import { scrollRegionStyles } from '../../common/scroll-region.styles.ts';
import { localized, msg, str } from '@lit/localize';
import { localName } from '../../../i18n/names.ts';
import { engineText } from '../../../i18n/engine-catalogue.ts';
import { formatWallTime, intlLocale, zoneName } from '../../../i18n/format.ts';
import { language } from '../../../i18n/locale.ts';

const reversedLabel = () => msg('Paper lead reversed by the online count');
const keptLabel = () => msg('Paper leader kept the lead');
const REVERSED_COLOUR = '#D55E00';
const KEPT_COLOUR = '#0072B2';
/** How long Play takes over the whole night, in seconds (the default first after the slowest). */
const DURATIONS = [30, 16, 8, 4] as const;
const DEFAULT_DURATION = 8;
const LABEL_GAP_PX = 15;
const CHART_HEIGHT = 430;
const CHART_MARGIN = { top: 24, right: 120, bottom: 40, left: 62 };

export interface StepChangedDetail {
  readonly step: number;
  readonly local: string;
  readonly kind: TimelineStep['kind'];
}

@localized()
@customElement('night-replay')
export class NightReplay extends LitElement {
  static override styles = [theme, scrollRegionStyles, nightReplayStyles];

  /** The run whose night to replay. */
  @property({ attribute: false }) result: SimulationResult | undefined;

  /** Index of the step shown. */
  @state() private step = 0;
  @state() private playing = false;
  /** Seconds that Play takes over the whole night, whatever its number of steps. */
  @state() private duration: number = DEFAULT_DURATION;
  /** District index whose line is emphasised (row hovered or focused), or -1. */
  @state() private highlighted = -1;
  @state() private chartWidth = 0;

  #pairs: (DistrictPair | null)[] = [];
  #points: MarginPoint[] = [];
  #online: number[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #resize: ResizeObserver | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Playing resumes its timer if the element is moved in the page.
    if (this.playing) this.#schedule();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('result')) {
      const r = this.result;
      this.#pairs = r ? districtPairs(r) : [];
      this.#points = r ? marginSeries(r, this.#pairs) : [];
      this.#online = r ? onlineSteps(r.timeline.steps) : [];
      this.step = r ? openingStep(r.timeline.steps, this.#online) : 0;
      this.highlighted = -1;
      this.#pause();
    }
  }

  protected override updated(changed: PropertyValues): void {
    const container = this.renderRoot.querySelector<HTMLElement>('[data-testid="margin-chart"]');
    if (!container) return;
    if (!this.#resize) {
      this.#resize = new ResizeObserver(([entry]) => {
        const width = Math.floor(entry.contentRect.width);
        if (width > 0 && Math.abs(width - this.chartWidth) > 4) this.chartWidth = width;
      });
      this.#resize.observe(container);
    }
    if (changed.has('result') || changed.has('step') || changed.has('highlighted') || changed.has('chartWidth') || !container.firstChild) {
      container.replaceChildren(this.#chart(this.result!, this.chartWidth || container.clientWidth || 760));
    }
  }

  override render() {
    const r = this.result;
    if (!r) return html`<p class="empty" data-testid="empty">${msg('No result yet: run an election to replay its night.')}</p>`;
    const steps = r.timeline.steps;
    if (steps.length === 0) return html`<p class="empty" data-testid="empty">${msg('This result has no timeline to replay.')}</p>`;
    const step = Math.min(this.step, steps.length - 1);
    const current = steps[step];
    const last = steps.length - 1;
    const nextOnline = this.#online.find((i) => i > step);
    const tz = this.#zone(r);
    return html`
      <div class="controls" role="group" aria-label=${msg('Replay controls')}>
        <div class="buttons">
          <button data-testid="replay-start" @click=${() => this.#go(0)} ?disabled=${step === 0}><span aria-hidden="true">«</span> ${msg('Start')}</button>
          <button data-testid="replay-back" @click=${() => this.#go(step - 1)} ?disabled=${step === 0}><span aria-hidden="true">◀</span> ${msg('Back')}</button>
          <button class="play" data-testid="replay-play" aria-pressed=${this.playing ? 'true' : 'false'} @click=${this.#togglePlay}>
            ${this.playing ? html`<span aria-hidden="true">❚❚</span> ${msg('Pause')}` : html`<span aria-hidden="true">▶</span> ${msg('Play')}`}
          </button>
          <button data-testid="replay-forward" @click=${() => this.#go(step + 1)} ?disabled=${step === last}>${msg('Forward')} <span aria-hidden="true">▶</span></button>
          <button data-testid="replay-end" @click=${() => this.#go(last)} ?disabled=${step === last}>${msg('End')} <span aria-hidden="true">»</span></button>
        </div>
        <div class="slider">
          <label for="step">${msg(str`Step ${step + 1} of ${steps.length}`)}</label>
          <input
            id="step"
            type="range"
            data-testid="replay-slider"
            min="0"
            max=${last}
            step="1"
            .value=${String(step)}
            aria-valuetext=${`${shownTime(current.local)} ${tz}: ${stepLabel(current.label)}`}
            @input=${(e: Event) => this.#go(Number((e.target as HTMLInputElement).value))}
          />
        </div>
        <div class="speed">
          <label for="speed">${msg('Speed')}</label>
          <select id="speed" data-testid="replay-speed" @change=${this.#setSpeed}>
            ${DURATIONS.map((d) => html`<option value=${d} ?selected=${d === this.duration}>${msg(str`Whole night in ${d} s`)}</option>`)}
          </select>
        </div>
        <button data-testid="replay-next-online" @click=${() => nextOnline !== undefined && this.#go(nextOnline)} ?disabled=${nextOnline === undefined}>
          ${msg('Next online release')} <span aria-hidden="true">»</span>
        </button>
      </div>

      <div class="now" data-testid="replay-now" data-step=${step} data-kind=${current.kind} aria-live="polite">
        <span class="clock" data-testid="replay-time" data-local=${current.local}>${shownTime(current.local)} <span class="zone">${tz}</span></span>
        <span class="kind ${current.kind}" data-testid="replay-kind">${current.kind === 'online' ? msg('Online release') : msg('Paper protocols')}</span>
        <span class="label" data-testid="replay-label">${stepLabel(current.label)}</span>
      </div>
      ${this.#online.length === 0
        ? html`<p class="note" data-testid="no-online">${msg('No online results were published in this election: only paper protocols arrive.')}</p>`
        : nothing}

      <div class="body">
        <div class="chart" data-testid="margin-chart"></div>
        <div class="districts">${this.#table(r, current, step)}</div>
      </div>
    `;
  }

  #table(r: SimulationResult, current: TimelineStep, step: number) {
    const afterOnline = this.#online.length > 0 && this.#online[0] <= step;
    const rows = r.districts.map((d, i) => ({ d, i, s: standing(current.counts[i]) }));
    const withPaperLeader = rows.filter(({ d, s }) => s.leader >= 0 && d.candidates[s.leader].id === d.paperLeader).length;
    return html`
      <div class="table-scroll" role="region" aria-label=${msg('Who leads each district at this step')} tabindex="0">
      <table data-testid="replay-table" data-step=${step}>
        <caption>
          ${msg(str`At ${shownTime(current.local)}: the paper leader ahead in ${withPaperLeader} of ${r.districts.length} districts`)}
        </caption>
        <colgroup><col class="district" /><col class="leader" /><col class="lead" /><col class="share" /><col class="reported" /></colgroup>
        <thead>
          <tr>
            <th scope="col">${msg('District')}</th>
            <th scope="col">${msg('Leader now')}</th>
            <th scope="col" class="num">${msg('Lead (votes)')}</th>
            <th scope="col" class="num">${msg('Lead (share)')}</th>
            <th scope="col" class="num">${msg('Precincts reported')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(({ d, i, s }) => this.#row(d, i, s, afterOnline))}
        </tbody>
      </table>
      </div>
      ${afterOnline ? html`<p class="key"><span class="reversal" aria-hidden="true">⇄</span> ${msg('the leader now is not the paper leader: the online count reversed the lead.')}</p>` : nothing}
    `;
  }

  #row(d: DistrictResult, i: number, s: ReturnType<typeof standing>, afterOnline: boolean) {
    const leader = s.leader >= 0 ? d.candidates[s.leader] : null;
    const partyName = leader ? this.result!.parties.find((p) => p.id === leader.party)?.name : undefined;
    const party = leader ? (partyName ? localName(partyName) : leader.party) : '';
    const leaderName = leader ? localName(leader.name) : '';
    const reversed = afterOnline && leader !== null && d.paperLeader !== null && leader.id !== d.paperLeader;
    const pair = this.#pairs[i];
    const reported = this.result!.timeline.steps[Math.min(this.step, this.result!.timeline.steps.length - 1)].reported[i];
    return html`
      <tr
        tabindex="0"
        data-testid="replay-row"
        data-district-id=${d.id}
        data-leader=${leader?.id ?? ''}
        class=${this.highlighted === i ? 'highlighted' : ''}
        @mouseenter=${() => (this.highlighted = i)}
        @mouseleave=${() => (this.highlighted = -1)}
        @focus=${() => (this.highlighted = i)}
        @blur=${() => (this.highlighted = -1)}
      >
        <th scope="row" title=${`${d.id} ${localName(d.name)}`}>
          ${pair
            ? html`<span class="swatch ${pair.flipped ? 'reversed' : 'kept'}" aria-hidden="true"></span>`
            : nothing}<span class="id">${d.id}</span>${localName(d.name)}
        </th>
        <td data-col="leader-now" data-testid="leader-now" class=${reversed ? 'reversed' : ''}>
          ${reversed ? html`<span class="reversal" data-testid="reversed" title=${msg('Not the paper leader: the online count reversed the lead')}><span aria-hidden="true">⇄</span><span class="sr-only">${msg('Reversed:')} </span></span>` : nothing}
          ${leader
            ? html`<span class="who" title=${`${leaderName} (${party})`}
                >${leaderName.includes(party) ? party : html`${leaderName} <span class="party">${party}</span>`}</span
              >`
            : html`<span class="muted">${s.tie ? msg('Tie') : msg('No ballots yet')}</span>`}
        </td>
        <td class="num" data-col="lead">
          ${s.counted > 0 && leader ? `+${formatCount(s.margin)}` : html`<span class="muted">–</span>`}
        </td>
        <td class="num" data-col="lead-share">${s.counted > 0 && leader ? formatPercent(s.margin / s.counted) : html`<span class="muted">–</span>`}</td>
        <td class="num" data-col="reported">${formatCount(reported)} / ${formatCount(d.precincts)}</td>
      </tr>
    `;
  }

  /** The chart of every district's lead up to the current step, with fixed axes over the whole night. */
  #chart(r: SimulationResult, width: number): HTMLElement | SVGSVGElement {
    const steps = r.timeline.steps;
    const step = Math.min(this.step, steps.length - 1);
    const times = steps.map((s) => wallClock(s.local));
    const t0 = +times[0];
    const t1 = +times[times.length - 1];
    const pad = t1 > t0 ? (t1 - t0) * 0.01 : 30 * 60_000;
    const xDomain = [new Date(t0 - pad), new Date(t1 + pad)];
    let lo = 0;
    let hi = 0;
    for (const p of this.#points) {
      lo = Math.min(lo, p.margin);
      hi = Math.max(hi, p.margin);
    }
    if (hi - lo < 0.02) {
      hi += 0.01;
      lo -= 0.01;
    }
    const span = hi - lo;
    const yDomain: [number, number] = [lo - span * 0.06, hi + span * 0.06];

    const pairs = this.#pairs;
    const outcome = (d: number) => (pairs[d]?.flipped ? reversedLabel() : keptLabel());
    const shown = this.#points.filter((p) => p.step <= step);
    const names = r.districts.length <= 6;
    const labelOf = (d: number) => (names ? localName(r.districts[d].name) : String(r.districts[d].id));
    const labels = this.#labels(shown, yDomain);
    const releases = this.#online.map((s, i) => ({
      time: times[s],
      text: i === 0 ? msg('Online results published') : msg(str`Recount ${i}`),
      reached: s <= step,
    }));
    const highlight = this.highlighted;
    const dim = highlight >= 0 ? 0.3 : 1;
    const spanY = yDomain[1] - yDomain[0];
    const percent = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatPercent(Math.abs(v), spanY < 0.12 ? 1 : 0)}`;

    return accessiblePlot({
      width,
      height: CHART_HEIGHT,
      marginTop: CHART_MARGIN.top,
      marginRight: names ? CHART_MARGIN.right : 44,
      marginBottom: CHART_MARGIN.bottom,
      marginLeft: CHART_MARGIN.left,
      title: msg('Who leads each district as the night goes on'),
      subtitle: msg(str`Lead of each district’s paper leader over its strongest rival, as a share of the ballots counted so far. Above 0: the paper leader ahead. Local time (${this.#zone(r)}).`),
      caption:
        releases.length === 0
          ? msg('No online results were published: the lines move only as paper protocols arrive.')
          : msg('Dashed lines: online results published (later ones: the operator’s recounts). Labels at the line ends name the districts.'),
      style: { fontSize: '14px', fontFamily: 'inherit', color: '#1b1f24', overflow: 'visible' },
      x: { type: 'utc', domain: xDomain, label: msg(str`Local time (${this.#zone(r)})`), labelAnchor: 'right', tickFormat: wallTick, ticks: Math.max(3, Math.floor(width / 110)) },
      y: { domain: yDomain, label: msg('↑ Lead of the paper leader'), tickFormat: percent, grid: true },
      color: { domain: [reversedLabel(), keptLabel()], range: [REVERSED_COLOUR, KEPT_COLOUR], legend: true },
      marks: [
        Plot.ruleY([0], { stroke: '#1b1f24', strokeWidth: 1.5, ariaDescription: 'zero line' }),
        Plot.text([msg('paper leader ahead ↑')], { frameAnchor: 'top-left', dx: 6, dy: 4, fill: '#3a424b', fontSize: 14 }),
        Plot.text([msg('strongest rival ahead ↓')], { frameAnchor: 'bottom-left', dx: 6, dy: -4, fill: '#3a424b', fontSize: 14 }),
        Plot.ruleX(releases, { x: 'time', stroke: '#6e2700', strokeWidth: 1.5, strokeDasharray: '6 4', strokeOpacity: (d: (typeof releases)[number]) => (d.reached ? 1 : 0.45) }),
        Plot.text(releases, {
          x: 'time',
          text: 'text',
          frameAnchor: 'top',
          rotate: -90,
          textAnchor: 'end',
          dx: -7,
          dy: 4,
          fill: '#6e2700',
          fontWeight: 600,
          fontSize: 14,
          stroke: 'white',
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
        Plot.ruleX([times[step]], { stroke: '#1b1f24', strokeWidth: 2, strokeOpacity: 0.55 }),
        Plot.lineY(shown, {
          x: 'time',
          y: 'margin',
          z: 'district',
          stroke: (p: MarginPoint) => outcome(p.district),
          strokeWidth: 2.5,
          strokeOpacity: dim,
          curve: 'step-after',
          title: (p: MarginPoint) => `${r.districts[p.district].id} ${localName(r.districts[p.district].name)}: ${outcome(p.district).toLowerCase()}`,
          ariaDescription: 'district lead',
        }),
        highlight >= 0
          ? Plot.lineY(
              shown.filter((p) => p.district === highlight),
              { x: 'time', y: 'margin', stroke: (p: MarginPoint) => outcome(p.district), strokeWidth: 5, curve: 'step-after', ariaDescription: 'highlighted district' },
            )
          : null,
        Plot.dot(labels, { x: 'time', y: 'margin', fill: (p: LabelPoint) => outcome(p.district), r: 3.5, fillOpacity: dim, ariaDescription: 'line ends' }),
        Plot.text(labels, {
          x: 'time',
          y: 'labelY',
          text: (p: LabelPoint) => labelOf(p.district),
          fill: (p: LabelPoint) => outcome(p.district),
          textAnchor: 'start',
          dx: 7,
          fontWeight: 700,
          fontSize: 14,
          fillOpacity: (p: LabelPoint) => (highlight < 0 || p.district === highlight ? 1 : 0.35),
          stroke: 'white',
          strokeWidth: 3,
          paintOrder: 'stroke',
          ariaDescription: 'district labels',
        }),
      ],
    });
  }

  /** The current point of each line, with label positions nudged apart (each on its line's side of zero). */
  #labels(shown: readonly MarginPoint[], yDomain: readonly [number, number]): LabelPoint[] {
    const latest = new Map<number, MarginPoint>();
    for (const p of shown) latest.set(p.district, p);
    const points = [...latest.values()];
    const inner = CHART_HEIGHT - CHART_MARGIN.top - CHART_MARGIN.bottom;
    const gap = (LABEL_GAP_PX * (yDomain[1] - yDomain[0])) / inner;
    const ys = labelPositions(
      points.map((p) => p.margin),
      yDomain,
      gap,
    );
    return points.map((p, i) => ({ ...p, labelY: ys[i] }));
  }

  #zone(r: SimulationResult): string {
    return zoneName(r.scenario.timeZone.utcOffsetMinutes, r.scenario.timeZone.label);
  }

  #go(target: number): void {
    const steps = this.result?.timeline.steps ?? [];
    if (steps.length === 0) return;
    const next = Math.max(0, Math.min(steps.length - 1, Math.round(target)));
    if (next === this.step) return;
    this.step = next;
    const s = steps[next];
    this.dispatchEvent(new CustomEvent<StepChangedDetail>('step-changed', { detail: { step: next, local: s.local, kind: s.kind }, bubbles: true, composed: true }));
  }

  #togglePlay = (): void => {
    if (this.playing) {
      this.#pause();
      return;
    }
    const last = (this.result?.timeline.steps.length ?? 1) - 1;
    if (this.step >= last) this.#go(0);
    this.playing = true;
    this.#schedule();
  };

  #setSpeed = (e: Event): void => {
    this.duration = Number((e.target as HTMLSelectElement).value);
    if (this.playing) this.#schedule();
  };

  #schedule(): void {
    this.#stopTimer();
    this.#timer = setTimeout(() => {
      const last = (this.result?.timeline.steps.length ?? 1) - 1;
      if (this.step >= last) {
        this.#pause();
        return;
      }
      this.#go(this.step + 1);
      if (this.step >= last) this.#pause();
      else this.#schedule();
    }, (this.duration * 1000) / Math.max(1, (this.result?.timeline.steps.length ?? 1) - 1));
  }

  #pause(): void {
    this.playing = false;
    this.#stopTimer();
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

interface LabelPoint extends MarginPoint {
  readonly labelY: number;
}

/** Axis ticks of wall-clock dates (UTC fields = local wall time): `HH:MM`, or the date at midnight. */
function wallTick(d: Date): string {
  const iso = d.toISOString();
  const clock = iso.slice(11, 16);
  if (clock !== '00:00') return clock;
  if (language() === 'en') return `${Number(iso.slice(8, 10))} ${MONTHS[d.getUTCMonth()]}`;
  return new Intl.DateTimeFormat(intlLocale(), { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(d);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A step's wall time: as the engine writes it in English ("2021-09-19 20:00"), through Intl in Russian ("19 сент., 20:00"). */
const shownTime = (local: string) => (language() === 'en' ? local : formatWallTime(local));

/** A timeline step's label (the engine's English) in the language in use. */
const stepLabel = (label: string) => engineText(label);

declare global {
  interface HTMLElementTagNameMap {
    'night-replay': NightReplay;
  }
}
