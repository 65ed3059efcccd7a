/**
 * The engine's front door: scenario in, result out. `simulate` also hands back the columns
 * (electorate, casting, ballot states) for those who need more than the JSON result; `runSimulation`
 * returns only the result.
 */
import { castVotes, type Casting } from '../casting/casting.ts';
import { generateElectorate, type Electorate } from '../electorate/electorate.ts';
import { runInline, type CryptoProgress, type CryptoSteps } from '../e2e/crypto-steps.ts';
import type { CryptoCosts } from '../e2e/crypto-costs.ts';
import { publishSteps, verifyPublicationSteps, type Integrity } from './integrity.ts';
import { aleaStreams, type StreamFactory } from '../base/random.ts';
import { replayNight } from '../publication/release.ts';
import { resolveBallots } from '../casting/resolve.ts';
import { castingKey, publicationKey, type StageMemo } from './stage-memo.ts';
import { RESULT_FORMAT, type DistrictResult, type PaperAuditResult, type SimulationResult } from './result.ts';
import { parseScenario } from '../scenario/validate.ts';
import { candidatesOf, type Scenario, type ScenarioInput } from '../scenario/scenario.ts';
import { countOnline, sumProtocols, winnerOf } from '../publication/tally.ts';
import { isoUtc, localToUtcMs } from '../base/time.ts';

export type Stage = 'electorate' | 'casting' | 'encryption' | 'ledger' | 'proofs' | 'verification' | 'tally';

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  readonly seed?: string;
  /** Where random streams come from (default: alea, seeded from seed and label). */
  readonly streams?: StreamFactory;
  /** Called as the run advances: overall fraction done (0..1) and the current stage. */
  readonly onProgress?: (fraction: number, stage: Stage) => void;
  /** Reuses the stages of earlier runs whose knobs they read are the same (stage-memo.ts); the result is unchanged. */
  readonly memo?: StageMemo;
  /** Measures the verifiable mode's cryptography (kept beside the result, never in it), with `clock` in milliseconds. */
  readonly costs?: CryptoCosts;
  readonly clock?: () => number;
}

export interface SimulationRun {
  readonly scenario: Scenario;
  readonly electorate: Electorate;
  readonly casting: Casting;
  /** BallotState of each row of casting.ballots (the honest resolution: the truth). */
  readonly ballotState: Uint8Array;
  /** Ledger, checkpoints, releases, record, receipts, evidence and verdicts. */
  readonly integrity: Integrity;
  readonly result: SimulationResult;
}

/** Where each stage's progress falls in the overall fraction (electorate and casting dominate). */
const STAGE_SPAN: Record<Stage, [number, number]> = {
  electorate: [0, 0.2],
  casting: [0.2, 0.4],
  encryption: [0.4, 0.4],
  ledger: [0.4, 0.7],
  proofs: [0.7, 0.7],
  verification: [0.7, 0.97],
  tally: [0.97, 1],
};

/** In the verifiable mode the cryptography dominates: encrypting, then summing and verifying proofs. */
const STAGE_SPAN_E2E: Record<Stage, [number, number]> = {
  electorate: [0, 0.02],
  casting: [0.02, 0.04],
  encryption: [0.04, 0.5],
  ledger: [0.5, 0.52],
  proofs: [0.52, 0.97],
  // The observers' chain walk runs between the operator's sums and their own proof checks.
  verification: [0.52, 0.59],
  tally: [0.97, 1],
};

/** Runs a scenario (validated and completed with defaults first) and returns the JSON-safe result. */
export function runSimulation(input: ScenarioInput | Scenario, options: SimulationOptions = {}): SimulationResult {
  return simulate(input, options).result;
}

export function simulate(input: ScenarioInput | Scenario, options: SimulationOptions = {}): SimulationRun {
  const { steps, cryptoProgress } = simulationSteps(input, options);
  return runInline(steps, cryptoProgress, options.costs, options.clock);
}

