/**
 * The independent verifier: checks an election record (and, if given, voters' receipts) using
 * nothing but the record. It recomputes instead of trusting, and returns plain evidence items.
 * `npm run verify` and the simulation's observers run this same code.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { verifyCheckpoint } from '../../crypto/checkpoint.ts';
import { GENESIS, TOKEN_BYTES } from '../../crypto/ledger-hash.ts';
import { chainJob, chainSegment, cutsAt, headsAt, stitch } from '../ledger/chain-segments.ts';
import { runInline, type CryptoSteps } from '../e2e/crypto-steps.ts';
import { ballotDigest } from '../e2e/e2e-jobs.ts';
import type { Evidence } from './evidence.ts';
import { checkDeclaration } from './declaration-check.ts';
import { checkPaperAudit } from './paper-audit-check.ts';
import { checkE2e } from './verify-e2e.ts';
import type { ElectionRecord, VoterReceipts } from '../publication/record.ts';
import { entriesWithToken, indexByToken, type TokenIndex } from '../ledger/token-index.ts';

export interface VerifyOptions {
  readonly receipts?: readonly VoterReceipts[];
  readonly onProgress?: (fraction: number) => void;
  /**
   * The hash chain of exactly `record.ledger`'s entries, when the caller already computed it from
   * those very columns (the simulation's operator did, as ballots arrived). Saves walking 2 million
   * entries twice inside one run; the verify command never passes it, and a test checks that the
   * evidence is the same with and without it.
   */
  readonly chainOfLedger?: Uint8Array;
  /**
   * `ledgerTally(record)` for this very record, when the caller already has it: a sweep checks one
   * publication with many different sets of receipts. The verify command never passes it.
   */
  readonly ledgerTally?: LedgerTally | null;
}

/** What the verifier derives from the published ledger alone: entries grouped by token, and the counts. */
export interface LedgerTally {
  readonly byToken: TokenIndex | null;
  readonly counted: ReturnType<typeof countedEntries>;
}

/** The ledger's token index and counts (null without a published ledger); `onProgress` hears of the index being done. */
export function ledgerTally(record: ElectionRecord, onProgress?: (fraction: number) => void): LedgerTally | null {
  const ledger = record.ledger;
  if (!ledger) return null;
  // Pseudonyms group each voter's entries; one-time tokens are indexed too, to find replayed ones.
  const index = indexByToken(ledger.tokens, ledger.count);
  onProgress?.(0.6);
  const byToken = record.revoteResolution === 'public' ? index : null;
  return { byToken, counted: countedEntries(record, byToken, index) };
}

