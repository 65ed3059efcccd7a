/**
 * The cryptography of the verifiable mode as pure chunk functions over plain data (bytes, numbers,
 * strings), so that the same call runs inline (`simulate`) or in a pool of workers
 * (`simulateWithPool`, the page), with byte-identical results: every nonce comes from the seed.
 */
import { ballotDigest, decodeBallot, decodeCiphertext, encodeBallot, encryptBallot, sumCiphertexts, verifyBallots } from '../../crypto/index.ts';
import { encodeTagged, u32be } from '../../crypto/encoding.ts';
import { pointFromBytes } from '../../crypto/field25519.ts';
import { Point, scalarToBytes, type GroupElement } from '../../crypto/group.ts';
import { Nonces } from '../../crypto/nonces.ts';
import type { Ciphertext } from '../../crypto/elgamal.ts';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Who encrypted a ballot: the voter's client (cast or challenged) or the operator (a ballot it made itself). */
export const Maker = { client: 0, operator: 1, spoiled: 2 } as const;
const MAKER_LABELS = ['e2e/client', 'e2e/operator', 'e2e/spoiled'] as const;

export const BALLOT_CONTEXT_TAG = 'tally-lab/ballot-context@1';

/** What every ballot proof of a district is bound to: the election and the district (a proof cannot move to another election or race). */
export function ballotContext(electionId: string, districtId: number): Uint8Array {
  return encodeTagged(BALLOT_CONTEXT_TAG, [utf8ToBytes(electionId), u32be(districtId)]);
}

export interface EncryptJob {
  readonly seed: string;
  readonly electionId: string;
  readonly electionKey: Uint8Array;
  readonly candidates: number;
  /** Per item: Maker code, nonce index (honest row or creation number), choice, district id. */
  readonly maker: Uint8Array;
  readonly index: Uint32Array;
  readonly choice: Uint8Array;
  readonly districtId: Uint32Array;
}

export interface EncryptResult {
  /** Encoded encrypted ballots, one per item. */
  readonly ballots: Uint8Array[];
  /** For challenged (spoiled) ballots: the randomness revealed, 32 bytes per candidate; else null. */
  readonly randomness: (Uint8Array | null)[];
}

const keys = new Map<string, GroupElement>();
/** The election key as a point, decoded once per key (the crypto layer caches its tables per point object). */
export function electionKeyPoint(bytes: Uint8Array): GroupElement {
  const id = bytesToHex(bytes);
  let pk = keys.get(id);
  if (!pk) {
    pk = Point.fromBytes(bytes);
    if (keys.size > 8) keys.clear();
    keys.set(id, pk);
  }
  return pk;
}

export function encryptChunk(job: EncryptJob): EncryptResult {
  const pk = electionKeyPoint(job.electionKey);
  const nonces = MAKER_LABELS.map((label) => new Nonces(job.seed, label, job.electionId));
  const contexts = new Map<number, Uint8Array>();
  const ballots: Uint8Array[] = [];
  const randomness: (Uint8Array | null)[] = [];
  for (let i = 0; i < job.maker.length; i++) {
    const id = job.districtId[i];
    const context = contexts.get(id) ?? contexts.set(id, ballotContext(job.electionId, id)).get(id)!;
    const { ballot, randomness: r } = encryptBallot(pk, job.choice[i], job.candidates, nonces[job.maker[i]], job.index[i], context);
    ballots.push(encodeBallot(ballot));
    if (job.maker[i] === Maker.spoiled) {
      const out = new Uint8Array(32 * r.length);
      r.forEach((x, k) => out.set(scalarToBytes(x), 32 * k));
      randomness.push(out);
    } else randomness.push(null);
  }
  return { ballots, randomness };
}

export interface VerifyJob {
  readonly electionId: string;
  readonly electionKey: Uint8Array;
  readonly candidates: number;
  readonly ballots: readonly Uint8Array[];
  readonly districtId: Uint32Array;
  /** Per ballot: the slot of the tally it is summed into (a district position), or -1 when it is not counted. */
  readonly sumInto: Int32Array;
  /** Number of tally slots. */
  readonly slots: number;
  /** Check the proofs (the verifier), or only sum (the operator making its encrypted tally). */
  readonly proofs: boolean;
}

