/**
 * "Be a voter": one voter of a run as they know themselves (district, age band, their ballots and
 * receipts), and the check a voter can make of their receipts against the published record. Pure
 * (no DOM, no worker APIs): it runs in the engine worker, in Node and in tests.
 *
 * The check uses only what the voter holds (their receipts, their pseudonym, when and how they
 * voted) and what is published (the ledger, its chain, the checkpoints): present, unaltered
 * (the recomputed hash of the entry equals the receipt's), covered by a signed checkpoint, and,
 * only with public re-vote resolution, that no ballot they did not cast carries their pseudonym.
 * What the check proves and what it cannot is spelled out with the answer, per scenario.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { Added, TAMPER_LABELS } from '../adversary/adversary.ts';
import { aleaStreams } from '../base/random.ts';
import { formatLocal } from '../base/time.ts';
import { BallotCause } from '../casting/ballots.ts';
import { VoterStatus } from '../casting/casting.ts';
import { BALLOT_STATE_LABELS, type BallotState, type BallotStateLabel } from '../casting/resolve.ts';
import { districtOf } from '../electorate/electorate.ts';
import { coveringCheckpoint } from '../publication/record.ts';
import type { SimulationRun } from '../run/simulate.ts';
import { AGE_BANDS } from '../scenario/scenario.ts';

const HASH_BYTES = 32;
const TOKEN_BYTES = 8;

export interface VoterReceiptView {
  /** Ledger index the receipt names. */
  readonly index: number;
  /** The entry hash the voter's client computed, hex. */
  readonly hash: string;
  /** 1-based number of the first published checkpoint covering the index, or null. */
  readonly checkpoint: number | null;
  readonly checkpointTime: string | null;
}

export type BallotFate = BallotStateLabel;

export interface VoterBallotView {
  /** Scenario-local wall time, `YYYY-MM-DD HH:MM:SS`. */
  readonly localTime: string;
  readonly choice: string;
  readonly party: string;
  /** Why the voter cast it: first ballot, changed their mind, escaped pressure. */
  readonly cause: string;
  /** How it ends up under the re-vote policy, as the voter cast it (the honest resolution). */
  readonly fate: BallotFate;
  readonly receipt: VoterReceiptView;
}

/** An entry recorded in this voter's name that they did not cast (teacher view). */
export interface ForeignEntry {
  readonly index: number;
  readonly localTime: string;
  readonly choice: string;
  readonly origin: string;
}

export interface VoterView {
  readonly index: number;
  /** How many voters the run has (for the picker's range). */
  readonly voters: number;
  readonly districtId: number;
  readonly districtName: string;
  readonly ageBand: string;
  readonly registeredOnline: boolean;
  readonly votedOnline: boolean;
  readonly votedPaper: boolean;
  /** Name of the party an employer told them to vote for online, or null. */
  readonly pressuredFor: string | null;
  /** Their pseudonym on the ledger, hex (public re-vote resolution only). */
  readonly pseudonym: string | null;
  readonly ballots: readonly VoterBallotView[];
  /** Only in the teacher view. */
  readonly teacher?: {
    /** What the operator did to this voter's ballots, per ballot (null: nothing). */
    readonly tamper: readonly (string | null)[];
    readonly foreign: readonly ForeignEntry[];
  };
}

export type CheckStatus = 'passed' | 'failed' | 'not-possible';

export interface ReceiptCheckLine {
  readonly index: number;
  readonly present: boolean;
  /** Recomputed hash of the published entry equals the receipt's. */
  readonly unaltered: boolean;
  /** 1-based checkpoint whose signed head matches the published chain and covers the entry, or null. */
  readonly coveredBy: number | null;
}

export interface ReceiptCheck {
  readonly voter: number;
  readonly status: CheckStatus;
  /** One line per receipt. */
  readonly receipts: readonly ReceiptCheckLine[];
  /** Entries in the voter's name they did not cast; null when the check is not possible (no pseudonyms). */
  readonly foreign: readonly { readonly index: number; readonly localTime: string; readonly choice: string }[] | null;
  /** One sentence: what was found. */
  readonly summary: string;
  readonly proves: readonly string[];
  readonly cannot: readonly string[];
}