/**
 * A run up to the evidence and verdicts, without the JSON result (the tally, the night, the
 * precinct columns): what a sweep summarises, a few milliseconds a run cheaper.
 */
export function simulateChecks(input: ScenarioInput | Scenario, options: SimulationOptions = {}): Omit<SimulationRun, 'result'> {
  const { scenario, report, cryptoProgress } = prepare(input, options);
  return runInline(checkSteps(scenario, options, report), cryptoProgress, options.costs, options.clock);
}

/**
 * A run as steps (crypto-steps.ts): `simulate` answers the cryptography inline; a pool of workers
 * can answer it instead (src/pool/simulate-with-pool.ts) with the same run. `cryptoProgress`
 * turns the cryptography's progress into the run's.
 */
export function simulationSteps(input: ScenarioInput | Scenario, options: SimulationOptions = {}): { steps: CryptoSteps<SimulationRun>; cryptoProgress: CryptoProgress } {
  const { scenario, report, cryptoProgress } = prepare(input, options);
  return { steps: runSteps(scenario, options, report), cryptoProgress };
}

type Report = (stage: Stage) => (f: number) => void;

function prepare(input: ScenarioInput | Scenario, options: SimulationOptions): { scenario: Scenario; report: Report; cryptoProgress: CryptoProgress } {
  // The seed option goes through validation like any other knob.
  const scenario = parseScenario(options.seed === undefined ? input : { ...input, seed: options.seed });
  const spans = scenario.e2e.enabled ? STAGE_SPAN_E2E : STAGE_SPAN;
  // Never backwards: the verifier's last word comes after its proof checks, inside an earlier span.
  let reached = 0;
  const report: Report = (stage) => (f) => {
    const [a, b] = spans[stage];
    reached = Math.max(reached, a + (b - a) * f);
    options.onProgress?.(reached, stage);
  };
  // The operator's sums come before the observers' proof checks: the first 15 % of the proofs span.
  const cryptoProgress: CryptoProgress = (stage, done, total, summing) => {
    const f = total > 0 ? done / total : 1;
    report(stage)(stage === 'proofs' ? (summing ? 0.15 * f : 0.15 + 0.85 * f) : f);
  };
  return { scenario, report, cryptoProgress };
}

function* checkSteps(scenario: Scenario, options: SimulationOptions, report: Report): CryptoSteps<Omit<SimulationRun, 'result'>> {
  const streams = options.streams ?? aleaStreams;
  const memo = options.memo;
  const castAll = () => {
    const electorate = generateElectorate(scenario, streams, report('electorate'));
    const casting = castVotes(scenario, electorate, streams, report('casting'));
    return { electorate, casting, ballotState: resolveBallots(casting.ballots, casting.status, scenario.revoting.policy) };
  };
  // A memo is only sound for one stream factory: stages of other streams are never its entries.
  const reuse = memo && !options.streams;
  const { electorate, casting, ballotState } = reuse ? memo.get('casting', castingKey(scenario), castAll) : castAll();
  const pollsCloseMs = localToUtcMs(scenario.paper.closes, scenario.timeZone.utcOffsetMinutes);
  const publishing = () => publishSteps(scenario, electorate, casting, ballotState, pollsCloseMs, streams, report('ledger'));
  // A memoised publication answers its cryptography inline (sweeps); otherwise it is handed out as steps.
  const publication = reuse ? memo.get('publication', publicationKey(scenario), () => runInline(publishing())) : yield* publishing();
  const integrity = yield* verifyPublicationSteps(scenario, electorate, casting, publication, streams, report('verification'));
  return { scenario, electorate, casting, ballotState, integrity };
}

function* runSteps(scenario: Scenario, options: SimulationOptions, report: Report): CryptoSteps<SimulationRun> {
  const run = yield* checkSteps(scenario, options, report);
  const { electorate, casting, ballotState, integrity } = run;
  const pollsCloseMs = localToUtcMs(scenario.paper.closes, scenario.timeZone.utcOffsetMinutes);
  const result = tallyAndPublish(scenario, electorate, casting, ballotState, integrity, pollsCloseMs, options.streams ?? aleaStreams);
  report('tally')(1);
  return { ...run, result };
}

