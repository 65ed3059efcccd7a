/**
 * The verifiable mode's stage of a run (docs/integrity.md, "End-to-end verifiable mode"): who
 * encrypts which ballot, the digests the ledger entries commit to, the operator's encrypted tally,
 * the trustees' partial decryptions, the Benaloh challenges, and the record's `e2e` section.
 *
 * Every online ballot row is encrypted by the voter's client (a compromised client encrypts the
 * beneficiary). Each entry the operator or the adversary makes (a substitution, a rewrite, an added
 * ballot) carries a valid encrypted ballot it made itself: proofs show a ballot is well formed, not
 * whose it is; receipts show that.
 */
import { Tamper, type AdversaryPlan } from '../adversary/adversary.ts';
import type { Casting } from '../casting/casting.ts';
import { CHUNK, chunks as chunkRanges, type CryptoSteps } from './crypto-steps.ts';
import { addEncodedSums, ballotDigest, decodeCiphertexts, Maker, type EncryptJob, type EncryptResult, type VerifyJob, type VerifyResult } from './e2e-jobs.ts';
import { setupTrustees, trusteesDecrypt, type TrusteeSetup } from './e2e-trustees.ts';
import { BallotState } from '../casting/resolve.ts';
import type { Ledger, BallotDigests } from '../ledger/ledger.ts';
import type { StreamFactory } from '../base/random.ts';
import type { RecordE2e } from '../publication/record.ts';
import type { Scenario } from '../scenario/scenario.ts';


export interface E2eBallots {
  readonly setup: TrusteeSetup;
  /** Encoded client ballot per honest row. */
  readonly client: Uint8Array[];
  /** Encoded operator ballot per creation number (sparse). */
  readonly operator: Map<number, Uint8Array>;
  readonly digests: BallotDigests;
  /** Challenged rows, with their spoiled ballot, the choice the client revealed, and its randomness. */
  readonly spoiled: { row: number; districtId: number; ballot: Uint8Array; choice: number; randomness: Uint8Array }[];
}

/**
 * Which ballots voters challenge: one draw per online ballot row from `e2e/challenges/<district id>`,
 * in row order, challenged with probability challengeRate. Independent of any attack, so the same
 * voters challenge whether or not their client cheats.
 */
export function challengedRows(scenario: Scenario, casting: Casting, streams: StreamFactory): Uint8Array {
  const { ballots } = casting;
  const rngs = scenario.districts.map((d) => streams(scenario.seed, `e2e/challenges/${d.id}`));
  const c = scenario.e2e.challengeRate;
  const out = new Uint8Array(ballots.count);
  for (let i = 0; i < ballots.count; i++) if (rngs[ballots.district[i]]() < c) out[i] = 1;
  return out;
}

const OPERATOR_MADE = new Set<number>([Tamper.substitutedLive, Tamper.substitutedAfterClose, Tamper.rewritten, Tamper.changedBetweenReleases]);

