/**
 * The operator's ledger of online ballots, hash-chained as they arrive (src/crypto/ledger-hash.ts).
 * `buildLiveLedger` records what the operator stored during voting (with the adversary's live
 * tampering) and the receipt each voter's client computed; `publishedLedger` applies the changes
 * made after the close. Entries keep the voter and their origin for the teacher; the public record
 * carries only time, district, token and choice.
 */
import { EntryHasherV2 } from '../../crypto/ledger-entry-v2.ts';
import { EntryHasher, GENESIS, TOKEN_BYTES, type FillColumns } from '../../crypto/ledger-hash.ts';
import { Tamper, type AdversaryPlan } from '../adversary/adversary.ts';
import { allocateBallots, type BallotTable } from '../casting/ballots.ts';
import type { Progress } from '../electorate/electorate.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { TokenMaker } from './tokens.ts';

export interface Ledger extends BallotTable {
  /** TOKEN_BYTES per entry: the voter's pseudonym or a one-time token. */
  readonly tokens: Uint8Array;
  /** The honest ballot row this entry records, or -1 for a ballot the adversary added. */
  readonly honestRow: Int32Array;
  /** Tamper code of the entry (Tamper.none for untouched and added entries). */
  readonly tamper: Uint8Array;
  /**
   * Verifiable mode only: which encrypted ballot the entry holds (BallotDigests.ref), else null.
   * The entry's hash then commits to that ballot's digest (ledger entry v2) instead of the choice.
   */
  readonly ballotRef: Int32Array | null;
}

/**
 * Digests of the encrypted ballots of the verifiable mode, by who made them: the voter's client
 * (one per honest ballot row) or the operator (a substituted, rewritten or added entry, by its
 * creation number: the honest row, or honest count + added row). A ledger entry refers to one
 * of them: ref >= 0 is the client ballot of row ref, ref < 0 the operator ballot of creation -ref-1.
 */
export interface BallotDigests {
  /** 32 bytes per honest ballot row. */
  readonly client: Uint8Array;
  /** 32 bytes per creation number (only the ones the adversary made are filled). */
  readonly operator: Uint8Array;
}

export const clientRef = (row: number): number => row;
export const operatorRef = (creation: number): number => -creation - 1;

export interface LiveLedger {
  readonly ledger: Ledger;
  /** 32 bytes per entry: the chain as it stood at the close. */
  readonly hashes: Uint8Array;
  /** Per honest ballot row: the index the voter's receipt names. */
  readonly receiptIndex: Uint32Array;
  /** Receipt hashes that differ from the stored entry's (substituted or dropped as they arrived). */
  readonly receiptOverrides: ReadonlyMap<number, Uint8Array>;
  /** Unix seconds when online voting opened (entry times are offsets from it). */
  readonly unixOpens: number;
}

export interface TokenSource {
  /** Pseudonyms by voter index (public resolution), or undefined for one-time tokens. */
  readonly pseudonyms?: TokenMaker;
  /** One-time tokens by creation number (private resolution). */
  readonly oneTime: TokenMaker;
}

/** Merges honest and added-live ballots in time order, chains them, and computes receipts. */
export function buildLiveLedger(
  scenario: Scenario,
  ballots: BallotTable,
  plan: AdversaryPlan,
  tokens: TokenSource,
  unixOpens: number,
  progress?: Progress,
  digests?: BallotDigests,
): LiveLedger {
  const added = plan.added;
  let liveAdded = 0;
  for (let j = 0; j < added.count; j++) if (!plan.addedAfterClose[j]) liveAdded++;
  let dropped = 0;
  for (let i = 0; i < ballots.count; i++) if (plan.tamper[i] === Tamper.droppedLive) dropped++;
  const n = ballots.count - dropped + liveAdded;
  const receiptIndex = new Uint32Array(ballots.count);
  // Rows whose receipt differs from the stored entry, and the index it names: hashed once the chain stands.
  const overridden: number[] = [];
  const ids = scenario.districts.map((d) => d.id);
  // Storing is a fifth of the work, chaining the rest.
  const storing = 0.2;

  // Where each entry comes from: an honest row (>= 0) or an added one (-1 - its row). Then the columns
  // are filled one by one from it: short loops that the JIT optimises at once, even at classroom size.
  const source = new Int32Array(n);
  let at = 0;
  let j = 0;
  const { tamper } = plan;
  const honestTime = ballots.time;
  const addedTime = added.time;
  const addedAfterClose = plan.addedAfterClose;
  while (j < added.count && addedAfterClose[j]) j++;
  for (let i = 0; i <= ballots.count; i++) {
    // Added ballots due before this honest one (ties: the honest one first).
    while (j < added.count && (i === ballots.count || addedTime[j] < honestTime[i])) {
      source[at++] = -1 - j;
      j++;
      while (j < added.count && addedAfterClose[j]) j++;
    }
    if (i === ballots.count) break;
    const code = tamper[i];
    // The voter's client hashes the ballot it cast onto the head it was shown.
    if (code === Tamper.substitutedLive || code === Tamper.droppedLive) overridden.push(i);
    receiptIndex[i] = at;
    if (code !== Tamper.droppedLive) source[at++] = i;
  }
  progress?.(storing / 2);
  const ledger = fillEntries(source, ballots, plan, tokens, digests !== undefined);
  progress?.(storing);
  const hashes = chainHashes(ledger, unixOpens, ids, progress && ((f) => progress(storing + (1 - storing) * f)), digests);

  const receiptOverrides = new Map<number, Uint8Array>();
  const hasher = new EntryHasher();
  const hasherV2 = digests ? new EntryHasherV2() : null;
  const clientToken = new Uint8Array(TOKEN_BYTES);
  for (const i of overridden) {
    writeToken(tokens, ballots.voter[i], i, clientToken, 0);
    const head = receiptIndex[i];
    const prev = head === 0 ? GENESIS : hashes;
    const prevAt = head === 0 ? 0 : (head - 1) * 32;
    const unix = unixOpens + ballots.time[i];
    const district = ids[ballots.district[i]];
    receiptOverrides.set(
      i,
      hasherV2 && digests
        ? hasherV2.hash(prev, prevAt, head, unix, district, clientToken, 0, digests.client, i * 32)
        : hasher.hash(prev, prevAt, head, unix, district, clientToken, 0, ballots.choice[i]),
    );
  }
  return { ledger, hashes, receiptIndex, receiptOverrides, unixOpens };
}

