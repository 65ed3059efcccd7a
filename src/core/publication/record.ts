/**
 * The election record: everything an outsider gets, and nothing else. The engine builds it in
 * memory (typed columns); `recordToJson` / `recordFromJson` convert it to and from the file
 * format of docs/record-format.md. The verifier reads only this.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import type { DeclarationBody } from '../../crypto/declaration.ts';
import { TOKEN_BYTES } from '../../crypto/ledger-hash.ts';
import { candidateId, type RevotePolicy } from '../scenario/scenario.ts';

export const RECORD_FORMAT = 'tally-lab/record@1';
/** Records of the verifiable mode: ledger entries hash the encrypted ballot (ledger entry v2), the choice is not published, and an `e2e` section is added. */
export const RECORD_FORMAT_E2E = 'tally-lab/record@2';
export const RECEIPTS_FORMAT = 'tally-lab/receipts@1';

export interface RecordLedger {
  readonly count: number;
  readonly unixSeconds: Uint32Array;
  readonly districtId: Uint32Array;
  /** The plaintext choice per entry; null in the verifiable mode (the entry's encrypted ballot is in `e2e.ballots`). */
  readonly choice: Uint8Array | null;
  /** TOKEN_BYTES per entry. */
  readonly tokens: Uint8Array;
}

export interface RecordCheckpoint {
  readonly count: number;
  readonly head: Uint8Array;
  readonly unixSeconds: number;
  readonly signature: Uint8Array;
}

export interface RecordRelease {
  readonly unixSeconds: number;
  readonly label: string;
  /** Per district, per candidate: counted online ballots. */
  readonly online: readonly (readonly number[])[];
  /** Per district: online ballots stored, counted or not. */
  readonly onlineCast: readonly number[];
}

export interface HandRecount {
  /** Index into the precinct columns. */
  readonly precinct: number;
  /** Ballots found in the box, per candidate. */
  readonly counts: readonly number[];
  /** Signatures in the roll book (voters who were given a ballot). */
  readonly signatures: number;
}

/** One district's paper audit: the ballots drawn, what was read on them, and how it ended. */
export interface RecordAuditDistrict {
  readonly districtId: number;
  /** Per draw, in draw order: index into the precinct columns, position in the box (0-based), candidate index read (K, the number of parties: no ballot at that position). */
  readonly draws: { readonly precinct: readonly number[]; readonly position: readonly number[]; readonly candidate: readonly number[] };
  /** Ballots drawn: the draw at which the outcome was confirmed, or every draw up to the escalation. */
  readonly sampleSize: number;
  readonly outcome: 'confirmed' | 'escalated';
  /** After an escalation: every box of the district counted by hand, one row per precinct in record order. */
  readonly handCount: readonly (readonly number[])[] | null;
}

/** A ballot-polling risk-limiting audit (BRAVO) of every district's paper outcome (docs/audits.md). */
export interface RecordPaperAudit {
  readonly method: 'bravo';
  /** The risk limit in millionths (50 000 is 5 %): the record holds whole numbers only. */
  readonly riskLimitPerMillion: number;
  /** Draws after which an unconfirmed audit escalates to a full hand count. */
  readonly maxDraws: number;
  /** The public audit seed (32 bytes) every draw follows from. */
  readonly seed: Uint8Array;
  readonly districts: readonly RecordAuditDistrict[];
}

/** One trustee's partial decryption of a district's encrypted tally. */
export interface RecordPartial {
  readonly trustee: number;
  /** A_k^{s_i} per candidate, 32 bytes each. */
  readonly shares: readonly Uint8Array[];
  /** Chaum-Pedersen proof per candidate, 64 bytes each (challenge ‖ response). */
  readonly proofs: readonly Uint8Array[];
}