const CAUSE_LABELS: Readonly<Record<number, string>> = {
  [BallotCause.first]: 'first ballot',
  [BallotCause.changedMind]: 're-vote: changed their mind',
  [BallotCause.escape]: 're-vote in private, away from pressure',
};

/** The honest ballot rows of voter `v`, in ledger order (a scan: a few ms for millions of ballots). */
function ballotRows(run: SimulationRun, v: number): number[] {
  const { voter, count } = run.casting.ballots;
  const rows: number[] = [];
  for (let i = 0; i < count; i++) if (voter[i] === v) rows.push(i);
  return rows;
}

function localSeconds(run: SimulationRun, offsetSeconds: number): string {
  const unix = run.integrity.live.unixOpens + offsetSeconds;
  const seconds = String(((unix % 60) + 60) % 60).padStart(2, '0');
  return `${formatLocal(unix * 1000, run.scenario.timeZone.utcOffsetMinutes)}:${seconds}`;
}

function candidateName(run: SimulationRun, d: number, k: number): string {
  return run.result.districts[d]?.candidates[k]?.name ?? `party #${k}`;
}

function receiptOf(run: SimulationRun, row: number): VoterReceiptView {
  const { live, record } = run.integrity;
  const index = live.receiptIndex[row];
  const hash = live.receiptOverrides.get(row) ?? live.hashes.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
  const c = coveringCheckpoint(record.checkpoints, index);
  const offset = run.scenario.timeZone.utcOffsetMinutes;
  return {
    index,
    hash: bytesToHex(hash),
    checkpoint: c < 0 ? null : c + 1,
    checkpointTime: c < 0 ? null : formatLocal(record.checkpoints[c].unixSeconds * 1000, offset),
  };
}

function tokenAt(tokens: Uint8Array, i: number, token: Uint8Array): boolean {
  const at = i * TOKEN_BYTES;
  for (let j = 0; j < TOKEN_BYTES; j++) if (tokens[at + j] !== token[j]) return false;
  return true;
}

/**
 * A voter who voted online, picked from a stream seeded by the scenario's seed and `counter` (the
 * same counter gives the same voter), or -1 when nobody voted online.
 */
export function randomOnlineVoter(run: SimulationRun, counter: number): number {
  const status = run.casting.status;
  let n = 0;
  for (let v = 0; v < status.length; v++) if (status[v] & VoterStatus.votedOnline) n++;
  if (n === 0) return -1;
  const pick = Math.floor(aleaStreams(run.scenario.seed, `ui/random-voter/${counter}`)() * n);
  for (let v = 0, k = 0; v < status.length; v++) if (status[v] & VoterStatus.votedOnline && k++ === pick) return v;
  return -1;
}