function tallyAndPublish(
  scenario: Scenario,
  e: Electorate,
  casting: Casting,
  ballotState: Uint8Array,
  integrity: Integrity,
  pollsCloseMs: number,
  streams: StreamFactory,
): SimulationResult {
  const D = scenario.districts.length;
  const K = e.parties;
  const off = scenario.timeZone.utcOffsetMinutes;

  // The truth: the ballots as voters cast them, counted honestly.
  const honest = countOnline(casting.ballots, ballotState, D, K);
  const truth = sumProtocols(e, casting.paperCounts, D).map((x, i) => x + honest.online[i]);
  // What was published: the protocols and the operator's online count (the adversary sits between).
  const paper = sumProtocols(e, integrity.plan.protocols, D);
  const { online, onlineCast } = integrity;
  const onlineCounted = Array.from({ length: D }, (_, d) => online.subarray(d * K, d * K + K).reduce((a, b) => a + b, 0));

  const people = casting.stats;
  const rel = scenario.release;
  const night = replayNight({
    electorate: e,
    districts: D,
    protocols: integrity.plan.protocols,
    pollsCloseMs,
    protocolHoursMin: scenario.paper.protocolHoursMin,
    protocolHoursMax: scenario.paper.protocolHoursMax,
    updateMinutes: rel.paperUpdateMinutes,
    onlineReleases: integrity.releases.map((r) => ({ atMs: r.atMs, label: r.label, counts: r.online })),
    utcOffsetMinutes: off,
    rng: streams(scenario.seed, 'release/paper'),
  });

  const districts: DistrictResult[] = scenario.districts.map((spec, d) => {
    const row = (a: ArrayLike<number>) => Array.from({ length: K }, (_, k) => a[d * K + k]);
    const candidates = candidatesOf(scenario, spec);
    // One lot per district: identical counts (paper alone, published, truth) always name the same winner.
    const lot = () => streams(scenario.seed, `tiebreak/${spec.id}`);
    const idOf = (k: number) => (k < 0 ? null : candidates[k].id);
    const published = row(integrity.publishedTotals);
    const paperLeader = idOf(winnerOf(row(paper), lot));
    const publishedWinner = idOf(winnerOf(published, lot));
    return {
      id: spec.id,
      name: spec.name,
      registered: spec.registered,
      precincts: e.districtPrecinctStart[d + 1] - e.districtPrecinctStart[d],
      candidates,
      truth: row(truth),
      paper: row(paper),
      online: row(online),
      published,
      sincere: row(people.sincere),
      paperLeader,
      publishedWinner,
      truthWinner: idOf(winnerOf(row(truth), lot)),
      flipped: paperLeader !== null && publishedWinner !== paperLeader,
      turnout: people.voters[d],
      paperBallots: row(paper).reduce((a, b) => a + b, 0),
      onlineRegistered: people.registered[d],
      onlineCast: onlineCast[d],
      onlineCounted: onlineCounted[d],
      revoters: people.revoters[d],
      verdict: integrity.verdicts[d],
      tamperedBallots: integrity.plan.effects.filter((x) => x.districtId === spec.id).reduce((a, x) => a + x.ballots, 0),
      coercion: {
        coerced: people.coercion.coerced[d],
        escaped: people.coercion.escaped[d],
        deterred: people.coercion.deterred[d],
        refused: people.coercion.refused[d],
      },
      paperAudit: paperAuditOf(integrity, spec.id),
    };
  });

  const P = e.precinctDistrict.length;
  return {
    format: RESULT_FORMAT,
    seed: scenario.seed,
    scenarioName: scenario.name,
    policy: scenario.revoting.policy,
    parties: scenario.parties.map((p) => ({ id: p.id, name: p.name, ruling: p.ruling })),
    totals: cityTotals(districts),
    districts,
    verdict: overallVerdict(districts),
    evidence: integrity.evidence,
    attacks: integrity.plan.effects,
    publication: {
      ledgerEntries: integrity.published.count,
      ledgerPublic: scenario.verifiability.ledger === 'public',
      revoteResolution: scenario.verifiability.revoteResolution,
      checkpoints: integrity.record.checkpoints.length,
      receiptCheckers: integrity.receipts.length,
      receiptCheckTime: scenario.verifiability.receiptCheckTime,
      handRecounts: integrity.record.handRecounts.length,
    },
    timeline: {
      onlineOpens: isoUtc(casting.schedule.opensMs),
      onlineCloses: isoUtc(casting.schedule.opensMs + casting.schedule.seconds * 1000),
      pollsClose: isoUtc(pollsCloseMs),
      steps: night.steps,
    },
    precincts: {
      districtId: Array.from(e.precinctDistrict, (d) => scenario.districts[d].id),
      registered: Array.from({ length: P }, (_, p) => e.precinctStart[p + 1] - e.precinctStart[p]),
      paperRoll: Array.from(people.paperRoll),
      counts: Array.from({ length: P }, (_, p) => Array.from(casting.paperCounts.subarray(p * K, p * K + K))),
      reportedAt: Array.from(night.reportedAtMs, isoUtc),
    },
    scenario,
  };
}

