/** Tally Lab's engine: pure TypeScript, no DOM, no Node APIs. */
export { runSimulation, simulate, simulateChecks, type SimulationOptions, type SimulationRun, type Stage } from './simulate.ts';
export * from './result.ts';
export { AGE_BANDS, ATTACK_KINDS, REVOTE_POLICIES, defaultScenario, scenarioSchema, type Attack, type AttackKind, type Scenario, type ScenarioInput, type Party, type DistrictSpec, type RevotePolicy } from './scenario.ts';
export { checkScenario, parseScenario, ScenarioError, MAX_VOTERS } from './validate.ts';
export { fieldAt, type Field, type Issue } from './schema.ts';
export { aleaStreams, countingStreams, streamSeed, type Rng, type StreamFactory } from './random.ts';
export { districtOf, generateElectorate, type Electorate } from './electorate.ts';
export { castVotes, VoterStatus, MAX_REVOTES, type Casting } from './casting.ts';
export { BallotCause, type BallotTable } from './ballots.ts';
export { resolveBallots, BallotState, BALLOT_STATE_LABELS, type BallotStateLabel } from './resolve.ts';
export { formatLocal, isoUtc, localToUtcMs } from './time.ts';
export { planAttacks, Tamper, TAMPER_LABELS, Added, type AdversaryPlan, type AttackEffect } from './adversary.ts';
export { publishAndVerify, type Integrity, type Release } from './integrity.ts';
export { buildLiveLedger, publishedLedger, chainHashes, type Ledger, type LiveLedger } from './ledger.ts';
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
} from './record.ts';
export { verifyRecord, type VerifyOutcome } from './verifier.ts';
export { CHECKS, type CheckName, type Evidence } from './evidence.ts';
export { districtVerdict, type Verdict } from './verdict.ts';
export { missProbability, undetectedBound } from './stats.ts';
export { bravo, bravoAsn, BravoTest, type BravoInput, type BravoOutcome } from './bravo.ts';
export { AUDIT_DRAW_TAG, auditDraw, BallotManifest, candidateAt } from './audit-sampler.ts';
export { auditDistrict, type DistrictAuditInput } from './paper-audit.ts';
export { checkPaperAudit } from './paper-audit-check.ts';
export { parseVoteSeries, localBinLabel, SERIES_COLUMNS, type VoteSeries, type DistrictSeries, type CandidateSeries, type SeriesError, type SeriesColumn, type ParseVoteSeriesOptions, type ParseVoteSeriesResult } from './vote-series.ts';
export { seriesFromRun, summarizeSeries, type SeriesSummary } from './ledger-series.ts';
export { forensics, estimateAgeSupport, type PublishedFigures, type ForensicsReport, type DistrictForensics, type SwingDecomposition, type AgeSupport } from './forensics.ts';
export { publishedFigures } from './forensic-figures.ts';
export { fitLine, fitTwo, type LineFit, type TwoFit } from './least-squares.ts';
export { wilsonInterval } from './stats.ts';
export { StageMemo, castingKey, publicationKey } from './stage-memo.ts';
export { receiptDetectionProbability } from './detection.ts';
export { checkSweep, parseSweep, mergeChanges, sweepSeed, SweepError, SWEEP_FORMAT, MAX_SWEEP_RUNS, type Sweep, type SweepAxis, type SweepPoint, type KnobValue } from './sweep-file.ts';
export { aggregateSweep, runSweepSeed, summariseRun, sweepRuns, type PointSummary, type SweepRow } from './sweep.ts';