/** Encrypts every ballot a ledger entry, a receipt or a challenge needs. */
export function* encryptAll(scenario: Scenario, electionId: string, casting: Casting, plan: AdversaryPlan, challenged: Uint8Array): CryptoSteps<E2eBallots> {
  const { ballots } = casting;
  const ids = scenario.districts.map((d) => d.id);
  const K = scenario.parties.length;
  const setup = setupTrustees(scenario.seed, electionId, scenario.e2e.trustees, scenario.e2e.threshold);
  const items: { maker: number; index: number; choice: number; districtId: number }[] = [];
  // What the voter's client encrypts: the voter's choice, or the beneficiary when the client cheats.
  const clientChoice = (i: number) => (plan.tamper[i] === Tamper.compromisedClient ? plan.storedChoice[i] : ballots.choice[i]);
  for (let i = 0; i < ballots.count; i++) items.push({ maker: Maker.client, index: i, choice: clientChoice(i), districtId: ids[ballots.district[i]] });
  for (let i = 0; i < ballots.count; i++) if (OPERATOR_MADE.has(plan.tamper[i])) items.push({ maker: Maker.operator, index: i, choice: plan.storedChoice[i], districtId: ids[ballots.district[i]] });
  for (let j = 0; j < plan.added.count; j++) items.push({ maker: Maker.operator, index: ballots.count + j, choice: plan.added.choice[j], districtId: ids[plan.added.district[j]] });
  for (let i = 0; i < ballots.count; i++) if (challenged[i]) items.push({ maker: Maker.spoiled, index: i, choice: clientChoice(i), districtId: ids[ballots.district[i]] });

  const jobs: EncryptJob[] = chunkRanges(items.length, CHUNK).map(([a, b]) => {
    const part = items.slice(a, b);
    return {
      seed: scenario.seed,
      electionId,
      electionKey: setup.electionKey,
      candidates: K,
      maker: Uint8Array.from(part, (x) => x.maker),
      index: Uint32Array.from(part, (x) => x.index),
      choice: Uint8Array.from(part, (x) => x.choice),
      districtId: Uint32Array.from(part, (x) => x.districtId),
    };
  });
  const results = (yield { op: 'encrypt', jobs }) as EncryptResult[];

  const client: Uint8Array[] = new Array(ballots.count);
  const operator = new Map<number, Uint8Array>();
  const spoiled: E2eBallots['spoiled'] = [];
  const clientDigests = new Uint8Array(32 * ballots.count);
  const operatorDigests = new Uint8Array(32 * (ballots.count + plan.added.count));
  let at = 0;
  for (const r of results) {
    r.ballots.forEach((bytes, j) => {
      const item = items[at++];
      if (item.maker === Maker.client) {
        client[item.index] = bytes;
        clientDigests.set(ballotDigest(bytes), 32 * item.index);
      } else if (item.maker === Maker.operator) {
        operator.set(item.index, bytes);
        operatorDigests.set(ballotDigest(bytes), 32 * item.index);
      } else spoiled.push({ row: item.index, districtId: item.districtId, ballot: bytes, choice: item.choice, randomness: r.randomness[j]! });
    });
  }
  return { setup, client, operator, digests: { client: clientDigests, operator: operatorDigests }, spoiled };
}

/** The encoded ballot a ledger entry holds. */
export function entryBallot(e2e: E2eBallots, ledger: Ledger, i: number): Uint8Array {
  const ref = ledger.ballotRef![i];
  return ref >= 0 ? e2e.client[ref] : e2e.operator.get(-ref - 1)!;
}

/**
 * The operator's side after the close: the encrypted tally of each district over the entries it
 * counts (homomorphic sums, done in chunks like the verification), then the trustees' partial
 * decryptions. Returns the record's e2e section.
 */
export function* tallyAndDecrypt(scenario: Scenario, electionId: string, e2e: E2eBallots, published: Ledger, state: Uint8Array, publicLedger: boolean): CryptoSteps<RecordE2e> {
  const K = scenario.parties.length;
  const D = scenario.districts.length;
  const ids = scenario.districts.map((d) => d.id);
  const ballotsOf = Array.from({ length: published.count }, (_, i) => entryBallot(e2e, published, i));
  const jobs: VerifyJob[] = chunkRanges(published.count, CHUNK * 4).map(([a, b]) => ({
    electionId,
    electionKey: e2e.setup.electionKey,
    candidates: K,
    ballots: ballotsOf.slice(a, b),
    districtId: Uint32Array.from({ length: b - a }, (_, j) => ids[published.district[a + j]]),
    sumInto: Int32Array.from({ length: b - a }, (_, j) => (state[a + j] === BallotState.counted ? published.district[a + j] : -1)),
    slots: D,
    proofs: false,
  }));
  const results = jobs.length > 0 ? ((yield { op: 'verify', jobs }) as VerifyResult[]) : [];
  const x = scenario.e2e;
  const tallies = ids.map((districtId, d) => {
    const ciphertexts = results.length > 0 ? addEncodedSums(results.map((r) => r.sums[d])) : new Uint8Array(64 * K);
    const cts = decodeCiphertexts(ciphertexts);
    const partials = trusteesDecrypt(e2e.setup, scenario.seed, electionId, districtId, cts, x.refusingTrustees, x.cheatingTrustees);
    return { districtId, ciphertexts: Array.from({ length: K }, (_, k) => ciphertexts.slice(64 * k, 64 * k + 64)), partials };
  });
  return {
    electionKey: e2e.setup.electionKey,
    threshold: e2e.setup.k,
    trustees: e2e.setup.commitments,
    ballots: publicLedger ? ballotsOf : [],
    tallies,
    spoiled: e2e.spoiled.map((s) => ({
      districtId: s.districtId,
      ballot: s.ballot,
      choice: s.choice,
      randomness: Array.from({ length: K }, (_, k) => s.randomness.slice(32 * k, 32 * k + 32)),
    })),
  };
}