/** Voter `v` as they know themselves; the teacher view adds what was done in their name. Throws on a bad index. */
export function voterView(run: SimulationRun, v: number, teacher: boolean): VoterView {
  const e = run.electorate;
  if (!Number.isInteger(v) || v < 0 || v >= e.voters) throw new RangeError(`no voter ${v}: voters are numbered 0 to ${e.voters - 1}`);
  const d = districtOf(run.electorate, v);
  const district = run.result.districts[d];
  const status = run.casting.status[v];
  const rows = ballotRows(run, v);
  const { ballots } = run.casting;
  const pseudonym = run.integrity.pseudonymOf(v);
  const view: VoterView = {
    index: v,
    voters: e.voters,
    districtId: district.id,
    districtName: district.name,
    ageBand: AGE_BANDS[e.age[v]] ?? `band ${e.age[v]}`,
    registeredOnline: (status & VoterStatus.registeredOnline) !== 0,
    votedOnline: (status & VoterStatus.votedOnline) !== 0,
    votedPaper: (status & VoterStatus.votedPaper) !== 0,
    pressuredFor: e.pressure[v] === 0 ? null : (run.result.parties[e.pressure[v] - 1]?.name ?? `party #${e.pressure[v] - 1}`),
    pseudonym: pseudonym && bytesToHex(pseudonym),
    ballots: rows.map((i) => ({
      localTime: localSeconds(run, ballots.time[i]),
      choice: candidateName(run, d, ballots.choice[i]),
      party: run.result.parties[ballots.choice[i]]?.name ?? `party #${ballots.choice[i]}`,
      cause: CAUSE_LABELS[ballots.cause[i]] ?? `cause ${ballots.cause[i]}`,
      fate: BALLOT_STATE_LABELS[run.ballotState[i] as BallotState] ?? 'counted',
      receipt: receiptOf(run, i),
    })),
  };
  if (!teacher) return view;
  const published = run.integrity.published;
  const foreign: ForeignEntry[] = [];
  for (let i = 0; i < published.count; i++) {
    if (published.voter[i] !== v || published.honestRow[i] >= 0) continue;
    foreign.push({
      index: i,
      localTime: localSeconds(run, published.time[i]),
      choice: candidateName(run, published.district[i], published.choice[i]),
      origin: published.cause[i] === Added.phantom ? 'ballot for an abstainer' : 'injected re-vote',
    });
  }
  const tamper = rows.map((i) => TAMPER_LABELS[run.integrity.plan.tamper[i]] ?? null);
  return { ...view, teacher: { tamper, foreign } };
}

/**
 * Checks voter `v`'s receipts against the published record, as the voter could: each receipt's
 * entry present, unaltered and covered by a checkpoint whose head matches the published chain;
 * with pseudonyms, no entry in their name that they did not cast.
 */
