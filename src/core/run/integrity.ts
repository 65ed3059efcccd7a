/**
 * From cast ballots to evidence: the adversary's plan, the operator's ledger and checkpoints, the
 * releases, the public record, the voters' and observers' checks, and the verdicts. The checks
 * on the record are the independent verifier's (verifier.ts); the receipt checks made during
 * voting look at the live ledger as it stood when each voter checked.
 */
import { operatorKeys, signCheckpoint } from '../../crypto/checkpoint.ts';
import { signDeclaration } from '../../crypto/declaration.ts';
import { GENESIS, TOKEN_BYTES } from '../../crypto/ledger-hash.ts';
import { planAttacks, Tamper, type AdversaryPlan } from '../adversary/adversary.ts';
import { VoterStatus, type Casting } from '../casting/casting.ts';
import { districtOf, type Electorate, type Progress } from '../electorate/electorate.ts';
import type { Evidence } from '../verify/evidence.ts';
import { buildLiveLedger, chainHashes, publishedLedger, type Ledger, type LiveLedger, type TokenSource } from '../ledger/ledger.ts';
import type { StreamFactory } from '../base/random.ts';
import { coveringCheckpoint, RECORD_FORMAT, RECORD_FORMAT_E2E, type ElectionRecord, type RecordCheckpoint, type RecordDeclaration, type RecordPaperAudit, type VoterReceipts } from '../publication/record.ts';
import { auditDistrict } from '../audit/paper-audit.ts';
import { resolveBallots } from '../casting/resolve.ts';
import { candidatesOf, type Scenario } from '../scenario/scenario.ts';
import { countOnline } from '../publication/tally.ts';
import { TokenMaker } from '../ledger/tokens.ts';
import { districtVerdict, type Verdict } from '../verdict/verdict.ts';
import { ledgerTally, verifyRecordSteps, type LedgerTally } from '../verify/verifier.ts';
import { runInline, type CryptoProgress, type CryptoSteps } from '../e2e/crypto-steps.ts';
import { challengedRows, encryptAll, tallyAndDecrypt, type E2eBallots } from '../e2e/e2e.ts';
import { challengeEvidence } from '../verify/e2e-challenges.ts';

/**
 * The operator's signed declaration of what the record promises: the evidence it publishes and the
 * bounds it is held to, so that evidence removed from the record afterwards is a failed check.
 */
export function declare(r: Omit<ElectionRecord, 'declaration'>, secretKey: Uint8Array): RecordDeclaration {
  const body = {
    ledger: r.ledger ? ('public' as const) : ('none' as const),
    revoteResolution: r.revoteResolution,
    policy: r.policy,
    onlineOpens: r.onlineOpens,
    onlineCloses: r.onlineCloses,
    checkpointTimes: r.checkpoints.map((c) => c.unixSeconds),
    releaseTimes: r.releases.map((x) => x.unixSeconds),
    districts: r.districts.map((d) => ({ id: d.id, registered: d.registered, onlineRegistered: d.onlineRegistered })),
    paperAudit: r.paperAudit && { riskLimitPerMillion: r.paperAudit.riskLimitPerMillion, maxDraws: r.paperAudit.maxDraws, seed: r.paperAudit.seed },
    e2e: r.e2e ? { electionKey: r.e2e.electionKey, threshold: r.e2e.threshold } : null,
  };
  return { ...body, signature: signDeclaration({ electionId: r.electionId, ...body }, secretKey) };
}

/** How long after their last ballot a voter who checks "during voting" looks their receipt up. */
const CHECK_DELAY_SECONDS = 600;

export interface Release {
  readonly atMs: number;
  readonly label: string;
  /** D x K counted online ballots. */
  readonly online: Float64Array;
  readonly onlineCast: Float64Array;
}