export interface VerifyOutcome {
  readonly evidence: Evidence[];
  /** The chain recomputed from the published ledger (32 bytes per entry), or null without a ledger. */
  readonly hashes: Uint8Array | null;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const fmt = (n: number) => n.toLocaleString('en-US');
const when = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

export function verifyRecord(record: ElectionRecord, options: VerifyOptions = {}): VerifyOutcome {
  return runInline(verifyRecordSteps(record, options));
}

/** The verifier as steps: the verifiable mode's proof checks are handed out in chunks (crypto-steps.ts). */
export function* verifyRecordSteps(record: ElectionRecord, options: VerifyOptions = {}): CryptoSteps<VerifyOutcome> {
  const evidence: Evidence[] = [];
  const D = record.districts.length;
  const K = record.parties.length;
  const final = record.releases.at(-1);
  const districtIndex = new Map(record.districts.map((d, i) => [d.id, i]));

  // 0. The record keeps what its operator declared it publishes.
  evidence.push(checkDeclaration(record));

  // 1. Successive releases of an unchanged database must agree.
  const changedIn = (r: number) =>
    record.districts.filter((_, d) => record.releases[r].onlineCast[d] !== record.releases[0].onlineCast[d] || record.releases[r].online[d].some((x, k) => x !== record.releases[0].online[d][k]));
  const differing = record.releases.flatMap((_, r) => (r === 0 ? [] : changedIn(r).map((d) => ({ r, d }))));
  evidence.push({
    check: 'release-consistency',
    districtId: null,
    status: differing.length > 0 ? 'failed' : 'passed',
    independent: true,
    what: record.releases.length === 1 ? 'The online release was compared with the others (there are none).' : `The ${record.releases.length} online releases were compared with each other.`,
    detail:
      differing.length > 0
        ? `Release ${differing[0].r + 1} (${record.releases[differing[0].r].label}) changed the online count of ${[...new Set(differing.map((x) => x.d.id))].join(', ')} after voting had closed.`
        : record.releases.length > 1
          ? 'Every release gave the same online count.'
          : record.releases.length === 1
            ? 'There was a single release.'
            : 'There was no online release.',
    rulesOut: 'Counts changing after the close without new ballots. It says nothing about whether the count itself is true.',
  });

  // 2. The published totals are paper protocols plus the final online release.
  const paperSum = Array.from({ length: D }, () => new Array<number>(K).fill(0));
  record.precincts.districtId.forEach((id, p) => {
    const d = districtIndex.get(id);
    if (d !== undefined) record.precincts.counts[p].forEach((x, k) => (paperSum[d][k] += x));
  });
  record.districts.forEach((district, d) => {
    const bad = record.published[d].findIndex((x, k) => x !== paperSum[d][k] + (final ? final.online[d][k] : 0));
    evidence.push({
      check: 'published-sum',
      districtId: district.id,
      status: bad >= 0 ? 'failed' : 'passed',
      independent: true,
      what: 'The published result was added up from the precinct protocols and the final online release.',
      detail: bad >= 0 ? `${district.candidates[bad].name}: published ${fmt(record.published[d][bad])}, but protocols plus online give ${fmt(paperSum[d][bad] + (final?.online[d][bad] ?? 0))}.` : 'The sums agree.',
      rulesOut: 'Arithmetic slips between the protocols, the online count and the published total; not tampering with either.',
    });
  });

  // 3. Checkpoint signatures.
  const badSignature = record.checkpoints.findIndex(
    (c) => !verifyCheckpoint({ electionId: record.electionId, count: c.count, head: c.head, unixSeconds: c.unixSeconds }, c.signature, record.operatorPublicKey),
  );
  evidence.push({
    check: 'checkpoint-signatures',
    districtId: null,
    status: record.checkpoints.length === 0 ? 'not-possible' : badSignature >= 0 ? 'failed' : 'passed',
    independent: true,
    what: `The operator's Ed25519 signatures on ${record.checkpoints.length} published checkpoints were verified.`,
    detail:
      record.checkpoints.length === 0
        ? 'No checkpoint was published.'
        : badSignature >= 0
          ? `Checkpoint ${badSignature + 1} (${when(record.checkpoints[badSignature].unixSeconds)}) has a signature that does not verify.`
          : 'All signatures verify.',
    rulesOut: 'Forged checkpoints: each published ledger head really comes from the operator.',
  });

  // 4. Walk the chain of the published ledger against the checkpoints.
  const ledger = record.ledger;
  let hashes: Uint8Array | null = null;
  let tally: LedgerTally | null | undefined;
  const tallyOf = () => (options.ledgerTally !== undefined ? options.ledgerTally : ledgerTally(record));
  if (!ledger) {
    evidence.push({
      check: 'chain-walk',
      districtId: null,
      status: 'not-possible',
      independent: true,
      what: 'The hash chain of the ledger.',
      detail: 'The ledger was not published.',
      rulesOut: 'Nothing: without the ledger, no one outside can check how the online count was made.',
    });
  } else {
    // What needs no chain is worked out while the chain is hashed (on a pool's workers).
    const found: { timing: string | null } = { timing: null };
    const meanwhile = () => {
      found.timing = ledgerTimingProblem(record);
      tally = tallyOf();
    };
    if (options.chainOfLedger) {
      hashes = options.chainOfLedger;
      meanwhile();
    } else hashes = yield* recomputeChain(record, options.onProgress, meanwhile);
    const headAt = (count: number) => (count === 0 ? bytesToHex(GENESIS) : count <= ledger.count ? bytesToHex(hashes!.subarray((count - 1) * 32, count * 32)) : null);
    const broken = record.checkpoints.findIndex((c) => headAt(c.count) !== bytesToHex(c.head));
    const timing = found.timing;
    evidence.push({
      check: 'chain-walk',
      districtId: null,
      status: timing || (record.checkpoints.length > 0 && broken >= 0) ? 'failed' : record.checkpoints.length === 0 ? 'not-possible' : 'passed',
      independent: true,
      what: `The hash chain of the ${fmt(ledger.count)} published ledger entries was recomputed and compared with ${record.checkpoints.length} checkpoints.`,
      detail: timing
        ? timing
        : record.checkpoints.length === 0
          ? 'No checkpoint was published, so the operator could have rebuilt the chain at will.'
          : broken >= 0
            ? `The published ledger does not reproduce checkpoint ${broken + 1} of ${when(record.checkpoints[broken].unixSeconds)} (entries 0 to ${fmt(record.checkpoints[broken].count - 1)}): entries before it were changed, added or removed after it was published.`
            : 'The published ledger reproduces every checkpoint.',
      rulesOut: 'Any change to ledger entries already covered by a checkpoint when it was published, and entries added after it but dated before it.',
    });
  }

  options.onProgress?.(0.9);

  // 5-7. Recount the ledger, re-apply the re-vote rule, check eligibility.
  if (tally === undefined) tally = tallyOf();
  const byToken = tally?.byToken ?? null;
  const counted = tally?.counted ?? null;
  record.districts.forEach((district, d) => {
    const notPossible = (check: Evidence['check'], what: string, why: string): Evidence => ({ check, districtId: district.id, status: 'not-possible', independent: true, what, detail: why, rulesOut: 'Nothing.' });
    if (!ledger || !counted || !final) {
      const why = ledger ? 'There was no online release to compare with.' : 'The ledger was not published.';
      evidence.push(notPossible('ledger-recount', 'Recount of online ballots from the ledger.', why));
      evidence.push(notPossible('revote-resolution', 'Re-applying the re-vote rule to the ledger.', why));
    } else {
      const cast = counted.cast[d];
      evidence.push({
        check: 'ledger-recount',
        districtId: district.id,
        status: cast === final.onlineCast[d] ? 'passed' : 'failed',
        independent: true,
        what: 'The online ballots in the published ledger were counted.',
        detail: cast === final.onlineCast[d] ? `${fmt(cast)} ballots, as released.` : `The ledger holds ${fmt(cast)} ballots for this district; the release says ${fmt(final.onlineCast[d])}.`,
        rulesOut: 'A released ballot count that does not match the published ledger.',
      });
      if (record.revoteResolution !== 'public') {
        evidence.push(notPossible('revote-resolution', 'Re-applying the re-vote rule to the ledger.', 'Re-vote resolution is private: ballots carry one-time tokens, so only the operator knows which ones were superseded.'));
      } else if (record.e2e) {
        // Choices are encrypted: the rule gives which entries count, and the homomorphic tally checks their sum.
        const n = counted.voters![d];
        const released = sum(final.online[d]);
        evidence.push({
          check: 'revote-resolution',
          districtId: district.id,
          status: n === released ? 'passed' : 'failed',
          independent: true,
          what: `The re-vote rule (${record.policy}) was re-applied to the ledger's pseudonyms: which encrypted ballots count.`,
          detail: n === released ? `${fmt(n)} entries count, as many as the released online count.` : `The rule leaves ${fmt(n)} counted entries; the release counts ${fmt(released)} ballots.`,
          rulesOut: 'Counting superseded or extra ballots. What the counted ballots hold is checked under encryption (homomorphic tally, trustee decryptions).',
        });
      } else {
        const bad = counted.online[d].findIndex((x, k) => x !== final.online[d][k]);
        evidence.push({
          check: 'revote-resolution',
          districtId: district.id,
          status: bad >= 0 ? 'failed' : 'passed',
          independent: true,
          what: `The re-vote rule (${record.policy}) was re-applied to the ledger's pseudonyms and the counted ballots tallied.`,
          detail: bad >= 0 ? `${district.candidates[bad].name}: the ledger gives ${fmt(counted.online[d][bad])}, the release says ${fmt(final.online[d][bad])}.` : 'The tally from the ledger equals the released online count.',
          rulesOut: 'An online count that differs from what the published ballots and the published rule give.',
        });
      }
    }
    const countedTotal = final ? sum(final.online[d]) : 0;
    // Distinct voters are known only from pseudonyms; with one-time tokens, counted ballots stand in.
    const voters = counted?.voters ? counted.voters[d] : countedTotal;
    const overRoll = countedTotal > district.onlineRegistered || voters > district.onlineRegistered;
    // Every counted ballot, paper or online, is one registered voter's (a paper vote cancels the online ones it overrides).
    const paperTotal = sum(paperSum[d]);
    const overRegister = paperTotal + countedTotal > district.registered;
    const duplicate = counted?.duplicateTokens[d] ?? 0;
    evidence.push({
      check: 'eligibility',
      districtId: district.id,
      status: overRoll || overRegister || duplicate > 0 ? 'failed' : 'passed',
      independent: true,
      what: 'Counted online ballots were compared with the online roll, all counted ballots with the district’s register, and ballot tokens checked for repeats.',
      detail: overRoll
        ? `${fmt(Math.max(countedTotal, voters))} counted ballots or voters, but only ${fmt(district.onlineRegistered)} online registrants.`
        : overRegister
          ? `The protocols give ${fmt(paperTotal)} paper ballots and the online count ${fmt(countedTotal)}: ${fmt(paperTotal + countedTotal)} ballots, but only ${fmt(district.registered)} registered voters.`
          : duplicate > 0
            ? `${fmt(duplicate)} one-time tokens appear more than once in the ledger.`
            : `${fmt(countedTotal)} counted ballots for ${fmt(district.onlineRegistered)} registrants.`,
      rulesOut: 'More counted ballots than eligible voters, and replayed ballots. Not ballots cast in the name of registrants who did not vote.',
    });
  });

  // The verifiable mode: proofs, the encrypted tally, the trustees, the challenged ballots.
  if (record.e2e) evidence.push(...(yield* checkE2e(record, record.e2e, counted?.countedEntry ?? null, final ?? null)));

  // 8. Voters' receipts.
  if (options.receipts) evidence.push(...checkReceipts(record, options.receipts, hashes, byToken));

  // 9. Hand recounts of paper.
  record.districts.forEach((district) => {
    const recounts = record.handRecounts.filter((h) => record.precincts.districtId[h.precinct] === district.id);
    const precincts = record.precincts.districtId.filter((id) => id === district.id).length;
    const bad = recounts.filter((h) => h.counts.some((x, k) => x !== record.precincts.counts[h.precinct][k]) || sum(h.counts) !== h.signatures || h.signatures !== record.precincts.signatures[h.precinct]);
    evidence.push({
      check: 'paper-recount',
      districtId: district.id,
      status: recounts.length === 0 ? 'not-possible' : bad.length > 0 ? 'failed' : 'passed',
      independent: true,
      what: `Observers counted the paper ballots of ${recounts.length} of ${precincts} precincts by hand.`,
      detail:
        recounts.length === 0
          ? 'No precinct was recounted.'
          : bad.length > 0
            ? `${bad.length} precincts disagree (first: precinct ${bad[0].precinct}: ${describePaper(bad[0], record)}).`
            : 'Every recounted box matches its protocol and its roll book.',
      rulesOut: 'Rewritten protocols and stuffed boxes in the recounted precincts, and (as a sample) beyond them.',
      checked: recounts.length,
      population: precincts,
    });
  });

  // 10. The risk-limiting audit of the paper outcome, and any hand count it escalated to.
  evidence.push(...checkPaperAudit(record));
  options.onProgress?.(1);
  return { evidence, hashes };
}

/**
 * The chain of the published ledger, recomputed from entry 0 as an outsider does: in stretches between checkpoints, handed out as one
 * `chain` request (a pool hashes them side by side; inline they run one after another), then
 * stitched and, past a seam that does not hold, hashed again in one pass (chain-segments.ts).
 */
function* recomputeChain(record: ElectionRecord, onProgress: ((fraction: number) => void) | undefined, meanwhile: () => void): CryptoSteps<Uint8Array> {
  const ledger = record.ledger!;
  const ballots = record.e2e?.ballots;
  // Ledger entry v2 (verifiable mode) commits to the encrypted ballot's digest instead of the choice.
  const version = ballots ? 2 : 1;
  const last = ballots ? digestColumn(ballots, ledger.count) : ledger.choice!;
  const cuts = cutsAt(ledger.count, record.checkpoints);
  const heads = headsAt(cuts, record.checkpoints);
  const bounds = [0, ...cuts, ledger.count];
  const jobs = bounds.slice(1).map((to, k) => chainJob(ledger, last, version, bounds[k], to, k === 0 ? GENESIS : heads[k - 1]));
  const pieces = (yield { op: 'chain', jobs, progress: onProgress && ((f) => onProgress(0.9 * f)), meanwhile }) as Uint8Array[];
  return stitch(ledger.count, cuts, heads, pieces, (from, head) => chainSegment(chainJob(ledger, last, version, from, ledger.count, head)));
}

/** The ballots' digests, 32 bytes each, as one column. */
function digestColumn(ballots: readonly Uint8Array[], count: number): Uint8Array {
  const out = new Uint8Array(32 * count);
  for (let i = 0; i < count; i++) out.set(ballotDigest(ballots[i]), 32 * i);
  return out;
}

/**
 * Entries must be in time order inside the voting window, and each checkpoint must cover exactly
 * the entries dated before it: an entry dated before a checkpoint but not covered by it was added
 * afterwards and backdated. Returns the first problem, or null.
 */
function ledgerTimingProblem(record: ElectionRecord): string | null {
  const l = record.ledger!;
  for (let i = 0; i < l.count; i++) {
    const t = l.unixSeconds[i];
    if (t < record.onlineOpens || t >= record.onlineCloses) return `Entry ${fmt(i)} is dated ${when(t)}, outside the voting window (opens to close).`;
    if (i > 0 && t < l.unixSeconds[i - 1]) return `Entry ${fmt(i)} is dated before entry ${fmt(i - 1)}: the ledger is out of time order.`;
  }
  for (const [k, c] of record.checkpoints.entries()) {
    if (c.count > l.count) return `Checkpoint ${k + 1} (${when(c.unixSeconds)}) covers ${fmt(c.count)} entries, but the ledger holds only ${fmt(l.count)}.`;
    if (c.count < l.count && l.unixSeconds[c.count] < c.unixSeconds) {
      return `Entry ${fmt(c.count)} is dated before checkpoint ${k + 1} (${when(c.unixSeconds)}) but is not covered by it: it was added after the checkpoint and backdated.`;
    }
    if (c.count > 0 && l.unixSeconds[c.count - 1] >= c.unixSeconds) return `Checkpoint ${k + 1} (${when(c.unixSeconds)}) covers entry ${fmt(c.count - 1)}, which is dated after it.`;
  }
  return null;
}

function describePaper(h: { precinct: number; counts: readonly number[]; signatures: number }, record: ElectionRecord): string {
  const box = sum(h.counts);
  if (h.counts.some((x, k) => x !== record.precincts.counts[h.precinct][k])) return `the box holds ${box} ballots split differently from the protocol`;
  return `${box} ballots in the box but ${h.signatures} signatures in the roll book`;
}

/** Each entry's position among the record's districts, -1 for an id that is none of them (a table, where ids are small: the Moscow ids are ~200). */
function districtPositions(districts: readonly { readonly id: number }[], ids: Uint32Array): Int32Array {
  const out = new Int32Array(ids.length);
  const maxId = Math.max(-1, ...districts.map((d) => d.id));
  if (districts.every((d) => Number.isInteger(d.id) && d.id >= 0) && maxId < 1 << 16) {
    const table = new Int32Array(maxId + 1).fill(-1);
    // Of equal ids the last one, as a Map of them keeps.
    districts.forEach((d, i) => (table[d.id] = i));
    for (let i = 0; i < ids.length; i++) out[i] = ids[i] < table.length ? table[ids[i]] : -1;
    return out;
  }
  const position = new Map(districts.map((d, i) => [d.id, i]));
  for (let i = 0; i < ids.length; i++) out[i] = position.get(ids[i]) ?? -1;
  return out;
}

/** Counted ballots per district and candidate, from the ledger alone; `index` is its token index (byToken itself, where tokens are pseudonyms). */
function countedEntries(record: ElectionRecord, byToken: TokenIndex | null, index: TokenIndex) {
  const ledger = record.ledger!;
  const D = record.districts.length;
  const K = record.parties.length;
  const cast = new Array<number>(D).fill(0);
  const online = Array.from({ length: D }, () => new Array<number>(K).fill(0));
  const voters: number[] | null = new Array<number>(D).fill(0);
  // Each entry's district position, looked up once (-1: not a district of the record).
  const districtOfEntry = districtPositions(record.districts, ledger.districtId);
  const d = (i: number) => districtOfEntry[i];
  for (let i = 0; i < ledger.count; i++) if (d(i) >= 0) cast[d(i)]++;
  const duplicateTokens = new Array<number>(D).fill(0);
  /** 1 for each entry the re-vote rule counts (public resolution only). */
  const countedEntry = new Uint8Array(ledger.count);
  if (!byToken) {
    // Private resolution: tokens are one-time; a repeat is a replayed ballot, charged to its district.
    for (let k = 1; k < index.order.length; k++) {
      if (index.hi[k - 1] === index.hi[k] && index.lo[k - 1] === index.lo[k]) duplicateTokens[d(index.order[k])]++;
    }
    return { cast, online, voters: null, duplicateTokens, countedEntry: null };
  }
  // Tokens a paper ballot cancelled, sorted the same way: voters come in token order, so one merge walk finds them.
  const paperOverrides = record.policy === 'paper-overrides' && record.paperCancelled !== null;
  const cancelled = paperOverrides ? indexByToken(record.paperCancelled!, record.paperCancelled!.length / TOKEN_BYTES) : null;
  let c = 0;
  const { order, hi, lo } = byToken;
  for (let k = 0; k < order.length; ) {
    let end = k + 1;
    while (end < order.length && hi[end] === hi[k] && lo[end] === lo[k]) end++;
    // One voter's entries, in ledger order.
    const first = order[k];
    const last = order[end - 1];
    let isCancelled = false;
    if (cancelled) {
      const h = hi[k];
      const l = lo[k];
      while (c < cancelled.order.length && (cancelled.hi[c] < h || (cancelled.hi[c] === h && cancelled.lo[c] < l))) c++;
      isCancelled = c < cancelled.order.length && cancelled.hi[c] === h && cancelled.lo[c] === l;
    }
    if (isCancelled) {
      // Not counted.
    } else if (record.policy === 'none') {
      // The first ballot counts, where the last one's district is the record's.
      const dd = d(last);
      if (dd >= 0) {
        countedEntry[first] = 1;
        voters[dd]++;
      }
    } else countedEntry[last] = 1; // the last ballot counts, where its district is the record's: settled below
    k = end;
  }
  // The counted entries in ledger order (a walk in sequence, where token order would jump about the columns).
  const choice = ledger.choice;
  for (let i = 0; i < ledger.count; i++) {
    if (!countedEntry[i]) continue;
    const di = d(i);
    if (record.policy !== 'none') {
      if (di < 0) {
        countedEntry[i] = 0;
        continue;
      }
      voters[di]++;
    }
    if (choice) online[di][choice[i]]++;
  }
  return { cast, online, voters, duplicateTokens, countedEntry };
}

/** Each voter's receipts against the recomputed chain; with pseudonyms, also that nothing else was cast in their name. */
function checkReceipts(record: ElectionRecord, receipts: readonly VoterReceipts[], hashes: Uint8Array | null, byToken: TokenIndex | null): Evidence[] {
  return record.districts.map((district) => {
    const mine = receipts.filter((r) => r.districtId === district.id);
    const base = { check: 'receipts' as const, districtId: district.id, independent: true, when: 'after-publication' as const, checked: mine.length, population: district.onlineRegistered };
    const what = `${fmt(mine.length)} of ${fmt(district.onlineRegistered)} online registrants checked their receipts against the published ledger.`;
    if (!hashes || !record.ledger) {
      return { ...base, status: 'not-possible' as const, what, detail: 'The ledger was not published: a receipt can only be looked up in the operator’s own database.', rulesOut: 'Nothing.' };
    }
    if (mine.length === 0) return { ...base, status: 'not-possible' as const, what, detail: 'Nobody checked.', rulesOut: 'Nothing.' };
    const problems: string[] = [];
    for (const voter of mine) {
      for (const r of voter.receipts) {
        const covering = r.checkpoint === null ? undefined : record.checkpoints[r.checkpoint];
        if (r.index >= record.ledger.count) problems.push(`receipt for entry ${fmt(r.index)} points past the end of the ledger`);
        else if (bytesToHex(hashes.subarray(r.index * 32, r.index * 32 + 32)) !== bytesToHex(r.hash)) problems.push(`entry ${fmt(r.index)} does not match its receipt`);
        else if (r.checkpoint !== null && (!covering || covering.count <= r.index)) problems.push(`entry ${fmt(r.index)} is not covered by checkpoint ${r.checkpoint + 1}, as its receipt says`);
      }
      if (byToken && voter.pseudonym) {
        const own = new Set(voter.receipts.map((r) => r.index));
        const extra = entriesWithToken(byToken, voter.pseudonym).filter((i) => !own.has(i));
        if (extra.length > 0) problems.push(`${voter.voted ? 'a voter' : 'a registrant who never voted'} finds entry ${fmt(extra[0])} cast in their name`);
      }
    }
    return {
      ...base,
      status: problems.length > 0 ? ('failed' as const) : ('passed' as const),
      what,
      detail: problems.length > 0 ? `${problems.length} problems; first: ${problems[0]}.` : 'Every receipt matches the published ledger.',
      rulesOut: byToken
        ? 'With 95 % confidence, any manipulation of more ballots than the bound: changed, dropped, or added in a checker’s name (if checkers are a random sample).'
        : 'Changed or dropped ballots of the checkers. Not re-votes added in their name: tokens are one-time, so a voter cannot see them.',
    };
  });
}