/** The verifiable mode's part of the record (docs/record-format.md, "The e2e section"). */
export interface RecordE2e {
  /** The election public key, 32 bytes (ristretto255). */
  readonly electionKey: Uint8Array;
  /** Trustees needed to decrypt. */
  readonly threshold: number;
  /** Per trustee (1..n): its Feldman commitments g^{a_0} .. g^{a_{k-1}}, 32 bytes each. */
  readonly trustees: readonly (readonly Uint8Array[])[];
  /** Per ledger entry: its encoded encrypted ballot. */
  readonly ballots: readonly Uint8Array[];
  /** Per district (record order): the encrypted tally of its counted ballots (64 bytes a ‖ b per candidate) and the trustees' partial decryptions. */
  readonly tallies: readonly { readonly districtId: number; readonly ciphertexts: readonly Uint8Array[]; readonly partials: readonly RecordPartial[] }[];
  /** Ballots voters challenged instead of casting (Benaloh): the ballot, the choice it was opened to, and its randomness (32 bytes per candidate). */
  readonly spoiled: readonly { readonly districtId: number; readonly ballot: Uint8Array; readonly choice: number; readonly randomness: readonly Uint8Array[] }[];
}

/**
 * The operator's signed statement of what the record promises (docs/record-format.md, "The
 * declaration"): the message signed is `declarationMessage` over these fields and the record's
 * `electionId`.
 */
export type RecordDeclaration = Omit<DeclarationBody, 'electionId'> & { readonly signature: Uint8Array };

export interface ElectionRecord {
  readonly format: typeof RECORD_FORMAT | typeof RECORD_FORMAT_E2E;
  /** Signed into every checkpoint: `<scenario name>/<seed>`. */
  readonly electionId: string;
  readonly policy: RevotePolicy;
  readonly revoteResolution: 'public' | 'private';
  readonly onlineOpens: number;
  readonly onlineCloses: number;
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly districts: readonly {
    readonly id: number;
    readonly name: string;
    readonly registered: number;
    readonly onlineRegistered: number;
    readonly candidates: readonly { readonly id: string; readonly name: string; readonly party: string }[];
  }[];
  readonly operatorPublicKey: Uint8Array;
  /** The ledger, or null when it is not published. */
  readonly ledger: RecordLedger | null;
  /** Pseudonyms of online voters who voted on paper (paper-overrides with public resolution), TOKEN_BYTES each. */
  readonly paperCancelled: Uint8Array | null;
  readonly checkpoints: readonly RecordCheckpoint[];
  readonly releases: readonly RecordRelease[];
  readonly precincts: {
    readonly districtId: readonly number[];
    readonly paperRoll: readonly number[];
    /** Voters given a paper ballot, per the protocol. */
    readonly signatures: readonly number[];
    readonly counts: readonly (readonly number[])[];
  };
  readonly handRecounts: readonly HandRecount[];
  /** The paper audit, or null when none was made (a record without the field reads as null). */
  readonly paperAudit: RecordPaperAudit | null;
  /** Per district, per candidate: the final published totals. */
  readonly published: readonly (readonly number[])[];
  /** The verifiable mode's section (format @2 only). */
  readonly e2e?: RecordE2e;
  /** What the record promises, signed by the operator; null in records written before declarations (the field absent). */
  readonly declaration: RecordDeclaration | null;
}

/** Position of the first checkpoint covering ledger entry `index` (checkpoints grow in time), or -1. */
export function coveringCheckpoint(checkpoints: readonly { readonly count: number }[], index: number): number {
  return checkpoints.findIndex((c) => c.count > index);
}

/** A voter's receipts, as kept by those who keep them. */
export interface VoterReceipts {
  readonly districtId: number;
  /** The voter's pseudonym (public resolution only). */
  readonly pseudonym: Uint8Array | null;
  /** Did this registrant vote online? Those who did not can check that no ballot was cast in their name. */
  readonly voted: boolean;
  /** Per ballot: its ledger index, the entry hash the voter's client computed, and the first checkpoint covering it (index into the record's checkpoints; null if none does). */
  readonly receipts: readonly { readonly index: number; readonly hash: Uint8Array; readonly checkpoint: number | null }[];
}

// ---- JSON ----