export interface Integrity {
  readonly plan: AdversaryPlan;
  readonly live: LiveLedger;
  /** The ledger the operator publishes (and counts) after the close. */
  readonly published: Ledger;
  /** Its hash chain, 32 bytes per entry: the observers' recomputation when the ledger is public, else the operator's. */
  readonly publishedHashes: Uint8Array;
  readonly releases: readonly Release[];
  readonly record: ElectionRecord;
  /** Receipts of the voters who check (the ones `--receipts` writes). */
  readonly receipts: readonly VoterReceipts[];
  /** 1 for each voter who checks their receipt (or, never having voted, their name). */
  readonly checkers: Uint8Array;
  /** A voter's pseudonym on the ledger (public re-vote resolution), or null with one-time tokens. */
  readonly pseudonymOf: (voter: number) => Uint8Array | null;
  readonly evidence: readonly Evidence[];
  readonly verdicts: readonly Verdict[];
  /** Final online counts (D x K) and published totals (D x K). */
  readonly online: Float64Array;
  readonly onlineCast: Float64Array;
  readonly publishedTotals: Float64Array;
}

/**
 * What the operator publishes, before anyone checks it. It reads every knob but the receipt checks
 * (`verifiability.receiptCheckShare` and `receiptCheckTime`), so a sweep over those can reuse it.
 */
export interface Publication {
  readonly plan: AdversaryPlan;
  readonly tokens: TokenSource;
  readonly live: LiveLedger;
  readonly published: Ledger;
  /** The chain rebuilt over the published ledger (rewrite-history), else null. */
  readonly rebuilt: Uint8Array | null;
  readonly checkpoints: readonly RecordCheckpoint[];
  readonly releases: readonly Release[];
  readonly online: Float64Array;
  readonly onlineCast: Float64Array;
  /** Roll-book signatures per precinct. */
  readonly signatures: readonly number[];
  readonly publishedTotals: Float64Array;
  readonly record: ElectionRecord;
  /** The verifier's count of the published ledger (it does not depend on anyone's receipts). */
  readonly ledgerTally: LedgerTally | null;
  /** The verifiable mode: the ballots voters challenged (Benaloh), and every entry's encrypted ballot; null otherwise. */
  readonly challenged: Uint8Array | null;
  readonly encrypted: E2eBallots | null;
}

export function publishAndVerify(
  scenario: Scenario,
  e: Electorate,
  casting: Casting,
  honestState: Uint8Array,
  pollsCloseMs: number,
  streams: StreamFactory,
  progress: (stage: 'ledger' | 'verification') => Progress,
  cryptoProgress?: CryptoProgress,
): Integrity {
  return runInline(publishAndVerifySteps(scenario, e, casting, honestState, pollsCloseMs, streams, progress), cryptoProgress);
}

/** publishAndVerify as steps: the verifiable mode's cryptography is handed out in chunks (crypto-steps.ts). */
export function* publishAndVerifySteps(
  scenario: Scenario,
  e: Electorate,
  casting: Casting,
  honestState: Uint8Array,
  pollsCloseMs: number,
  streams: StreamFactory,
  progress: (stage: 'ledger' | 'verification') => Progress,
): CryptoSteps<Integrity> {
  const publication = yield* publishSteps(scenario, e, casting, honestState, pollsCloseMs, streams, progress('ledger'));
  return yield* verifyPublicationSteps(scenario, e, casting, publication, streams, progress('verification'));
}

/** The adversary's plan, the ledger, checkpoints, releases and the public record (any cryptography inline). */
export function publish(
  scenario: Scenario,
  e: Electorate,
  casting: Casting,
  honestState: Uint8Array,
  pollsCloseMs: number,
  streams: StreamFactory,
  progress: Progress,
): Publication {
  return runInline(publishSteps(scenario, e, casting, honestState, pollsCloseMs, streams, progress));
}

