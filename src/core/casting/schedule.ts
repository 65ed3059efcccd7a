/**
 * When online ballots are cast: the voting window cut into hour slots, weighted by the day's share
 * and a time-of-day profile (or by a given hour-by-hour curve, `online.hourlyWeights`), sampled with
 * one alias draw plus one draw for the second in the slot.
 */
import { aliasTable, type AliasTable } from '../base/alias.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { localToUtcMs } from '../base/time.ts';

/**
 * Relative online activity by local hour (0-23): quiet at night, a morning rise, a lunchtime and
 * an evening peak. A fixed shape rather than a knob; the day shares carry the scenario's calibration.
 */
export const HOUR_PROFILE: readonly number[] = [
  0.15, 0.08, 0.05, 0.04, 0.04, 0.06, 0.2, 0.5, 0.9, 1.2, 1.3, 1.3, 1.35, 1.3, 1.2, 1.15, 1.15, 1.2, 1.3, 1.35, 1.25, 1.0, 0.7, 0.35,
];
/** Local hours counted as working hours for pressured voters (told to vote at work on day one). */
const WORK_HOURS = { from: 9, to: 18 };

export interface Schedule {
  /** Milliseconds (UTC) when online voting opens; ballot times are seconds after this. */
  readonly opensMs: number;
  /** Length of the window in seconds. */
  readonly seconds: number;
  /** Slot j covers seconds [slotStart[j], slotStart[j+1]). */
  readonly slotStart: Uint32Array;
  /** Everyone's first ballot. */
  readonly general: AliasTable;
  /** Pressured voters voting at work on day one (falls back to general when day one has no working hours). */
  readonly workHours: AliasTable;
}

export function onlineSchedule(s: Scenario): Schedule {
  const off = s.timeZone.utcOffsetMinutes * 60_000;
  const opensMs = localToUtcMs(s.online.opens, s.timeZone.utcOffsetMinutes);
  const closesMs = localToUtcMs(s.online.closes, s.timeZone.utcOffsetMinutes);
  const seconds = Math.round((closesMs - opensMs) / 1000);
  // Slots end on local hour boundaries, so each lies in one local hour of one day.
  const starts: number[] = [0];
  const hourOf: number[] = [];
  const dayOf: number[] = [];
  const firstDay = Math.floor((opensMs + off) / 86_400_000);
  for (let t = 0; t < seconds; ) {
    const local = opensMs + off + t * 1000;
    const nextHour = (Math.floor(local / 3_600_000) + 1) * 3_600_000;
    const end = Math.min(seconds, Math.round((nextHour - opensMs - off) / 1000));
    hourOf.push(new Date(local).getUTCHours());
    dayOf.push(Math.floor(local / 86_400_000) - firstDay);
    starts.push(end);
    t = end;
  }
  const slots = hourOf.length;
  const dayMass = new Float64Array(dayOf[slots - 1] + 1);
  const shape = (j: number) => HOUR_PROFILE[hourOf[j]] * ((starts[j + 1] - starts[j]) / 3600);
  for (let j = 0; j < slots; j++) dayMass[dayOf[j]] += shape(j);
  const general = new Float64Array(slots);
  const work = new Float64Array(slots);
  // A given curve (hour h of the window, from the opening) replaces the day shares and the fixed profile.
  const hourly = s.online.hourlyWeights;
  for (let j = 0; j < slots; j++) {
    general[j] =
      hourly.length > 0
        ? hourly[Math.min(hourly.length - 1, Math.floor((starts[j] + starts[j + 1]) / 7200))] * ((starts[j + 1] - starts[j]) / 3600)
        : dayMass[dayOf[j]] > 0
          ? (s.online.dayShares[dayOf[j]] * shape(j)) / dayMass[dayOf[j]]
          : 0;
    const atWork = dayOf[j] === 0 && hourOf[j] >= WORK_HOURS.from && hourOf[j] < WORK_HOURS.to;
    work[j] = atWork ? starts[j + 1] - starts[j] : 0;
  }
  const generalTable = aliasTable(general);
  return {
    opensMs,
    seconds,
    slotStart: Uint32Array.from(starts),
    general: generalTable,
    workHours: work.some((w) => w > 0) ? aliasTable(work) : generalTable,
  };
}