export function checkVoterReceipts(run: SimulationRun, v: number): ReceiptCheck {
  const view = voterView(run, v, false);
  const { scenario } = run;
  const ver = scenario.verifiability;
  const { published, publishedHashes: hashes, record } = run.integrity;
  const publicLedger = ver.ledger === 'public';
  const pseudonyms = ver.revoteResolution === 'public';
  const cannot: string[] = [];
  const proves: string[] = [];

  if (!publicLedger) {
    return {
      voter: v,
      status: 'not-possible',
      receipts: [],
      foreign: null,
      summary: 'There is no public ledger to check against: the only place to look a receipt up is the operator’s own database.',
      proves: [],
      cannot: [
        'Nothing: the operator answers the lookup from its own database, so it can show you whatever your receipt says whatever it counted.',
        'A published ledger (and checkpoints signed as it grows) is what would make this check mean something.',
      ],
    };
  }
  if (view.ballots.length === 0) {
    cannot.push('This voter cast no online ballot, so there is no receipt to check.');
  }

  const headMatches = (c: number) => {
    const cp = record.checkpoints[c];
    if (cp.count === 0 || cp.count > published.count) return false;
    const at = (cp.count - 1) * HASH_BYTES;
    for (let j = 0; j < HASH_BYTES; j++) if (cp.head[j] !== hashes[at + j]) return false;
    return true;
  };
  const lines: ReceiptCheckLine[] = view.ballots.map(({ receipt }) => {
    const present = receipt.index < published.count;
    const unaltered = present && bytesToHex(hashes.subarray(receipt.index * HASH_BYTES, (receipt.index + 1) * HASH_BYTES)) === receipt.hash;
    const c = record.checkpoints.findIndex((x, i) => x.count > receipt.index && headMatches(i));
    return { index: receipt.index, present, unaltered, coveredBy: c < 0 ? null : c + 1 };
  });

  let foreign: { index: number; localTime: string; choice: string }[] | null = null;
  if (pseudonyms && view.pseudonym !== null) {
    const token = Uint8Array.from(view.pseudonym.match(/../g)!, (h) => parseInt(h, 16));
    // The voter remembers when and how they voted: an entry with their pseudonym that is none of those is not theirs.
    const { ballots } = run.casting;
    const mine = new Set(ballotRows(run, v).map((i) => `${ballots.time[i]}/${ballots.choice[i]}`));
    foreign = [];
    for (let i = 0; i < published.count; i++) {
      if (!tokenAt(published.tokens, i, token)) continue;
      if (mine.has(`${published.time[i]}/${published.choice[i]}`)) continue;
      foreign.push({ index: i, localTime: localSeconds(run, published.time[i]), choice: candidateName(run, published.district[i], published.choice[i]) });
    }
  }

  const bad = lines.filter((l) => !l.present || !l.unaltered);
  const uncovered = lines.filter((l) => l.present && l.unaltered && l.coveredBy === null);
  const failed = bad.length > 0 || (foreign !== null && foreign.length > 0);
  const status: CheckStatus = lines.length === 0 && foreign === null ? 'not-possible' : failed ? 'failed' : 'passed';

  const parts: string[] = [];
  if (lines.length > 0) {
    parts.push(
      bad.length === 0
        ? lines.length === 1
          ? 'Your receipt matches the published ledger'
          : `All ${lines.length} of your receipts match the published ledger`
        : `${bad.length} of your ${lines.length} receipts do not match the published ledger (${bad
            .map((l) => `entry ${l.index} ${l.present ? 'was altered' : 'is missing'}`)
            .join(', ')})`,
    );
    if (uncovered.length > 0) parts.push(uncovered.length === lines.length ? `no signed checkpoint covers ${lines.length === 1 ? 'it' : 'them'}` : `${uncovered.length} not covered by a signed checkpoint`);
  }
  if (foreign !== null) {
    parts.push(foreign.length === 0 ? 'no other ballot carries your pseudonym' : `${foreign.length} ballot${foreign.length === 1 ? '' : 's'} you did not cast carr${foreign.length === 1 ? 'ies' : 'y'} your pseudonym`);
  }
  const summary = parts.length > 0 ? `${parts.join('; ')}.` : 'Nothing to check.';

  // Only what held goes under "proves": a failed check must not also reassure.
  if (lines.length > 0 && bad.length === 0) {
    proves.push('Each ballot you cast is in the published ledger, at the place your receipt names, exactly as your device recorded it (the chain hash would differ otherwise).');
    if (uncovered.length < lines.length) proves.push('A signed checkpoint covers it: the operator cannot later remove or change it without its own signature giving it away.');
  }
  if (bad.length > 0) {
    proves.push('The published ledger does not hold your ballot as your device recorded it: the operator changed or dropped it after you cast it. Keep your receipt: it is evidence anyone can recheck.');
  }
  if (foreign !== null && foreign.length === 0) proves.push('No ballot you did not cast was recorded under your pseudonym, so no re-vote in your name replaced yours.');
  if (foreign !== null && foreign.length > 0) {
    proves.push('Someone cast a ballot in your name that you did not cast: under this scenario’s re-vote rule it may have replaced yours. Your pseudonym on it is evidence anyone can recheck.');
  }

  if (pseudonyms) {
    if (ver.receiptCheckTime === 'during-voting') {
      cannot.push('In this scenario voters check during voting: a check made then says nothing about a re-vote injected in their name afterwards. Checking again after the results (as here) is what catches it.');
    }
  } else {
    cannot.push('With private re-vote resolution your entries carry one-time tokens: nobody, you included, can see whether a later ballot superseded yours. Your receipt can match and your vote still not count.');
  }
  cannot.push('It checks your ballots only: the tally of everyone else’s rests on other voters checking theirs, and on observers re-counting the published ledger.');
  cannot.push('It does not prove your ballot says what you meant: a receipt proves what was recorded, not that your device recorded your choice (the sandbox has no malware).');
  if (scenario.revoting.policy === 'paper-overrides') cannot.push('A paper ballot cast in your name would cancel your online ballot, and the online receipt cannot show it.');

  return { voter: v, status, receipts: lines, foreign, summary, proves, cannot };
}