/** `publish` as steps. */
export function* publishSteps(
  scenario: Scenario,
  e: Electorate,
  casting: Casting,
  honestState: Uint8Array,
  pollsCloseMs: number,
  streams: StreamFactory,
  progress: Progress,
): CryptoSteps<Publication> {
  const D = scenario.districts.length;
  const K = e.parties;
  const ids = scenario.districts.map((d) => d.id);
  const v = scenario.verifiability;
  const seconds = casting.schedule.seconds;
  const unixOpens = Math.round(casting.schedule.opensMs / 1000);
  const electionId = `${scenario.name}/${scenario.seed}`;

  const plan = planAttacks(scenario, e, casting, honestState, streams);
  progress(0.05);
  const tokens: TokenSource = {
    pseudonyms: v.revoteResolution === 'public' ? new TokenMaker(streams, scenario.seed, 'ledger/pseudonyms') : undefined,
    oneTime: new TokenMaker(streams, scenario.seed, 'ledger/one-time'),
  };
  // The verifiable mode: every ballot is encrypted before it reaches the ledger, whose entries commit to it.
  const challenged = scenario.e2e.enabled ? challengedRows(scenario, casting, streams) : null;
  const encrypted: E2eBallots | null = challenged ? yield* encryptAll(scenario, electionId, casting, plan, challenged) : null;
  const digests = encrypted?.digests;
  // Chaining is most of this stage, but not all of it: the rest reports in steps, so a progress bar never stands still for long.
  // An operator who rewrites history chains twice: the live chain, then the rebuilt one, each half of the span.
  const chainSpan = plan.rebuild ? 0.36 : 0.72;
  const live = buildLiveLedger(scenario, casting.ballots, plan, tokens, unixOpens, (f) => progress(0.08 + chainSpan * f), digests);
  const published = publishedLedger(live, plan, tokens, casting.ballots.count);
  const rebuilt = plan.rebuild ? chainHashes(published, unixOpens, ids, (f) => progress(0.46 + chainSpan * f), digests) : null;
  progress(0.84);
  const firstCounted = plan.tamper.includes(Tamper.changedBetweenReleases) ? publishedLedger(live, plan, tokens, casting.ballots.count, true) : published;

  // Checkpoints: signed heads of the live chain during voting; the final one re-signed over a rebuilt chain.
  const keyRng = streams(scenario.seed, 'operator/key');
  const keys = operatorKeys(Uint8Array.from({ length: 32 }, () => Math.floor(keyRng() * 256)));
  const times: number[] = [];
  if (v.checkpointEveryHours > 0) for (let t = v.checkpointEveryHours * 3600; t < seconds; t += v.checkpointEveryHours * 3600) times.push(Math.round(t));
  if (v.checkpointAtClose) times.push(seconds);
  const checkpoints: RecordCheckpoint[] = times.map((t) => {
    const atClose = t === seconds;
    const chain = atClose && rebuilt ? { hashes: rebuilt, ledger: published } : { hashes: live.hashes, ledger: live.ledger };
    const count = atClose ? chain.ledger.count : countBefore(live.ledger.time, t);
    const head = count === 0 ? GENESIS : chain.hashes.slice((count - 1) * 32, count * 32);
    const body = { count, head, unixSeconds: unixOpens + t };
    return { ...body, signature: signCheckpoint({ electionId, ...body }, keys.secretKey) };
  });

  // The operator's releases: its own database, counted under the policy.
  // An honest live ledger holds exactly the cast ballots in the same order, so the truth's resolution applies.
  const stateOf = (ledger: Ledger) => (ledger === live.ledger && plan.honest ? honestState : resolveBallots(ledger, casting.status, scenario.revoting.policy));
  const count = (ledger: Ledger) => countOnline(ledger, stateOf(ledger), D, K);
  progress(0.88);
  const firstCount = count(firstCounted);
  const finalCount = firstCounted === published ? firstCount : count(published);
  progress(0.92);
  const rel = scenario.release;
  const releases: Release[] = scenario.online.enabled
    ? Array.from({ length: rel.onlineReleases }, (_, i) => {
        const c = i === 0 ? firstCount : finalCount;
        return {
          atMs: pollsCloseMs + (rel.onlineDelayHours + i * rel.releaseIntervalHours) * 3_600_000,
          label: i === 0 ? 'Online results published' : `Online results republished after recount ${i}`,
          online: c.online,
          onlineCast: c.onlineCast,
        };
      })
    : [];
  const online = releases.length > 0 ? releases[releases.length - 1].online : new Float64Array(D * K);
  const onlineCast = releases.length > 0 ? releases[releases.length - 1].onlineCast : new Float64Array(D);

  // Paper: protocols as published, boxes as they are, roll-book signatures of real voters.
  const P = e.precinctDistrict.length;
  const signatures = new Array<number>(P).fill(0);
  for (let p = 0; p < P; p++) for (let k = 0; k < K; k++) signatures[p] += casting.paperCounts[p * K + k];
  const paperTotals = new Float64Array(D * K);
  for (let p = 0; p < P; p++) for (let k = 0; k < K; k++) paperTotals[e.precinctDistrict[p] * K + k] += plan.protocols[p * K + k];
  const publishedTotals = paperTotals.map((x, i) => x + online[i]);
  const recountRng = streams(scenario.seed, 'checks/paper');
  const handRecounts = [];
  for (let p = 0; p < P; p++) {
    if (recountRng() < v.paperRecountShare) handRecounts.push({ precinct: p, counts: Array.from(plan.boxes.subarray(p * K, p * K + K)), signatures: signatures[p] });
  }

  const paperAudit = v.paperAudit === 'bravo' ? auditPaper(scenario, e, plan, streams) : null;

  const row = (a: ArrayLike<number>, d: number) => Array.from({ length: K }, (_, k) => a[d * K + k]);
  const e2eSection = encrypted ? yield* tallyAndDecrypt(scenario, electionId, encrypted, published, stateOf(published), v.ledger === 'public') : undefined;
  const record: Omit<ElectionRecord, 'declaration'> = {
    format: e2eSection ? RECORD_FORMAT_E2E : RECORD_FORMAT,
    ...(e2eSection ? { e2e: e2eSection } : {}),
    electionId,
    policy: scenario.revoting.policy,
    revoteResolution: v.revoteResolution,
    onlineOpens: unixOpens,
    onlineCloses: unixOpens + seconds,
    parties: scenario.parties.map((p) => ({ id: p.id, name: p.name })),
    districts: scenario.districts.map((spec, d) => ({
      id: spec.id,
      name: spec.name,
      registered: spec.registered,
      onlineRegistered: casting.stats.registered[d],
      candidates: candidatesOf(scenario, spec),
    })),
    operatorPublicKey: keys.publicKey,
    ledger:
      v.ledger === 'public'
        ? {
            count: published.count,
            ...publicColumns(published, unixOpens, ids),
            choice: e2eSection ? null : published.choice,
            tokens: published.tokens,
          }
        : null,
    paperCancelled: v.revoteResolution === 'public' && scenario.revoting.policy === 'paper-overrides' ? paperCancelled(casting, tokens.pseudonyms!) : null,
    checkpoints,
    releases: releases.map((r) => ({
      unixSeconds: Math.round(r.atMs / 1000),
      label: r.label,
      online: Array.from({ length: D }, (_, d) => row(r.online, d)),
      onlineCast: Array.from(r.onlineCast),
    })),
    precincts: {
      districtId: Array.from(e.precinctDistrict, (d) => ids[d]),
      paperRoll: Array.from(casting.stats.paperRoll),
      signatures,
      counts: Array.from({ length: P }, (_, p) => Array.from(plan.protocols.subarray(p * K, p * K + K))),
    },
    handRecounts,
    paperAudit,
    published: Array.from({ length: D }, (_, d) => row(publishedTotals, d)),
  };
  const declared = { ...record, declaration: declare(record, keys.secretKey) };
  progress(0.94);
  const tally = ledgerTally(declared, (f) => progress(0.94 + 0.06 * f));
  progress(1);
  return { plan, tokens, live, published, rebuilt, checkpoints, releases, online, onlineCast, signatures, publishedTotals, record: declared, ledgerTally: tally, challenged, encrypted };
}