export function recordToJson(r: ElectionRecord): unknown {
  return {
    ...r,
    operatorPublicKey: bytesToHex(r.operatorPublicKey),
    ledger: r.ledger && {
      count: r.ledger.count,
      unixSeconds: Array.from(r.ledger.unixSeconds),
      districtId: Array.from(r.ledger.districtId),
      ...(r.ledger.choice ? { choice: Array.from(r.ledger.choice) } : {}),
      tokens: bytesToHex(r.ledger.tokens),
    },
    paperCancelled: r.paperCancelled && bytesToHex(r.paperCancelled),
    checkpoints: r.checkpoints.map((c) => ({ ...c, head: bytesToHex(c.head), signature: bytesToHex(c.signature) })),
    paperAudit: r.paperAudit && { ...r.paperAudit, seed: bytesToHex(r.paperAudit.seed) },
    ...(r.e2e ? { e2e: e2eToJson(r.e2e) } : {}),
    declaration: r.declaration && {
      ...r.declaration,
      paperAudit: r.declaration.paperAudit && { ...r.declaration.paperAudit, seed: bytesToHex(r.declaration.paperAudit.seed) },
      e2e: r.declaration.e2e && { electionKey: bytesToHex(r.declaration.e2e.electionKey), threshold: r.declaration.e2e.threshold },
      signature: bytesToHex(r.declaration.signature),
    },
  };
}

const hexes = (list: readonly Uint8Array[]) => list.map((x) => bytesToHex(x));

function e2eToJson(x: RecordE2e): unknown {
  return {
    electionKey: bytesToHex(x.electionKey),
    threshold: x.threshold,
    trustees: x.trustees.map(hexes),
    ballots: hexes(x.ballots),
    tallies: x.tallies.map((t) => ({
      districtId: t.districtId,
      ciphertexts: hexes(t.ciphertexts),
      partials: t.partials.map((p) => ({ trustee: p.trustee, shares: hexes(p.shares), proofs: hexes(p.proofs) })),
    })),
    spoiled: x.spoiled.map((s) => ({ districtId: s.districtId, ballot: bytesToHex(s.ballot), choice: s.choice, randomness: hexes(s.randomness) })),
  };
}

export function receiptsToJson(list: readonly VoterReceipts[]): unknown {
  return {
    format: RECEIPTS_FORMAT,
    voters: list.map((v) => ({
      districtId: v.districtId,
      pseudonym: v.pseudonym && bytesToHex(v.pseudonym),
      voted: v.voted,
      receipts: v.receipts.map((x) => ({ index: x.index, hash: bytesToHex(x.hash), checkpoint: x.checkpoint })),
    })),
  };
}

/** A record file that cannot be read: `path` locates the problem inside the JSON. */
export class RecordFormatError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'RecordFormatError';
  }
}

type Json = unknown;
const fail = (path: string, reason: string): never => {
  throw new RecordFormatError(path, reason);
};
const obj = (v: Json, path: string): Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, Json>) : fail(path, 'must be an object');
const arr = (v: Json, path: string): Json[] => (Array.isArray(v) ? v : fail(path, 'must be a list'));
const uint = (v: Json, path: string, max = 0xffff_ffff): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? v : fail(path, `must be a whole number from 0 to ${max}`);
const text = (v: Json, path: string): string => (typeof v === 'string' ? v : fail(path, 'must be a string'));
/** Each character's value as a lowercase hex digit, or -1 (only the first 128 codes are digits). */
const HEX_DIGIT = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let c = 0; c < 10; c++) t[48 + c] = c;
  for (let c = 0; c < 6; c++) t[97 + c] = 10 + c;
  return t;
})();
const hex = (v: Json, path: string, bytes?: number): Uint8Array => {
  const s = text(v, path);
  if (s.length % 2 !== 0) fail(path, 'must be lowercase hexadecimal bytes');
  // Checked and decoded in one pass: the ledger's tokens are one string of millions of characters, where
  // a regular expression and then a decoder took two (moscow-2021-audited: 1.25 s to read, now 1.0 s).
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = s.charCodeAt(2 * i);
    const lo = s.charCodeAt(2 * i + 1);
    const h = hi < 128 ? HEX_DIGIT[hi] : -1;
    const l = lo < 128 ? HEX_DIGIT[lo] : -1;
    if ((h | l) < 0) fail(path, 'must be lowercase hexadecimal bytes');
    out[i] = (h << 4) | l;
  }
  if (bytes !== undefined && out.length !== bytes) fail(path, `must be ${bytes} bytes, got ${out.length}`);
  return out;
};
const uints = (v: Json, path: string, length?: number): number[] => {
  const list = arr(v, path);
  if (length !== undefined && list.length !== length) fail(path, `must hold ${length} numbers, got ${list.length}`);
  return list.map((x, i) => uint(x, `${path}[${i}]`));
};
/**
 * A ledger column of `length` whole numbers, each accepted by `ok` (after the 0 .. 2^32-1 check),
 * read straight into a typed array. The element's path is built only for the error: the ledger's
 * columns hold millions of numbers, and a path string for each took a quarter of the record's read.
 */
