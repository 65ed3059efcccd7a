/**
 * Time on the charts' x axes. Every chart plots scenario-local wall time, so the same run reads the
 * same on every machine, whatever the browser's time zone.
 */

/** A scenario-local `YYYY-MM-DD HH:MM` as a Date whose UTC fields read that wall time (never the browser's zone). */
export function wallClock(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00Z`);
}