/** Whether hashes[at .. at+32) is `hash`. */
function sameHash(hashes: Uint8Array, at: number, hash: Uint8Array): boolean {
  for (let k = 0; k < 32; k++) if (hashes[at + k] !== hash[k]) return false;
  return true;
}

/** A ledger's times and districts as the record publishes them: unix seconds and district ids (plain loops: a mapping `from` is ~10x slower at city scale). */
function publicColumns(l: Ledger, unixOpens: number, ids: readonly number[]): { unixSeconds: Uint32Array; districtId: Uint32Array } {
  const unixSeconds = new Uint32Array(l.count);
  const districtId = new Uint32Array(l.count);
  for (let i = 0; i < l.count; i++) {
    unixSeconds[i] = unixOpens + l.time[i];
    districtId[i] = ids[l.district[i]];
  }
  return { unixSeconds, districtId };
}

/** The voters' and observers' checks of a publication, and the verdicts (any cryptography inline). */
export function verifyPublication(scenario: Scenario, e: Electorate, casting: Casting, publication: Publication, streams: StreamFactory, progress: Progress): Integrity {
  return runInline(verifyPublicationSteps(scenario, e, casting, publication, streams, progress));
}

/** `verifyPublication` as steps. */
export function* verifyPublicationSteps(
  scenario: Scenario,
  e: Electorate,
  casting: Casting,
  publication: Publication,
  streams: StreamFactory,
  progress: Progress,
): CryptoSteps<Integrity> {
  const { plan, tokens, live, published, rebuilt, checkpoints, releases, online, onlineCast, signatures, publishedTotals, record, challenged, encrypted } = publication;
  const K = e.parties;
  const v = scenario.verifiability;
  const ids = scenario.districts.map((d) => d.id);
  const row = (a: ArrayLike<number>, d: number) => Array.from({ length: K }, (_, k) => a[d * K + k]);

  // Voters who check: digitally active registrants are likelier to.
  const { receipts, duringVoting, checkers } = checkReceipts(scenario, e, casting, live, tokens, checkpoints, streams, (f) => progress(0.3 * f));
  // The operator chained these very entries already, unless they changed after the close without a rebuild.
  const chainOfLedger = published === live.ledger ? live.hashes : (rebuilt ?? undefined);
  const outcome = yield* verifyRecordSteps(record, {
    receipts: v.receiptCheckTime === 'after-publication' ? receipts : undefined,
    onProgress: (f) => progress(0.3 + 0.7 * f),
    chainOfLedger,
    ledgerTally: publication.ledgerTally,
  });
  const evidence: Evidence[] = [
    operatorRecount(releases),
    ...outcome.evidence,
    ...(v.receiptCheckTime === 'during-voting' ? duringVoting : []),
    ...(challenged ? challengeEvidence(scenario, casting, plan, challenged) : []),
  ];

  const verdicts = scenario.districts.map((spec, d) => {
    let maxBallots = 0;
    for (let p = e.districtPrecinctStart[d]; p < e.districtPrecinctStart[d + 1]; p++) maxBallots = Math.max(maxBallots, signatures[p]);
    return districtVerdict({
      districtId: spec.id,
      evidence,
      published: row(publishedTotals, d),
      onlineRegistered: casting.stats.registered[d],
      precincts: e.districtPrecinctStart[d + 1] - e.districtPrecinctStart[d],
      maxPrecinctBallots: maxBallots,
      challengeRate: scenario.e2e.enabled ? scenario.e2e.challengeRate : undefined,
    });
  });
  const publishedHashes = outcome.hashes ?? rebuilt ?? (published === live.ledger ? live.hashes : chainHashes(published, live.unixOpens, ids, undefined, encrypted?.digests));
  const pseudonymOf = (voter: number) => (tokens.pseudonyms ? tokens.pseudonyms.token(voter) : null);
  return { plan, live, published, publishedHashes, releases, record, receipts, checkers, pseudonymOf, evidence, verdicts, online, onlineCast, publishedTotals };
}

