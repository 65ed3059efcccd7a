/** Tally Lab's engine: pure TypeScript, no DOM, no Node APIs. */
export { runSimulation, simulate, simulateChecks, type SimulationOptions, type SimulationRun, type Stage } from './run/simulate.ts';
export * from './run/result.ts';
export { AGE_BANDS, ATTACK_KINDS, REVOTE_POLICIES, defaultScenario, scenarioSchema, type Attack, type AttackKind, type Scenario, type ScenarioInput, type Party, type DistrictSpec, type RevotePolicy } from './scenario/scenario.ts';
export { checkScenario, parseScenario, ScenarioError, MAX_VOTERS } from './scenario/validate.ts';
export { fieldAt, type Field, type Issue } from './scenario/schema.ts';
export { aleaStreams, countingStreams, streamSeed, type Rng, type StreamFactory } from './base/random.ts';
export { districtOf, generateElectorate, type Electorate } from './electorate/electorate.ts';
export { castVotes, VoterStatus, MAX_REVOTES, type Casting } from './casting/casting.ts';
export { BallotCause, type BallotTable } from './casting/ballots.ts';
export { resolveBallots, BallotState, BALLOT_STATE_LABELS, type BallotStateLabel } from './casting/resolve.ts';
export { formatLocal, isoUtc, localToUtcMs } from './base/time.ts';
export { planAttacks, Tamper, TAMPER_LABELS, Added, type AdversaryPlan, type AttackEffect } from './adversary/adversary.ts';
export { publishAndVerify, type Integrity, type Release } from './run/integrity.ts';
export { buildLiveLedger, publishedLedger, chainHashes, type Ledger, type LiveLedger } from './ledger/ledger.ts';
export {
  RECORD_FORMAT,
  coveringCheckpoint,
  RECEIPTS_FORMAT,
  RecordFormatError,
  recordFromJson,
  recordToJson,
  receiptsFromJson,
  receiptsToJson,
  type ElectionRecord,
  type RecordAuditDistrict,
  type RecordPaperAudit,
  type VoterReceipts,
} from './publication/record.ts';
export { verifyRecord, type VerifyOutcome } from './verify/verifier.ts';
export { CHECKS, type CheckName, type Evidence } from './verify/evidence.ts';
export { districtVerdict, type Verdict } from './verdict/verdict.ts';
export { missProbability, undetectedBound } from './stats/stats.ts';
export { bravo, bravoAsn, BravoTest, type BravoInput, type BravoOutcome } from './audit/bravo.ts';
export { AUDIT_DRAW_TAG, auditDraw, BallotManifest, candidateAt } from './audit/audit-sampler.ts';
export { auditDistrict, type DistrictAuditInput } from './audit/paper-audit.ts';
export { checkPaperAudit } from './verify/paper-audit-check.ts';
export { parseVoteSeries, localBinLabel, SERIES_COLUMNS, type VoteSeries, type DistrictSeries, type CandidateSeries, type SeriesError, type SeriesColumn, type ParseVoteSeriesOptions, type ParseVoteSeriesResult } from './series/vote-series.ts';
export { seriesFromRun, summarizeSeries, type SeriesSummary } from './series/ledger-series.ts';
export { forensics, estimateAgeSupport, type PublishedFigures, type ForensicsReport, type DistrictForensics, type SwingDecomposition, type AgeSupport } from './forensics/forensics.ts';
export { publishedFigures } from './forensics/forensic-figures.ts';
export { fitLine, fitTwo, type LineFit, type TwoFit } from './stats/least-squares.ts';
export { wilsonInterval } from './stats/stats.ts';
export { StageMemo, castingKey, publicationKey } from './run/stage-memo.ts';
export { receiptDetectionProbability } from './sweep/detection.ts';
export { checkSweep, parseSweep, mergeChanges, sweepSeed, SweepError, SWEEP_FORMAT, MAX_SWEEP_RUNS, type Sweep, type SweepAxis, type SweepPoint, type KnobValue } from './sweep/sweep-file.ts';
export { aggregateSweep, runSweepSeed, summariseRun, sweepRuns, type PointSummary, type SweepRow } from './sweep/sweep.ts';
