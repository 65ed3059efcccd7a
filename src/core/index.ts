/** Tally Lab's engine: pure TypeScript, no DOM, no Node APIs. */
export { runSimulation, simulate, simulateChecks, type SimulationOptions, type SimulationRun, type Stage } from './run/index.ts';
export * from './run/result.ts';
export { AGE_BANDS, ATTACK_KINDS, REVOTE_POLICIES, defaultScenario, scenarioSchema, type Attack, type AttackKind, type Scenario, type ScenarioInput, type Party, type DistrictSpec, type RevotePolicy } from './scenario/index.ts';
export { checkScenario, parseScenario, ScenarioError, MAX_VOTERS, MAX_SCENARIO_BYTES, MAX_CHECKPOINTS, MAX_ONLINE_BALLOTS, FIRST_YEAR, LAST_YEAR } from './scenario/index.ts';
export { fieldAt, type Field, type Issue } from './scenario/index.ts';
export { aleaStreams, countingStreams, streamSeed, type Rng, type StreamFactory } from './base/index.ts';
export { districtOf, generateElectorate, type Electorate } from './electorate/index.ts';
export { castVotes, VoterStatus, MAX_REVOTES, type Casting } from './casting/index.ts';
export { BallotCause, type BallotTable } from './casting/index.ts';
export { resolveBallots, BallotState, BALLOT_STATE_LABELS, type BallotStateLabel } from './casting/index.ts';
export { formatLocal, isoUtc, localToUtcMs } from './base/index.ts';
export { planAttacks, Tamper, TAMPER_LABELS, Added, type AdversaryPlan, type AttackEffect } from './adversary/index.ts';
export { publishAndVerify, type Integrity, type Release } from './run/index.ts';
export { buildLiveLedger, publishedLedger, chainHashes, type Ledger, type LiveLedger } from './ledger/index.ts';
export {
  RECORD_FORMAT,
  coveringCheckpoint,
  RECEIPTS_FORMAT,
  RecordFormatError,
  recordFromJson,
  recordJsonPieces,
  recordToJson,
  receiptsForRecord,
  receiptsFromJson,
  receiptsToJson,
  type ElectionRecord,
  type RecordAuditDistrict,
  type RecordPaperAudit,
  type VoterReceipts,
} from './publication/index.ts';
export { verifyRecord, type VerifyOutcome } from './verify/index.ts';
export { CHECKS, type CheckName, type Evidence } from './verify/index.ts';
export { districtVerdict, type Verdict } from './verdict/index.ts';
export { missProbability, undetectedBound } from './stats/index.ts';
export { bravo, bravoAsn, BravoTest, type BravoInput, type BravoOutcome } from './audit/index.ts';
export { AUDIT_DRAW_TAG, auditDraw, BallotManifest, candidateAt } from './audit/index.ts';
export { auditDistrict, type DistrictAuditInput } from './audit/index.ts';
export { checkPaperAudit } from './verify/index.ts';
export { parseVoteSeries, localBinLabel, SERIES_COLUMNS, type VoteSeries, type DistrictSeries, type CandidateSeries, type SeriesError, type SeriesColumn, type ParseVoteSeriesOptions, type ParseVoteSeriesResult } from './series/index.ts';
export { seriesFromRun, summarizeSeries, type SeriesSummary } from './series/index.ts';
export { forensics, estimateAgeSupport, type PublishedFigures, type ForensicsReport, type DistrictForensics, type SwingDecomposition, type AgeSupport } from './forensics/index.ts';
export { publishedFigures } from './forensics/index.ts';
export { fitLine, fitTwo, type LineFit, type TwoFit } from './stats/index.ts';
export { wilsonInterval } from './stats/index.ts';
export { StageMemo, castingKey, publicationKey } from './run/index.ts';
export { receiptDetectionProbability } from './sweep/index.ts';
export { checkSweep, parseSweep, mergeChanges, sweepSeed, SweepError, SWEEP_FORMAT, MAX_SWEEP_RUNS, type Sweep, type SweepAxis, type SweepPoint, type KnobValue } from './sweep/index.ts';
export { aggregateSweep, runSweepSeed, summariseRun, sweepRuns, type PointSummary, type SweepRow } from './sweep/index.ts';
export { CLASS_FILE_FORMAT, classFileJson, loadClassFile, type LoadedClass } from './live/index.ts';
export { LiveElection, LiveError, LIVE_ATTACKS, LIVE_POLICIES, MAX_GROUPS, MAX_STUDENTS_PER_GROUP, MAX_CANDIDATES, parseClassSetup, classScenario, attackRule, attackOutlook, receiptCode, liveRecord, liveOutcome, checkStudent, studentReceipts } from './live/index.ts';
export type { ClassSetup, ClassGroup, LivePolicy, LiveAttack, LiveAttackKind, LiveEvent, LivePhase, LiveOutcome, LiveStudent, AttackRule, AttackOutlook } from './live/index.ts';
