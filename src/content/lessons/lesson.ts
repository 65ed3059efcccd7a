/**
 * A lesson: a preset, a question for the class, one knob to move, what to watch, and the takeaway.
 * The takeaway is also a check over runs of several seeds (each seed run before and after the
 * move), so that a test can hold every lesson to what it teaches.
 */
import type { ScenarioInput, SeriesSummary, SimulationResult } from '../../core/index.ts';

/** The page's views a lesson can point at. */
export type LessonView = 'results' | 'night' | 'real' | 'forensics' | 'ledger' | 'voter' | 'files';

export interface LessonRun {
  readonly seed: string;
  readonly before: SimulationResult;
  readonly after: SimulationResult;
  /** For lessons about the online stream: each run's published online ballots in 20-minute bins, summarised per district. */
  readonly series?: { readonly before: readonly SeriesSummary[]; readonly after: readonly SeriesSummary[] };
}

export interface Lesson {
  readonly id: string;
  readonly title: string;
  /** The question put to the class before the knob moves. */
  readonly question: string;
  /** The preset the lesson starts from (src/content/presets). */
  readonly preset: string;
  /** The knob to move: its field path, what moving it means, and the changes it makes to the preset. */
  readonly move: { readonly knob: string; readonly label: string; readonly changes: ScenarioInput };
  /** Where to look after the move, and what to look for. */
  readonly watch: { readonly view: LessonView; readonly what: string };
  readonly takeaway: string;
  /** Whether the check reads the runs' online streams (`LessonRun.series`). */
  readonly needsSeries?: boolean;
  /** The takeaway, checked over runs of several seeds: null when it holds, else what did not. */
  check(runs: readonly LessonRun[]): string | null;
}

/** Runs for which `holds` is false, as "seed: why" lines (empty when it holds everywhere). */
export function failures(runs: readonly LessonRun[], holds: (run: LessonRun) => string | null): string | null {
  const bad = runs.flatMap((run) => {
    const why = holds(run);
    return why === null ? [] : [`seed ${run.seed}: ${why}`];
  });
  return bad.length === 0 ? null : bad.join('; ');
}

/** The share of runs for which `yes` is true. */
export const shareOf = (runs: readonly LessonRun[], yes: (run: LessonRun) => boolean): number => runs.filter(yes).length / Math.max(1, runs.length);

export const districtOf = (r: SimulationResult, id: number) => {
  const d = r.districts.find((x) => x.id === id);
  if (!d) throw new Error(`district ${id} is not in ${r.scenarioName}`);
  return d;
};
