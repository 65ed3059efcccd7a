/**
 * What <night-replay> draws, computed from a SimulationResult's timeline (pure, no DOM): each
 * district's lead of its paper leader over its strongest final rival at every step, and who leads
 * a district at a step. Reading, not computing an election: every number comes from the result.
 */
import type { SimulationResult, TimelineStep } from '../../../core/index.ts';
import { wallClock } from '../../charts/wall-clock.ts';

export { wallClock };

/** The two candidates a district's line compares (indices into its candidates). */
export interface DistrictPair {
  /** District index in result.districts. */
  readonly district: number;
  /** The paper leader (or, with no paper ballots, the published winner). */
  readonly lead: number;
  /** Its strongest rival in the final result: the published winner if it is not the paper leader, else the runner-up. */
  readonly rival: number;
  /** The online count reversed the paper lead (the result's `flipped`). */
  readonly flipped: boolean;
}

export interface MarginPoint {
  readonly district: number;
  readonly step: number;
  /** The step's scenario-local wall time, as a Date whose UTC fields are that wall time. */
  readonly time: Date;
  /** (votes of lead − votes of rival) / ballots counted so far in the district; positive: the paper leader ahead. */
  readonly margin: number;
}

export interface Standing {
  /** Candidate index in the lead, or -1 when nobody has a vote or the top is tied. */
  readonly leader: number;
  /** Top candidates tied (with at least one vote). */
  readonly tie: boolean;
  /** Leader's votes minus the runner-up's (0 on a tie). */
  readonly margin: number;
  /** Ballots counted so far in the district. */
  readonly counted: number;
}

/** Index of the top count (lowest index among equals), or -1 when every count is 0. */
function top(counts: readonly number[], except = -1): number {
  let best = -1;
  for (let k = 0; k < counts.length; k++) if (k !== except && counts[k] > 0 && (best < 0 || counts[k] > counts[best])) best = k;
  return best;
}

/** The pair of candidates each district's line compares, or null for a district nobody voted in. */
export function districtPairs(result: SimulationResult): (DistrictPair | null)[] {
  return result.districts.map((d, district) => {
    const indexOf = (id: string | null) => (id === null ? -1 : d.candidates.findIndex((c) => c.id === id));
    const lead = indexOf(d.paperLeader) >= 0 ? indexOf(d.paperLeader) : indexOf(d.publishedWinner);
    if (lead < 0) return null;
    const winner = indexOf(d.publishedWinner);
    const rival = winner >= 0 && winner !== lead ? winner : top(d.published, lead);
    if (rival < 0) return null;
    return { district, lead, rival, flipped: d.flipped };
  });
}

/** Every district's lead at every step where it has ballots counted, in step order. */
export function marginSeries(result: SimulationResult, pairs = districtPairs(result)): MarginPoint[] {
  const points: MarginPoint[] = [];
  result.timeline.steps.forEach((step, s) => {
    const time = wallClock(step.local);
    for (const pair of pairs) {
      if (!pair) continue;
      const counts = step.counts[pair.district];
      const counted = counts.reduce((a, b) => a + b, 0);
      if (counted === 0) continue;
      points.push({ district: pair.district, step: s, time, margin: (counts[pair.lead] - counts[pair.rival]) / counted });
    }
  });
  return points;
}

/** Who leads a district's running count, and by how much. */
export function standing(counts: readonly number[]): Standing {
  const counted = counts.reduce((a, b) => a + b, 0);
  const first = top(counts);
  if (first < 0) return { leader: -1, tie: false, margin: 0, counted };
  const second = top(counts, first);
  const runnerUp = second < 0 ? 0 : counts[second];
  if (runnerUp === counts[first]) return { leader: -1, tie: true, margin: 0, counted };
  return { leader: first, tie: false, margin: counts[first] - runnerUp, counted };
}

/** Indices of the steps that published online results (the first release, then the recounts). */
export function onlineSteps(steps: readonly TimelineStep[]): number[] {
  return steps.flatMap((s, i) => (s.kind === 'online' ? [i] : []));
}

/**
 * Where to write each line's end label: as near its point as the `gap` (in chart units) between
 * labels allows, and always on the same side of zero as the point, so that a district whose lead
 * is reversed is never labelled among those still ahead. `margins` in any order; the answer is in
 * the same order. The labels of one side share the room between zero and that side's edge of
 * `domain`; if they do not fit they are spread evenly over it (closer than `gap`, but on their side).
 */
export function labelPositions(margins: readonly number[], domain: readonly [number, number], gap: number): number[] {
  const out = new Array<number>(margins.length);
  const side = (indices: number[], edge: number, sign: 1 | -1) => {
    // Work in "distance from zero": sign * margin, the outermost first.
    indices.sort((a, b) => sign * margins[b] - sign * margins[a]);
    const far = sign * edge - gap / 2;
    const near = Math.min(gap / 2, Math.max(far, 0));
    const ys = indices.map((i) => sign * margins[i]);
    if (ys.length === 0) return;
    ys[0] = Math.min(ys[0], far);
    for (let k = 1; k < ys.length; k++) ys[k] = Math.min(ys[k], ys[k - 1] - gap);
    if (ys[ys.length - 1] < near) {
      ys[ys.length - 1] = near;
      for (let k = ys.length - 2; k >= 0; k--) ys[k] = Math.max(ys[k], ys[k + 1] + gap);
    }
    if (ys[0] > far && ys.length > 1) {
      // Too many for the room: spread them evenly between zero's side and the edge.
      for (let k = 0; k < ys.length; k++) ys[k] = far - ((far - near) * k) / (ys.length - 1);
    } else if (ys[0] > far) ys[0] = (far + near) / 2;
    indices.forEach((i, k) => (out[i] = sign * ys[k]));
  };
  const ahead: number[] = [];
  const behind: number[] = [];
  margins.forEach((m, i) => (m < 0 ? behind : ahead).push(i));
  side(ahead, domain[1], 1);
  side(behind, domain[0], -1);
  return out;
}

/**
 * The moment the replay opens on: the last paper step before the first online release, when every
 * paper protocol is in and the paper leaders stand where the night's story turns (with no online
 * release, the end of the night). Step 1, with two protocols in, says nothing.
 */
export function openingStep(steps: readonly TimelineStep[], online: readonly number[]): number {
  if (steps.length === 0) return 0;
  if (online.length === 0) return steps.length - 1;
  return Math.max(0, online[0] - 1);
}
