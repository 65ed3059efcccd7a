/**
 * Monte Carlo sweeps: a scenario run over many seeds at every point of a grid of knobs. Each run is
 * summarised into a small row (detected or not, by which checks, each district's verdict, victims,
 * checkers, and the closed-form chance of detection for that very run); rows aggregate per grid
 * point into a detection rate with its Wilson 95 % interval beside the mean closed form. Pure
 * functions: the CLI's worker threads and the page's Web Workers call the same ones.
 */
import { receiptDetectionProbability } from './detection.ts';
import type { CheckName } from '../verify/evidence.ts';
import { simulateChecks, type SimulationRun } from '../run/simulate.ts';
import { StageMemo } from '../run/stage-memo.ts';
import { wilsonInterval } from '../stats/stats.ts';
import { sweepSeed, type KnobValue, type Sweep } from './sweep-file.ts';
import type { Verdict } from '../verdict/verdict.ts';

/** One run of a sweep, summarised. */
export interface SweepRow {
  readonly point: number;
  readonly seedIndex: number;
  /** Some district's verdict is `tampering-detected`. */
  readonly detected: boolean;
  /** The independent checks that failed anywhere, in the engine's order. */
  readonly failedChecks: readonly CheckName[];
  /** Each district's verdict status, in scenario order. */
  readonly verdicts: readonly Verdict['status'][];
  /** Ballots the attacks affected (all districts). */
  readonly victims: number;
  /** Voters who checked a receipt (or, never having voted, their name). */
  readonly checkers: number;
  /** The closed-form chance that receipts catch this run's attack (detection.ts), or null without one. */
  readonly closedForm: number | null;
}

/** One grid point's runs, aggregated. */
export interface PointSummary {
  readonly point: number;
  readonly values: readonly KnobValue[];
  readonly runs: number;
  readonly detections: number;
  readonly rate: number;
  /** Wilson 95 % interval of the detection rate. */
  readonly low: number;
  readonly high: number;
  /** Mean of the runs' closed forms, or null when the runs have none. */
  readonly closedForm: number | null;
  /** The closed form lies within [low, high]; null without one. */
  readonly inBand: boolean | null;
  readonly meanVictims: number;
  readonly meanCheckers: number;
}

/** The row of one run. */
export function summariseRun(run: Omit<SimulationRun, 'result'>, point: number, seedIndex: number): SweepRow {
  const failed = new Set(run.integrity.evidence.filter((e) => e.status === 'failed' && e.independent).map((e) => e.check));
  const verdicts = run.integrity.verdicts.map((v) => v.status);
  return {
    point,
    seedIndex,
    detected: verdicts.includes('tampering-detected'),
    failedChecks: [...failed],
    verdicts,
    victims: run.integrity.plan.effects.reduce((a, x) => a + x.ballots, 0),
    checkers: run.integrity.receipts.length,
    closedForm: receiptDetectionProbability(run),
  };
}

/**
 * The rows of one seed at every grid point (in point order). The points share a memo, so stages
 * that read only knobs the grid does not move are computed once for the seed.
 */
export function runSweepSeed(sweep: Sweep, seedIndex: number, memo: StageMemo | null = new StageMemo()): SweepRow[] {
  const seed = sweepSeed(sweep, seedIndex);
  return sweep.points.map((p) => summariseRun(simulateChecks(p.scenario, memo ? { seed, memo } : { seed }), p.index, seedIndex));
}

/** Total runs of a sweep. */
export const sweepRuns = (sweep: Sweep): number => sweep.points.length * sweep.seeds.count;

/** Per grid point: runs, detections, rate and its band, and the mean closed form. Rows may come in any order. */
export function aggregateSweep(sweep: Sweep, rows: readonly SweepRow[]): PointSummary[] {
  const acc = sweep.points.map(() => ({ runs: 0, detections: 0, closed: 0, closedRuns: 0, victims: 0, checkers: 0 }));
  for (const r of rows) {
    const a = acc[r.point];
    a.runs++;
    if (r.detected) a.detections++;
    if (r.closedForm !== null) {
      a.closed += r.closedForm;
      a.closedRuns++;
    }
    a.victims += r.victims;
    a.checkers += r.checkers;
  }
  return sweep.points.map((p, i) => {
    const a = acc[i];
    const { low, high } = wilsonInterval(a.detections, a.runs);
    const closedForm = a.closedRuns > 0 && a.closedRuns === a.runs ? a.closed / a.closedRuns : null;
    return {
      point: p.index,
      values: p.values,
      runs: a.runs,
      detections: a.detections,
      rate: a.runs > 0 ? a.detections / a.runs : 0,
      low,
      high,
      closedForm,
      // A tiny tolerance: a closed form of exactly 0 or 1 sits on the band's edge.
      inBand: closedForm === null ? null : closedForm >= low - 1e-12 && closedForm <= high + 1e-12,
      meanVictims: a.runs > 0 ? a.victims / a.runs : 0,
      meanCheckers: a.runs > 0 ? a.checkers / a.runs : 0,
    };
  });
}