export interface VerifyResult {
  /** Per ballot: why it is invalid (malformed or a proof fails), or null. */
  readonly problems: (string | null)[];
  /** Per slot: the sum of the counted ballots' ciphertexts, 64 bytes (a ‖ b) per candidate. */
  readonly sums: Uint8Array[];
}

/** Checks every ballot's proofs in one batch and sums the counted ones per slot. */
export function verifyChunk(job: VerifyJob): VerifyResult {
  if (!job.proofs) return sumChunk(job);
  const pk = electionKeyPoint(job.electionKey);
  const K = job.candidates;
  const problems: (string | null)[] = new Array(job.ballots.length).fill(null);
  const items: { ballot: ReturnType<typeof decodeBallot>; context: Uint8Array }[] = [];
  const at: number[] = [];
  const contexts = new Map<number, Uint8Array>();
  const sums: Ciphertext[][] = Array.from({ length: job.slots }, () => []);
  job.ballots.forEach((bytes, i) => {
    try {
      const ballot = decodeBallot(bytes, K);
      const id = job.districtId[i];
      items.push({ ballot, context: contexts.get(id) ?? contexts.set(id, ballotContext(job.electionId, id)).get(id)! });
      at.push(i);
    } catch (e) {
      problems[i] = `malformed: ${(e as Error).message}`;
    }
  });
  verifyBallots(pk, items, K).forEach((p, j) => (problems[at[j]] = p));
  // Sums cover every counted ballot that decodes; an invalid proof is reported, not silently left out.
  items.forEach((item, j) => {
    const slot = job.sumInto[at[j]];
    if (slot < 0) return;
    const acc = sums[slot];
    for (let k = 0; k < K; k++) acc[k] = acc[k] ? sumCiphertexts([acc[k], item.ballot.ciphertexts[k]]) : item.ballot.ciphertexts[k];
  });
  return { problems, sums: sums.map((cts) => encodeCiphertexts(Array.from({ length: K }, (_, k) => cts[k] ?? { a: Point.ZERO, b: Point.ZERO }))) };
}

/**
 * The operator's pass: sums only, decoding only the ciphertexts (the first K x 64 bytes of the
 * ballot layout, docs/verifiable-crypto.md), a third of what decoding the proofs too would cost.
 */
function sumChunk(job: VerifyJob): VerifyResult {
  const K = job.candidates;
  const problems: (string | null)[] = new Array(job.ballots.length).fill(null);
  const sums: Ciphertext[][] = Array.from({ length: job.slots }, () => []);
  job.ballots.forEach((bytes, i) => {
    const slot = job.sumInto[i];
    if (slot < 0) return;
    const acc = sums[slot];
    for (let k = 0; k < K; k++) {
      const ct = decodeCiphertext(bytes.subarray(64 * k, 64 * k + 64), `ciphertexts[${k}]`);
      acc[k] = acc[k] ? sumCiphertexts([acc[k], ct]) : ct;
    }
  });
  return { problems, sums: sums.map((cts) => encodeCiphertexts(Array.from({ length: K }, (_, k) => cts[k] ?? { a: Point.ZERO, b: Point.ZERO }))) };
}

/** Ciphertexts as bytes: a ‖ b (32 + 32 bytes) each. */
export function encodeCiphertexts(cts: readonly Ciphertext[]): Uint8Array {
  const out = new Uint8Array(64 * cts.length);
  cts.forEach((c, k) => {
    out.set(c.a.toBytes(), 64 * k);
    out.set(c.b.toBytes(), 64 * k + 32);
  });
  return out;
}

export function decodeCiphertexts(bytes: Uint8Array): Ciphertext[] {
  return Array.from({ length: bytes.length / 64 }, (_, k) => ({ a: pointFromBytes(bytes.subarray(64 * k, 64 * k + 32)), b: pointFromBytes(bytes.subarray(64 * k + 32, 64 * k + 64)) }));
}

/** Sums encoded per-slot ciphertext rows (from several chunks) into one. */
export function addEncodedSums(rows: readonly Uint8Array[]): Uint8Array {
  const all = rows.map(decodeCiphertexts);
  return encodeCiphertexts(all[0].map((_, k) => sumCiphertexts(all.map((r) => r[k]))));
}

export { ballotDigest };