/**
 * The ledger as published after the close: after-close substitutions and drops applied, backdated
 * ballots inserted at their times. Returns the live ledger itself when nothing changed after the
 * close. `beforeRelease` leaves out the changes made between releases (what the first release counted).
 */
export function publishedLedger(live: LiveLedger, plan: AdversaryPlan, tokens: TokenSource, honestCount: number, beforeRelease = false): Ledger {
  const src = live.ledger;
  const changed = (code: number) =>
    code === Tamper.substitutedAfterClose || code === Tamper.rewritten || code === Tamper.droppedAfterClose || (!beforeRelease && code === Tamper.changedBetweenReleases);
  let anyChange = false;
  let drops = 0;
  const honestTamper = plan.tamper;
  for (let i = 0; i < honestTamper.length; i++) {
    if (changed(honestTamper[i])) anyChange = true;
    if (honestTamper[i] === Tamper.droppedAfterClose) drops++;
  }
  let inserted = 0;
  for (let j = 0; j < plan.added.count; j++) if (plan.addedAfterClose[j]) inserted++;
  if (!anyChange && inserted === 0) return src;

  const out = allocate(src.count - drops + inserted, src.ballotRef !== null);
  const added = plan.added;
  let at = 0;
  let j = 0;
  const nextInserted = () => {
    while (j < added.count && !plan.addedAfterClose[j]) j++;
  };
  nextInserted();
  for (let e = 0; e <= src.count; e++) {
    while (j < added.count && (e === src.count || added.time[j] < src.time[e])) {
      put(out, at++, added.voter[j], added.time[j], added.choice[j], added.district[j], added.cause[j], -1, Tamper.none, tokens, honestCount + j, operatorRef(honestCount + j));
      j++;
      nextInserted();
    }
    if (e === src.count) break;
    const row = src.honestRow[e];
    const code = row >= 0 ? honestTamper[row] : Tamper.none;
    if (code === Tamper.droppedAfterClose) continue;
    const choice = changed(code) ? plan.storedChoice[row] : src.choice[e];
    out.voter[at] = src.voter[e];
    out.time[at] = src.time[e];
    out.choice[at] = choice;
    out.district[at] = src.district[e];
    out.cause[at] = src.cause[e];
    out.honestRow[at] = row;
    out.tamper[at] = changed(code) ? code : src.tamper[e];
    out.tokens.set(src.tokens.subarray(e * TOKEN_BYTES, (e + 1) * TOKEN_BYTES), at * TOKEN_BYTES);
    // The operator who changes a ballot after the close makes a new encrypted ballot for it.
    if (out.ballotRef && src.ballotRef) out.ballotRef[at] = changed(code) ? operatorRef(row) : src.ballotRef[e];
    at++;
  }
  return out;
}

/** Recomputes the whole chain of a ledger (what an observer, or a rewriting operator, does). */
export function chainHashes(
  ledger: Pick<Ledger, 'count' | 'time' | 'district' | 'tokens' | 'choice' | 'ballotRef'>,
  unixOpens: number,
  districtIds: readonly number[],
  progress?: Progress,
  digests?: BallotDigests,
): Uint8Array {
  const hashes = new Uint8Array(32 * ledger.count);
  const hasher = digests && ledger.ballotRef ? new EntryHasherV2() : new EntryHasher();
  hasher.chainEntries(ledger.count, 0, GENESIS, 0, hashes, 0, ledgerColumns(ledger, unixOpens, districtIds, digests), progress);
  return hashes;
}