function uintColumn<T extends Uint8Array | Uint32Array>(v: Json, path: string, length: number, out: T, ok: (x: number) => boolean, why: (x: number) => string): T {
  const list = arr(v, path);
  if (list.length !== length) fail(path, `must hold ${length} numbers, got ${list.length}`);
  for (let i = 0; i < length; i++) {
    const x = list[i];
    // Not a whole number in range: uint throws its usual error for this element.
    if (!(typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 0xffff_ffff)) uint(x, `${path}[${i}]`);
    if (!ok(x as number)) fail(`${path}[${i}]`, why(x as number));
    out[i] = x as number;
  }
  return out;
}
const exactly = <T>(list: T[], n: number, path: string): T[] => (list.length === n ? list : fail(path, `must hold ${n} rows, got ${list.length}`));
const tokenList = (bytes: Uint8Array, path: string): Uint8Array =>
  bytes.length % TOKEN_BYTES === 0 ? bytes : fail(path, `must be whole ${TOKEN_BYTES}-byte tokens, got ${bytes.length} bytes`);
const oneOf = <T extends string>(v: Json, path: string, values: readonly T[]): T =>
  values.includes(v as T) ? (v as T) : fail(path, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);

/** Reads a record file's JSON, checking every field it relies on. */
export function recordFromJson(json: Json): ElectionRecord {
  const r = obj(json, 'record');
  if (r.format !== RECORD_FORMAT && r.format !== RECORD_FORMAT_E2E) fail('format', `must be ${JSON.stringify(RECORD_FORMAT)} or ${JSON.stringify(RECORD_FORMAT_E2E)}, got ${JSON.stringify(r.format)}`);
  const verifiable = r.format === RECORD_FORMAT_E2E;
  const parties = arr(r.parties, 'parties').map((p, i) => {
    const o = obj(p, `parties[${i}]`);
    return { id: text(o.id, `parties[${i}].id`), name: text(o.name, `parties[${i}].name`) };
  });
  const K = parties.length;
  const partyIds = new Set<string>();
  parties.forEach((p, i) => {
    if (partyIds.has(p.id)) fail(`parties[${i}].id`, `must be unique, got ${JSON.stringify(p.id)} twice`);
    partyIds.add(p.id);
  });
  const districts = arr(r.districts, 'districts').map((d, i) => {
    const o = obj(d, `districts[${i}]`);
    const id = uint(o.id, `districts[${i}].id`);
    const candidates = arr(o.candidates, `districts[${i}].candidates`).map((c, k) => {
      const co = obj(c, `districts[${i}].candidates[${k}]`);
      return { id: text(co.id, `districts[${i}].candidates[${k}].id`), name: text(co.name, `districts[${i}].candidates[${k}].name`), party: text(co.party, `districts[${i}].candidates[${k}].party`) };
    });
    if (candidates.length !== K) fail(`districts[${i}].candidates`, `must hold one candidate per party (${K}), got ${candidates.length}`);
    candidates.forEach((c, k) => {
      if (c.party !== parties[k].id) fail(`districts[${i}].candidates[${k}].party`, `must be ${JSON.stringify(parties[k].id)} (candidates follow the party order), got ${JSON.stringify(c.party)}`);
      // The id names its district and party: an id that resolves to neither is not this candidate.
      const expected = candidateId(id, parties[k].id);
      if (c.id !== expected) fail(`districts[${i}].candidates[${k}].id`, `must be ${JSON.stringify(expected)} (<district id>-<party id>), got ${JSON.stringify(c.id)}`);
    });
    const registered = uint(o.registered, `districts[${i}].registered`);
    const onlineRegistered = uint(o.onlineRegistered, `districts[${i}].onlineRegistered`, registered);
    return { id, name: text(o.name, `districts[${i}].name`), registered, onlineRegistered, candidates };
  });
  const D = districts.length;
  const districtIds = new Set<number>();
  districts.forEach((d, i) => {
    if (districtIds.has(d.id)) fail(`districts[${i}].id`, `must be unique, got ${d.id} twice`);
    districtIds.add(d.id);
  });
  const knownDistrict = (path: string) => (id: number, i: number) => (districtIds.has(id) ? id : fail(`${path}[${i}]`, `must be a district id of the record, got ${id}`));
  const perDistrict = (v: Json, path: string) => {
    const rows = arr(v, path);
    if (rows.length !== D) fail(path, `must hold one row per district (${D}), got ${rows.length}`);
    return rows.map((row, d) => uints(row, `${path}[${d}]`, K));
  };
  let ledger: RecordLedger | null = null;
  if (r.ledger !== null) {
    const l = obj(r.ledger, 'ledger');
    const count = uint(l.count, 'ledger.count');
    const tokens = hex(l.tokens, 'ledger.tokens');
    if (tokens.length !== count * TOKEN_BYTES) fail('ledger.tokens', `must hold ${count} tokens of ${TOKEN_BYTES} bytes, got ${tokens.length} bytes`);
    ledger = {
      count,
      unixSeconds: uintColumn(l.unixSeconds, 'ledger.unixSeconds', count, new Uint32Array(count), () => true, () => ''),
      districtId: uintColumn(l.districtId, 'ledger.districtId', count, new Uint32Array(count), (id) => districtIds.has(id), (id) => `must be a district id of the record, got ${id}`),
      // The verifiable mode publishes encrypted ballots instead (a @2 reader ignores a choice column).
      choice: verifiable ? null : uintColumn(l.choice, 'ledger.choice', count, new Uint8Array(count), (c) => c < K, (c) => `must be a candidate index below ${K}, got ${c}`),
      tokens,
    };
  }
  const precinctsIn = obj(r.precincts, 'precincts');
  const districtIdCol = uints(precinctsIn.districtId, 'precincts.districtId').map(knownDistrict('precincts.districtId'));
  const P = districtIdCol.length;
  const precinctCounts = exactly(arr(precinctsIn.counts, 'precincts.counts'), P, 'precincts.counts').map((row, p) => uints(row, `precincts.counts[${p}]`, K));
  const paperTotals = paperTotalsOf(districtIdCol, precinctCounts);
  const e2e = verifiable ? e2eFromJson(r.e2e, districts, ledger?.count ?? 0) : undefined;
  const policy = oneOf(r.policy, 'policy', ['last-online', 'paper-overrides', 'none'] as const);
  const revoteResolution = oneOf(r.revoteResolution, 'revoteResolution', ['public', 'private'] as const);
  // The cancelled pseudonyms belong to exactly one rule: a list under another (or none where it is due) changes which ballots count.
  const cancels = policy === 'paper-overrides' && revoteResolution === 'public';
  if (cancels && r.paperCancelled === null) fail('paperCancelled', 'must list the cancelled pseudonyms (hex) under policy "paper-overrides" with public resolution, got null');
  if (!cancels && r.paperCancelled !== null) fail('paperCancelled', `must be null unless policy is "paper-overrides" with public resolution (here ${JSON.stringify(policy)}, ${revoteResolution})`);
  return {
    format: verifiable ? RECORD_FORMAT_E2E : RECORD_FORMAT,
    ...(e2e ? { e2e } : {}),
    electionId: text(r.electionId, 'electionId'),
    policy,
    revoteResolution,
    onlineOpens: uint(r.onlineOpens, 'onlineOpens'),
    onlineCloses: uint(r.onlineCloses, 'onlineCloses'),
    parties,
    districts,
    operatorPublicKey: hex(r.operatorPublicKey, 'operatorPublicKey', 32),
    ledger,
    paperCancelled: r.paperCancelled === null ? null : tokenList(hex(r.paperCancelled, 'paperCancelled'), 'paperCancelled'),
    checkpoints: arr(r.checkpoints, 'checkpoints').map((c, i) => {
      const o = obj(c, `checkpoints[${i}]`);
      return {
        count: uint(o.count, `checkpoints[${i}].count`),
        head: hex(o.head, `checkpoints[${i}].head`, 32),
        unixSeconds: uint(o.unixSeconds, `checkpoints[${i}].unixSeconds`),
        signature: hex(o.signature, `checkpoints[${i}].signature`, 64),
      };
    }),
    releases: arr(r.releases, 'releases').map((x, i) => {
      const o = obj(x, `releases[${i}]`);
      return {
        unixSeconds: uint(o.unixSeconds, `releases[${i}].unixSeconds`),
        label: text(o.label, `releases[${i}].label`),
        online: perDistrict(o.online, `releases[${i}].online`),
        onlineCast: uints(o.onlineCast, `releases[${i}].onlineCast`, D),
      };
    }),
    precincts: {
      districtId: districtIdCol,
      paperRoll: uints(precinctsIn.paperRoll, 'precincts.paperRoll', P),
      signatures: uints(precinctsIn.signatures, 'precincts.signatures', P),
      counts: precinctCounts,
    },
    handRecounts: arr(r.handRecounts, 'handRecounts').map((h, i) => {
      const o = obj(h, `handRecounts[${i}]`);
      return { precinct: uint(o.precinct, `handRecounts[${i}].precinct`, P - 1), counts: uints(o.counts, `handRecounts[${i}].counts`, K), signatures: uint(o.signatures, `handRecounts[${i}].signatures`) };
    }),
    paperAudit: r.paperAudit === undefined || r.paperAudit === null ? null : paperAuditFromJson(r.paperAudit, { P, K, districtIds, paperTotals }),
    published: perDistrict(r.published, 'published'),
    declaration: r.declaration === undefined || r.declaration === null ? null : declarationFromJson(r.declaration),
  };
}