/**
 * The auditors' BRAVO audit of every district's paper outcome, on the boxes as they are. The public
 * audit seed comes from the stream `checks/paper-audit` (in a real election: dice rolled in public
 * after the protocols are published).
 */
function auditPaper(scenario: Scenario, e: Electorate, plan: AdversaryPlan, streams: StreamFactory): RecordPaperAudit {
  const K = e.parties;
  const v = scenario.verifiability;
  const seedRng = streams(scenario.seed, 'checks/paper-audit');
  const seed = Uint8Array.from({ length: 32 }, () => Math.floor(seedRng() * 256));
  const riskLimitPerMillion = Math.round(v.riskLimit * 1_000_000);
  const slice = (a: Uint32Array) => (p: number) => a.subarray(p * K, p * K + K);
  return {
    method: 'bravo',
    riskLimitPerMillion,
    maxDraws: v.auditMaxDraws,
    seed,
    districts: scenario.districts.map((spec, d) => {
      const precincts = Array.from({ length: e.districtPrecinctStart[d + 1] - e.districtPrecinctStart[d] }, (_, i) => e.districtPrecinctStart[d] + i);
      const input = { seed, districtId: spec.id, riskLimit: riskLimitPerMillion / 1_000_000, maxDraws: v.auditMaxDraws, precincts, protocol: slice(plan.protocols), box: slice(plan.boxes) };
      return auditDistrict(input, K);
    }),
  };
}

