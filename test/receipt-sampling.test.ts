/**
 * The detection rate of receipt sampling, measured over many seeds, against the closed form.
 * Injected re-votes are caught exactly when a victim checks; victims are drawn uniformly from the
 * eligible voters E (one counted ballot, not for the beneficiary), so given n_E checkers among E
 * the chance to miss all M victims is hypergeometric: C(|E| - n_E, M) / C(|E|, M). Each run's
 * predicted probability uses its own |E| and n_E; the mean of those is compared with the
 * observed rate, within 4 binomial standard errors.
 */
import { describe, expect, it } from 'vitest';
import { BallotState, missProbability, receiptDetectionProbability, simulate, VoterStatus, type SimulationRun } from '../src/core/index.ts';
import { FULL } from './helpers.ts';

const M = 40;
const RUNS = 160;

function scenario(seed: string, avoidCheckers: number) {
  return {
    seed,
    districts: [{ id: 1, name: 'Only', registered: 6000 }],
    ...FULL,
    // Few checkpoints: signatures, not hashes, would dominate a run this small.
    verifiability: { ...FULL.verifiability, checkpointEveryHours: 0, receiptCheckShare: 0.012, paperRecountShare: 0 },
    adversary: { avoidCheckers, attacks: [{ kind: 'inject-revotes' as const, size: M, beneficiary: 'unity' }] },
  };
}

/** |E| and the checkers among E, recomputed from the run's columns. */
function eligible(run: SimulationRun): { size: number; checkers: number } {
  const { ballots } = run.casting;
  const count = new Uint8Array(run.electorate.voters);
  for (let i = 0; i < ballots.count; i++) count[ballots.voter[i]]++;
  const unity = run.scenario.parties.findIndex((p) => p.id === 'unity');
  let size = 0;
  let checkers = 0;
  for (let i = 0; i < ballots.count; i++) {
    const v = ballots.voter[i];
    if (count[v] !== 1 || run.ballotState[i] !== BallotState.counted || ballots.choice[i] === unity) continue;
    if (run.casting.status[v] & VoterStatus.votedPaper) continue;
    size++;
    if (run.integrity.checkers[v]) checkers++;
  }
  return { size, checkers };
}

const measured = new Map<number, { observed: number; predicted: number }>();
function measure(avoidCheckers: number) {
  const known = measured.get(avoidCheckers);
  if (known) return known;
  let detected = 0;
  let predicted = 0;
  for (let s = 0; s < RUNS; s++) {
    const run = simulate(scenario(`sampling-${s}`, avoidCheckers));
    const { size, checkers } = eligible(run);
    predicted += 1 - missProbability(size, M, checkers);
    if (run.result.evidence.some((e) => e.check === 'receipts' && e.status === 'failed')) detected++;
  }
  const result = { observed: detected / RUNS, predicted: predicted / RUNS };
  measured.set(avoidCheckers, result);
  return result;
}

describe('receipt sampling', () => {
  it(`detects injected re-votes at the hypergeometric rate (${RUNS} seeds, 4 standard errors)`, () => {
    const { observed, predicted } = measure(0);
    const se = Math.sqrt((predicted * (1 - predicted)) / RUNS);
    expect(predicted).toBeGreaterThan(0.2);
    expect(predicted).toBeLessThan(0.8);
    expect(Math.abs(observed - predicted)).toBeLessThanOrEqual(4 * se);
  });

  it('agrees with the engine\'s closed form for a run (src/core/sweep/detection.ts, which sweeps use)', () => {
    for (let s = 0; s < 4; s++) {
      const run = simulate(scenario(`sampling-${s}`, 0));
      const { size, checkers } = eligible(run);
      expect(receiptDetectionProbability(run)).toBeCloseTo(1 - missProbability(size, M, checkers), 12);
    }
  });

  it('detects far less when the attacker picks the least digital voters (the bound assumes random victims)', () => {
    const random = measure(0);
    const targeted = measure(1);
    expect(targeted.observed).toBeLessThan(random.observed / 2);
  });
});