/** The declaration's fields: shapes here; whether the record keeps its promises is the verifier's `declaration` check. */
function declarationFromJson(json: Json): RecordDeclaration {
  const o = obj(json, 'declaration');
  const audit = o.paperAudit === null ? null : obj(o.paperAudit, 'declaration.paperAudit');
  const e2e = o.e2e === null ? null : obj(o.e2e, 'declaration.e2e');
  return {
    ledger: oneOf(o.ledger, 'declaration.ledger', ['public', 'none'] as const),
    revoteResolution: oneOf(o.revoteResolution, 'declaration.revoteResolution', ['public', 'private'] as const),
    policy: oneOf(o.policy, 'declaration.policy', ['last-online', 'paper-overrides', 'none'] as const),
    onlineOpens: uint(o.onlineOpens, 'declaration.onlineOpens'),
    onlineCloses: uint(o.onlineCloses, 'declaration.onlineCloses'),
    checkpointTimes: uints(o.checkpointTimes, 'declaration.checkpointTimes'),
    releaseTimes: uints(o.releaseTimes, 'declaration.releaseTimes'),
    districts: arr(o.districts, 'declaration.districts').map((d, i) => {
      const x = obj(d, `declaration.districts[${i}]`);
      return { id: uint(x.id, `declaration.districts[${i}].id`), registered: uint(x.registered, `declaration.districts[${i}].registered`), onlineRegistered: uint(x.onlineRegistered, `declaration.districts[${i}].onlineRegistered`) };
    }),
    paperAudit: audit && {
      riskLimitPerMillion: uint(audit.riskLimitPerMillion, 'declaration.paperAudit.riskLimitPerMillion'),
      maxDraws: uint(audit.maxDraws, 'declaration.paperAudit.maxDraws'),
      seed: hex(audit.seed, 'declaration.paperAudit.seed', 32),
    },
    e2e: e2e && { electionKey: hex(e2e.electionKey, 'declaration.e2e.electionKey', 32), threshold: uint(e2e.threshold, 'declaration.e2e.threshold') },
    signature: hex(o.signature, 'declaration.signature', 64),
  };
}