/**
 * The chain's columns from a ledger's: unix seconds from time offsets, district ids from indices,
 * and the last field: the choice, or (verifiable mode) the digest of the encrypted ballot the entry holds.
 */
function ledgerColumns(l: Pick<Ledger, 'time' | 'district' | 'tokens' | 'choice' | 'ballotRef'>, unixOpens: number, ids: readonly number[], digests?: BallotDigests): FillColumns {
  return (c, from, count) => {
    for (let j = 0; j < count; j++) {
      c.unixSeconds[j] = unixOpens + l.time[from + j];
      c.districtIds[j] = ids[l.district[from + j]];
    }
    c.tokens.set(l.tokens.subarray(from * TOKEN_BYTES, (from + count) * TOKEN_BYTES));
    const refs = l.ballotRef;
    if (!digests || !refs) {
      c.last.set(l.choice.subarray(from, from + count));
      return;
    }
    for (let j = 0; j < count; j++) {
      const ref = refs[from + j];
      const [digest, at] = ref >= 0 ? [digests.client, ref * 32] : [digests.operator, (-ref - 1) * 32];
      c.last.set(digest.subarray(at, at + 32), j * 32);
    }
  };
}

/** The ledger's columns from where each entry comes from (buildLiveLedger's `source`). */
function fillEntries(source: Int32Array, ballots: BallotTable, plan: AdversaryPlan, tokens: TokenSource, encrypted: boolean): ReturnType<typeof allocate> {
  const n = source.length;
  const l = allocate(n, encrypted);
  const added = plan.added;
  gather(l.voter, ballots.voter, added.voter, source);
  gather(l.time, ballots.time, added.time, source);
  gather(l.district, ballots.district, added.district, source);
  gather(l.cause, ballots.cause, added.cause, source);
  const { tamper, storedChoice } = plan;
  // Who made each entry: an honest row, or (an added ballot) the honest count plus its row.
  const creation = new Uint32Array(n);
  for (let at = 0; at < n; at++) {
    const s = source[at];
    if (s < 0) {
      creation[at] = ballots.count - 1 - s;
      l.choice[at] = added.choice[-1 - s];
      l.honestRow[at] = -1;
      l.tamper[at] = Tamper.none;
      continue;
    }
    const code = tamper[s];
    // A compromised client sends (and computes the receipt of) the beneficiary: no override.
    const changed = code === Tamper.substitutedLive || code === Tamper.compromisedClient;
    creation[at] = s;
    l.choice[at] = changed ? storedChoice[s] : ballots.choice[s];
    l.honestRow[at] = s;
    l.tamper[at] = changed ? code : Tamper.none;
  }
  const refs = l.ballotRef;
  if (refs) for (let at = 0; at < n; at++) refs[at] = l.tamper[at] === Tamper.substitutedLive || source[at] < 0 ? operatorRef(creation[at]) : clientRef(creation[at]);
  if (tokens.pseudonyms) tokens.pseudonyms.writeAll(l.voter, l.tokens);
  else tokens.oneTime.writeAll(creation, l.tokens);
  return l;
}

/** out[at] := the honest column's value of an honest entry, the added column's of an added one. */
function gather(out: Uint32Array | Uint16Array | Uint8Array, honest: ArrayLike<number>, added: ArrayLike<number>, source: Int32Array): void {
  for (let at = 0; at < source.length; at++) {
    const s = source[at];
    out[at] = s >= 0 ? honest[s] : added[-1 - s];
  }
}

function allocate(n: number, encrypted: boolean) {
  return {
    ...allocateBallots(n),
    tokens: new Uint8Array(n * TOKEN_BYTES),
    honestRow: new Int32Array(n),
    tamper: new Uint8Array(n),
    ballotRef: encrypted ? new Int32Array(n) : null,
  };
}

function writeToken(tokens: TokenSource, voter: number, creation: number, out: Uint8Array, at: number): void {
  if (tokens.pseudonyms) tokens.pseudonyms.write(voter, out, at);
  else tokens.oneTime.write(creation, out, at);
}

/** Writes one entry (an inserted ballot of publishedLedger). */
function put(
  l: ReturnType<typeof allocate>,
  at: number,
  voter: number,
  time: number,
  choice: number,
  district: number,
  cause: number,
  honestRow: number,
  tamper: number,
  tokens: TokenSource,
  creation: number,
  ballotRef: number,
): void {
  l.voter[at] = voter;
  l.time[at] = time;
  l.choice[at] = choice;
  l.district[at] = district;
  l.cause[at] = cause;
  l.honestRow[at] = honestRow;
  l.tamper[at] = tamper;
  if (l.ballotRef) l.ballotRef[at] = ballotRef;
  writeToken(tokens, voter, creation, l.tokens, at * TOKEN_BYTES);
}