/** A district's paper audit, from the record and the verifier's evidence. */
function paperAuditOf(integrity: Integrity, districtId: number): PaperAuditResult | null {
  const audit = integrity.record.paperAudit;
  const mine = audit?.districts.find((a) => a.districtId === districtId);
  const evidence = integrity.evidence.find((x) => x.check === 'paper-audit' && x.districtId === districtId);
  if (!audit || !mine || !evidence) return null;
  return {
    method: audit.method,
    riskLimit: audit.riskLimitPerMillion / 1_000_000,
    sampleSize: mine.sampleSize,
    ballots: evidence.population ?? 0,
    outcome: mine.outcome,
    status: evidence.status === 'failed' ? 'failed' : 'passed',
  };
}

/** The city's totals: the districts' sums, turnout over registration, and how many flipped. */
export function cityTotals(districts: readonly DistrictResult[]): SimulationResult['totals'] {
  const sum = (f: (d: DistrictResult) => number) => districts.reduce((a, d) => a + f(d), 0);
  const registered = sum((d) => d.registered);
  const turnout = sum((d) => d.turnout);
  return {
    registered,
    turnout,
    turnoutRate: registered > 0 ? turnout / registered : 0,
    paperBallots: sum((d) => d.paperBallots),
    onlineRegistered: sum((d) => d.onlineRegistered),
    onlineCast: sum((d) => d.onlineCast),
    onlineCounted: sum((d) => d.onlineCounted),
    revoters: sum((d) => d.revoters),
    districts: districts.length,
    flips: districts.filter((d) => d.flipped).length,
  };
}

/** The city's verdict: tampering if any district shows it, verified only if every district is. */
export function overallVerdict(districts: readonly Pick<DistrictResult, 'id' | 'verdict'>[]): SimulationResult['verdict'] {
  const tampered = districts.filter((d) => d.verdict.status === 'tampering-detected');
  if (tampered.length > 0) {
    return { status: 'tampering-detected', reason: `Tampering detected in ${tampered.length} of ${districts.length} districts (${tampered.map((d) => d.id).join(', ')}).` };
  }
  const unverifiable = districts.filter((d) => d.verdict.status === 'unverifiable');
  if (unverifiable.length > 0) return { status: 'unverifiable', reason: `${unverifiable.length} of ${districts.length} districts cannot be verified: ${unverifiable[0].verdict.reason}` };
  const confirmed = districts.filter((d) => d.verdict.outcomeConfirmed).length;
  return {
    status: 'verified',
    reason: `All ${districts.length} districts verified; the winner is confirmed (the bound is below half the margin) in ${confirmed} of them.`,
  };
}