/** Entries stored before second t (the ledger is in time order). */
function countBefore(time: Uint32Array, t: number): number {
  let a = 0;
  let b = time.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (time[m] < t) a = m + 1;
    else b = m;
  }
  return a;
}

function paperCancelled(casting: Casting, pseudonyms: TokenMaker): Uint8Array {
  const both = VoterStatus.votedOnline | VoterStatus.votedPaper;
  const voters: number[] = [];
  for (let v = 0; v < casting.status.length; v++) if ((casting.status[v] & both) === both) voters.push(v);
  const out = new Uint8Array(voters.length * TOKEN_BYTES);
  voters.forEach((v, i) => pseudonyms.write(v, out, i * TOKEN_BYTES));
  return out;
}

/** The operator's recounts of its own database: evidence that cannot fail on tampering it did itself. */
export function operatorRecount(releases: readonly Pick<Release, 'online'>[]): Evidence {
  const agree = releases.every((r) => r.online.every((x, i) => x === releases[0].online[i]));
  return {
    check: 'operator-recount',
    districtId: null,
    status: agree ? 'passed' : 'failed',
    independent: false,
    what: releases.length === 1 ? 'The operator counted its own database once.' : `The operator recounted its own database ${releases.length} times.`,
    detail: agree ? 'Every recount agrees with the first.' : 'The recounts disagree: the database changed between them.',
    rulesOut: 'Nothing: a recount of data nobody else can see only repeats it, whatever the truth.',
  };
}

/**
 * Picks the voters who check (one draw per online registrant from `checks/receipts/<district>`,
 * with probability share x digital habit / the registrants' mean habit), gathers their receipts,
 * and, for checks during voting, compares each with the live ledger shortly after the voter's
 * last ballot.
 */
