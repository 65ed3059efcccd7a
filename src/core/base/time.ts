/**
 * Clock helpers. Scenarios give local times (`2021-09-19T20:00`) and a fixed UTC offset; the engine
 * works in whole seconds and publishes UTC instants. Nothing here reads the machine's clock or zone.
 */

/** Milliseconds since the Unix epoch of a scenario-local time. */
export function localToUtcMs(local: string, utcOffsetMinutes: number): number {
  const [date, clock] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = clock.split(':').map(Number);
  return Date.UTC(y, mo - 1, d, h, mi) - utcOffsetMinutes * 60_000;
}

/** The instant as ISO-8601 UTC (`2021-09-19T17:00:00.000Z`). */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}

/** The instant as scenario-local wall time, `YYYY-MM-DD HH:MM`. */
export function formatLocal(ms: number, utcOffsetMinutes: number): string {
  return new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Whether a local `YYYY-MM-DDTHH:MM` names a real calendar time (no 31 February, no 25:00). */
export function isRealLocalTime(local: string): boolean {
  const ms = localToUtcMs(local, 0);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 16) === local;
}