/** The largest paper total a district may have: the audit sampler draws among at most 2^32 - 1 ballots (u32). */
export const MAX_PAPER_BALLOTS = 0xffff_ffff;

/**
 * Each district's paper ballots by its protocols (its ballot manifest's size), by district id. A
 * total beyond MAX_PAPER_BALLOTS is unreadable, named at the precinct where it overflows.
 */
function paperTotalsOf(districtId: readonly number[], counts: readonly (readonly number[])[]): Map<number, number> {
  const totals = new Map<number, number>();
  counts.forEach((row, p) => {
    const total = (totals.get(districtId[p]) ?? 0) + row.reduce((a, b) => a + b, 0);
    if (total > MAX_PAPER_BALLOTS) fail(`precincts.counts[${p}]`, `takes district ${districtId[p]}'s paper ballots to ${total}, beyond ${MAX_PAPER_BALLOTS} (the most a district's ballot manifest holds)`);
    totals.set(districtId[p], total);
  });
  return totals;
}

function paperAuditFromJson(json: Json, shape: { P: number; K: number; districtIds: ReadonlySet<number>; paperTotals: ReadonlyMap<number, number> }): RecordPaperAudit {
  const a = obj(json, 'paperAudit');
  if (shape.K === 0) fail('paperAudit', 'needs at least one party: with no candidates there is no paper outcome to audit');
  const riskLimitPerMillion = uint(a.riskLimitPerMillion, 'paperAudit.riskLimitPerMillion', 500_000);
  if (riskLimitPerMillion === 0) fail('paperAudit.riskLimitPerMillion', 'must be from 1 to 500000, got 0');
  const maxDraws = uint(a.maxDraws, 'paperAudit.maxDraws');
  if (maxDraws === 0) fail('paperAudit.maxDraws', 'must be at least 1, got 0');
  const seen = new Set<number>();
  return {
    method: oneOf(a.method, 'paperAudit.method', ['bravo'] as const),
    riskLimitPerMillion,
    maxDraws,
    seed: hex(a.seed, 'paperAudit.seed', 32),
    districts: arr(a.districts, 'paperAudit.districts').map((x, i) => {
      const path = `paperAudit.districts[${i}]`;
      const o = obj(x, path);
      const districtId = uint(o.districtId, `${path}.districtId`);
      if (!shape.districtIds.has(districtId)) fail(`${path}.districtId`, `must be a district id of the record, got ${districtId}`);
      if (seen.has(districtId)) fail(`${path}.districtId`, `must be unique, got ${districtId} twice`);
      seen.add(districtId);
      const d = obj(o.draws, `${path}.draws`);
      const precinct = uints(d.precinct, `${path}.draws.precinct`).map((p, j) => (p < shape.P ? p : fail(`${path}.draws.precinct[${j}]`, `must be a precinct index below ${shape.P}, got ${p}`)));
      // A draw picks one of the district's paper ballots: with none, there is nothing to draw.
      if (precinct.length > 0 && !shape.paperTotals.get(districtId)) fail(`${path}.draws.precinct`, `must be empty: district ${districtId} has no paper ballots to draw, got ${precinct.length} draws`);
      const position = uints(d.position, `${path}.draws.position`, precinct.length);
      const candidate = uints(d.candidate, `${path}.draws.candidate`, precinct.length).map((c, j) => (c <= shape.K ? c : fail(`${path}.draws.candidate[${j}]`, `must be a candidate index, or ${shape.K} for no ballot, got ${c}`)));
      return {
        districtId,
        draws: { precinct, position, candidate },
        sampleSize: uint(o.sampleSize, `${path}.sampleSize`),
        outcome: oneOf(o.outcome, `${path}.outcome`, ['confirmed', 'escalated'] as const),
        handCount: o.handCount === null ? null : arr(o.handCount, `${path}.handCount`).map((row, p) => uints(row, `${path}.handCount[${p}]`, shape.K)),
      };
    }),
  };
}