function checkReceipts(
  scenario: Scenario,
  e: Electorate,
  casting: Casting,
  live: LiveLedger,
  tokens: TokenSource,
  checkpoints: readonly RecordCheckpoint[],
  streams: StreamFactory,
  progress: Progress,
) {
  // The first published checkpoint covering an entry (checkpoints are in time order, counts grow).
  const covering = (index: number) => {
    const c = coveringCheckpoint(checkpoints, index);
    return c < 0 ? null : c;
  };
  const v = scenario.verifiability;
  const { ballots } = casting;
  const checker = new Uint8Array(e.voters);
  // The checkers in voter order, and each district's online registrants (reused from district to district).
  const checkerList: number[] = [];
  let registrants = new Uint32Array(0);
  scenario.districts.forEach((spec, d) => {
    let sum = 0;
    let n = 0;
    const start = e.districtStart[d];
    const end = e.districtStart[d + 1];
    if (registrants.length < end - start) registrants = new Uint32Array(end - start);
    const { status } = casting;
    const { digital } = e;
    for (let x = start; x < end; x++) {
      if (status[x] & VoterStatus.registeredOnline) {
        sum += digital[x];
        registrants[n++] = x;
      }
    }
    const mean = n > 0 ? sum / n : 1;
    // A registrant checks with probability share × (digital habit / the district's mean), looked up by habit (a byte).
    const chance = Float64Array.from({ length: 256 }, (_, digital) => v.receiptCheckShare * (digital / Math.max(1, mean)));
    const rng = streams(scenario.seed, `checks/receipts/${spec.id}`);
    for (let r = 0; r < n; r++) {
      const x = registrants[r];
      if (rng() < chance[digital[x]]) {
        checker[x] = 1;
        checkerList.push(x);
      }
    }
    progress((0.4 * (d + 1)) / scenario.districts.length);
  });
  const rows = new Map<number, number[]>();
  for (let i = 0; i < ballots.count; i++) if (checker[ballots.voter[i]]) (rows.get(ballots.voter[i]) ?? rows.set(ballots.voter[i], []).get(ballots.voter[i])!).push(i);
  const receiptHash = (i: number) => live.receiptOverrides.get(i) ?? live.hashes.slice(live.receiptIndex[i] * 32, live.receiptIndex[i] * 32 + 32);
  const receipts: VoterReceipts[] = [];
  const problems = new Map<number, string[]>();
  const checked = new Map<number, number>();
  progress(0.5);
  const step = Math.max(1, Math.floor(checkerList.length / 20));
  checkerList.forEach((x, c) => {
    if (c % step === 0) progress(0.5 + (0.5 * c) / checkerList.length);
    const d = districtOf(e, x);
    const own = rows.get(x) ?? [];
    receipts.push({
      districtId: scenario.districts[d].id,
      pseudonym: tokens.pseudonyms ? tokens.pseudonyms.token(x) : null,
      voted: own.length > 0,
      receipts: own.map((i) => ({ index: live.receiptIndex[i], hash: receiptHash(i), checkpoint: covering(live.receiptIndex[i]) })),
    });
    if (own.length === 0) return;
    checked.set(d, (checked.get(d) ?? 0) + 1);
    // During voting: the live ledger as it stood CHECK_DELAY_SECONDS after the voter's last ballot.
    const at = ballots.time[own[own.length - 1]] + CHECK_DELAY_SECONDS;
    const visible = countBefore(live.ledger.time, at + 1);
    for (const i of own) {
      const index = live.receiptIndex[i];
      if (index >= visible) (problems.get(d) ?? problems.set(d, []).get(d)!).push(`entry ${index} is missing`);
      else if (!sameHash(live.hashes, index * 32, receiptHash(i))) (problems.get(d) ?? problems.set(d, []).get(d)!).push(`entry ${index} does not match its receipt`);
    }
  });
  progress(1);
  const duringVoting: Evidence[] = scenario.districts.map((spec, d) => {
    const found = problems.get(d) ?? [];
    const n = checked.get(d) ?? 0;
    return {
      check: 'receipts',
      districtId: spec.id,
      status: n === 0 ? 'not-possible' : found.length > 0 ? 'failed' : 'passed',
      independent: v.ledger === 'public',
      when: 'during-voting',
      what: `${n.toLocaleString('en-US')} voters looked their receipts up in the ${v.ledger === 'public' ? 'public' : 'operator’s'} ledger right after voting.`,
      detail: n === 0 ? 'Nobody checked.' : found.length > 0 ? `${found.length} problems; first: ${found[0]}.` : 'Every receipt was found, unaltered.',
      rulesOut:
        v.ledger === 'public'
          ? 'Tampering with those ballots before the voters looked. Nothing done afterwards: a re-vote added in their name later, or changes after the close.'
          : 'Nothing: the operator answers lookups in its own database.',
      checked: n,
      population: casting.stats.registered[d],
    };
  });
  return { receipts, duringVoting, checkers: checker };
}