const hexList = (v: Json, path: string, bytes: number, length?: number): Uint8Array[] => {
  const list = arr(v, path);
  if (length !== undefined && list.length !== length) fail(path, `must hold ${length} items, got ${list.length}`);
  return list.map((x, i) => hex(x, `${path}[${i}]`, bytes));
};

/** A trustee is numbered from 1 to n (the position of its commitments in `e2e.trustees`, plus one). */
const trusteeNumber = (v: Json, path: string, n: number): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= n ? v : fail(path, `must be a trustee number from 1 to ${n}, got ${JSON.stringify(v)}`);

/** The e2e section: shapes and lengths here; points, scalars and proofs are the verifier's to check (and to name when they fail). */
function e2eFromJson(v: Json, districts: readonly { id: number; candidates: readonly unknown[] }[], entries: number): RecordE2e {
  const x = obj(v, 'e2e');
  const K = districts[0]?.candidates.length ?? 0;
  const trustees = arr(x.trustees, 'e2e.trustees');
  if (trustees.length < 1 || trustees.length > 255) fail('e2e.trustees', `must hold 1 to 255 trustees, got ${trustees.length}`);
  const threshold = uint(x.threshold, 'e2e.threshold', trustees.length);
  if (threshold < 1) fail('e2e.threshold', 'must be at least 1');
  const ballots = arr(x.ballots, 'e2e.ballots');
  if (ballots.length !== entries) fail('e2e.ballots', `must hold one ballot per ledger entry (${entries}), got ${ballots.length}`);
  const tallies = arr(x.tallies, 'e2e.tallies');
  if (tallies.length !== districts.length) fail('e2e.tallies', `must hold one tally per district (${districts.length}), got ${tallies.length}`);
  return {
    electionKey: hex(x.electionKey, 'e2e.electionKey', 32),
    threshold,
    trustees: trustees.map((t, i) => hexList(t, `e2e.trustees[${i}]`, 32, threshold)),
    ballots: ballots.map((b, i) => hex(b, `e2e.ballots[${i}]`)),
    tallies: tallies.map((t, d) => {
      const o = obj(t, `e2e.tallies[${d}]`);
      const districtId = uint(o.districtId, `e2e.tallies[${d}].districtId`);
      if (districtId !== districts[d].id) fail(`e2e.tallies[${d}].districtId`, `must be ${districts[d].id} (tallies follow the district order), got ${districtId}`);
      return {
        districtId,
        ciphertexts: hexList(o.ciphertexts, `e2e.tallies[${d}].ciphertexts`, 64, K),
        partials: arr(o.partials, `e2e.tallies[${d}].partials`).map((p, i) => {
          const po = obj(p, `e2e.tallies[${d}].partials[${i}]`);
          return {
            trustee: trusteeNumber(po.trustee, `e2e.tallies[${d}].partials[${i}].trustee`, trustees.length),
            shares: hexList(po.shares, `e2e.tallies[${d}].partials[${i}].shares`, 32, K),
            proofs: hexList(po.proofs, `e2e.tallies[${d}].partials[${i}].proofs`, 64, K),
          };
        }),
      };
    }),
    spoiled: arr(x.spoiled, 'e2e.spoiled').map((s, i) => {
      const o = obj(s, `e2e.spoiled[${i}]`);
      const districtId = uint(o.districtId, `e2e.spoiled[${i}].districtId`);
      if (!districts.some((d) => d.id === districtId)) fail(`e2e.spoiled[${i}].districtId`, `must be a district id of the record, got ${districtId}`);
      return {
        districtId,
        ballot: hex(o.ballot, `e2e.spoiled[${i}].ballot`),
        choice: uint(o.choice, `e2e.spoiled[${i}].choice`, K - 1),
        randomness: hexList(o.randomness, `e2e.spoiled[${i}].randomness`, 32, K),
      };
    }),
  };
}

/**
 * Receipts read with the record they belong to: each voter's district id must be one of the
 * record's (a receipt for no district is checked by no district, and would vanish from the report).
 */
export function receiptsForRecord(json: Json, record: Pick<ElectionRecord, 'districts'>): VoterReceipts[] {
  const receipts = receiptsFromJson(json);
  const ids = new Set(record.districts.map((d) => d.id));
  receipts.forEach((v, i) => {
    if (!ids.has(v.districtId)) fail(`voters[${i}].districtId`, `must be a district id of the record, got ${v.districtId}`);
  });
  return receipts;
}

export function receiptsFromJson(json: Json): VoterReceipts[] {
  const r = obj(json, 'receipts');
  if (r.format !== RECEIPTS_FORMAT) fail('format', `must be ${JSON.stringify(RECEIPTS_FORMAT)}, got ${JSON.stringify(r.format)}`);
  return arr(r.voters, 'voters').map((v, i) => {
    const o = obj(v, `voters[${i}]`);
    return {
      districtId: uint(o.districtId, `voters[${i}].districtId`),
      pseudonym: o.pseudonym === null ? null : hex(o.pseudonym, `voters[${i}].pseudonym`, TOKEN_BYTES),
      voted: typeof o.voted === 'boolean' ? o.voted : fail(`voters[${i}].voted`, 'must be true or false'),
      receipts: arr(o.receipts, `voters[${i}].receipts`).map((x, k) => {
        const ro = obj(x, `voters[${i}].receipts[${k}]`);
        return {
          index: uint(ro.index, `voters[${i}].receipts[${k}].index`),
          hash: hex(ro.hash, `voters[${i}].receipts[${k}].hash`, 32),
          checkpoint: ro.checkpoint === null ? null : uint(ro.checkpoint, `voters[${i}].receipts[${k}].checkpoint`),
        };
      }),
    };
  });
}
