/**
 * Verifying encrypted ballots, alone or in a batch. Every equation of every proof is linear in the
 * group, so the verifier checks one random linear combination of them all (the small-exponent batch
 * test of Bellare, Garay and Rabin 1998) with a single multi-scalar multiplication: if any equation
 * fails, the combination holds with probability at most 2^-128 over the 128-bit weights. The
 * weights are a hash of the whole batch (the key, every context and every ballot's bytes): to make
 * a bad batch pass, a forger must find a batch whose own hash cancels its error, a 2^-128 chance per
 * hash evaluation, as with Fiat-Shamir itself. When the combination fails, halves are checked in
 * turn down to single ballots, whose failing proof is then named by checking its equations one by one.
 */
import { sha512 } from '@noble/hashes/sha2.js';
import type { EncryptedBallot } from './ballot.ts';
import { ballotBytes, ballotDigest } from './ballot-codec.ts';
import { ballotLayout, type BallotLayout } from './ballot-layout.ts';
import { sumChallenge, sumHolds, zeroOneChallenge, zeroOneHolds } from './ballot-proofs.ts';
import { sumCiphertexts } from './ballot.ts';
import { encodeTagged, u32be } from './encoding.ts';
import { fixedBase, gmul, mod, type FixedBase, type GroupElement } from './group.ts';
import { msm } from './msm.ts';

export const BATCH_TAG = 'tally-lab/batch-seed@1';
/** Ballots checked in one combination: beyond ~1,000 the bucket method gains little, and its digit table grows. */
const MAX_BATCH = 1024;
export const WEIGHT_TAG = 'tally-lab/batch-weights@1';

export interface BallotToVerify {
  readonly ballot: EncryptedBallot;
  /** What the ballot's proofs are bound to (its election and district). */
  readonly context: Uint8Array;
}

interface Prepared extends BallotToVerify {
  readonly bytes: Uint8Array;
}

/** Why the ballot is invalid (naming the failing proof), or null when every proof verifies. */
export function ballotProblem(pk: GroupElement, ballot: EncryptedBallot, candidates: number, context: Uint8Array): string | null {
  return verifyBallots(pk, [{ ballot, context }], candidates)[0];
}

/**
 * ballotProblem for each item, checked together: one multi-scalar multiplication for the whole
 * batch when every ballot is valid, and, if not, a search by halves that names each bad ballot's
 * failing proof. Answers are exactly ballotProblem's, item by item.
 */
export function verifyBallots(pk: GroupElement, items: readonly BallotToVerify[], candidates: number): (string | null)[] {
  const key = fixedBase(pk);
  const layout = ballotLayout(candidates);
  const results: (string | null)[] = items.map(({ ballot }) => shapeProblem(ballot, candidates));
  const todo: number[] = [];
  const prepared: Prepared[] = items.map((item, i) => {
    if (results[i] !== null) return { ...item, bytes: new Uint8Array(0) };
    todo.push(i);
    return { ...item, bytes: ballotBytes(item.ballot) };
  });
  const resolve = (indices: number[]): void => {
    if (indices.length === 0 || holdsTogether(key, layout, indices.map((i) => prepared[i]))) return;
    if (indices.length === 1) {
      results[indices[0]] = failingProof(key, layout, prepared[indices[0]]);
      return;
    }
    const mid = indices.length >> 1;
    resolve(indices.slice(0, mid));
    resolve(indices.slice(mid));
  };
  for (let from = 0; from < todo.length; from += MAX_BATCH) resolve(todo.slice(from, from + MAX_BATCH));
  return results;
}

function shapeProblem(ballot: EncryptedBallot, candidates: number): string | null {
  if (ballot.ciphertexts.length !== candidates || ballot.proofs.length !== candidates) return `expected ${candidates} ciphertexts and proofs, got ${ballot.ciphertexts.length} and ${ballot.proofs.length}`;
  return null;
}

/** 4K + 2 weights of 128 bits for each ballot, from the batch's seed (see the module comment). */
function batchWeights(key: FixedBase, layout: BallotLayout, items: readonly Prepared[]): (i: number) => bigint[] {
  const fields = [key.bytes, u32be(layout.candidates), u32be(items.length)];
  for (const item of items) fields.push(item.context, ballotDigest(item.bytes));
  const seed = sha512(encodeTagged(BATCH_TAG, fields));
  const count = 4 * layout.candidates + 2;
  return (i) => {
    const out: bigint[] = [];
    for (let block = 0; out.length < count; block++) {
      const h = sha512(encodeTagged(WEIGHT_TAG, [seed, u32be(i), u32be(block)]));
      for (let j = 0; j < 4 && out.length < count; j++) out.push(littleEndian(h.subarray(16 * j, 16 * j + 16)));
    }
    return out;
  };
}

function littleEndian(bytes: Uint8Array): bigint {
  let x = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(bytes[i]);
  return x;
}

/** The challenges of a ballot's proofs, recomputed from its bytes: one per candidate, then the sum proof's. */
function challenges(key: FixedBase, layout: BallotLayout, item: Prepared): { zeroOne: bigint[]; sum: bigint } {
  const { bytes, context } = item;
  const slice = (at: number) => bytes.subarray(at, at + 32);
  const zeroOne = Array.from({ length: layout.candidates }, (_, k) => {
    const at = layout.proof(k);
    return zeroOneChallenge(context, key.bytes, k, [slice(layout.a(k)), slice(layout.b(k))], [slice(at), slice(at + 32), slice(at + 64), slice(at + 96)]);
  });
  const sum = sumChallenge(context, key.bytes, layout.candidates, bytes.subarray(0, layout.ciphertextsEnd), slice(layout.sum), slice(layout.sum + 32));
  return { zeroOne, sum };
}

/**
 * Whether Σ ρ·(equation) = 0 over every ballot's equations, written as
 *   Σ ρ1·t0a + ρ2·t0b + ρ3·t1a + ρ4·t1b + ρ5·ta + ρ6·tb + (ρ1·c0 + ρ3·c1 + ρ5·cs)·a_k + (ρ2·c0 + ρ4·c1 + ρ6·cs)·b_k
 *   = g^(Σ ρ1·z0 + ρ3·z1 + ρ4·c1 + ρ5·z + ρ6·cs) · pk^(Σ ρ2·z0 + ρ4·z1 + ρ6·z)
 * (the equations are listed in zeroOneHolds and sumHolds).
 */
function holdsTogether(key: FixedBase, layout: BallotLayout, items: readonly Prepared[]): boolean {
  const K = layout.candidates;
  const weightsOf = batchWeights(key, layout, items);
  const points: GroupElement[] = [];
  const scalars: bigint[] = [];
  let gExp = 0n;
  let pkExp = 0n;
  items.forEach((item, i) => {
    const rho = weightsOf(i);
    const { zeroOne, sum: cs } = challenges(key, layout, item);
    const { ballot } = item;
    const s = ballot.sumProof;
    const r5 = rho[4 * K];
    const r6 = rho[4 * K + 1];
    gExp += r5 * s.z + r6 * cs;
    pkExp += r6 * s.z;
    points.push(s.ta, s.tb);
    scalars.push(r5, r6);
    for (let k = 0; k < K; k++) {
      const p = ballot.proofs[k];
      const ct = ballot.ciphertexts[k];
      const c1 = mod(zeroOne[k] - p.c0);
      const [r1, r2, r3, r4] = rho.slice(4 * k, 4 * k + 4);
      gExp += r1 * p.z0 + r3 * p.z1 + r4 * c1;
      pkExp += r2 * p.z0 + r4 * p.z1;
      points.push(p.t0a, p.t0b, p.t1a, p.t1b, ct.a, ct.b);
      scalars.push(r1, r2, r3, r4, mod(r1 * p.c0 + r3 * c1 + r5 * cs), mod(r2 * p.c0 + r4 * c1 + r6 * cs));
    }
    gExp = mod(gExp);
    pkExp = mod(pkExp);
  });
  return msm(points, scalars).equals(gmul(gExp).add(key.multiply(pkExp)));
}

/** The first proof of the ballot whose equations fail, checked one by one (only after the combination failed). */
function failingProof(key: FixedBase, layout: BallotLayout, item: Prepared): string {
  const { zeroOne, sum } = challenges(key, layout, item);
  const { ciphertexts, proofs, sumProof } = item.ballot;
  for (let k = 0; k < layout.candidates; k++) {
    if (!zeroOneHolds(key.point, ciphertexts[k].a, ciphertexts[k].b, proofs[k], zeroOne[k])) return `candidate ${k}: the proof that it encrypts 0 or 1 fails`;
  }
  const total = sumCiphertexts(ciphertexts);
  if (!sumHolds(key.point, total.a, total.b, sumProof, sum)) return 'the proof that the ballot holds exactly one choice fails';
  // Unreachable: if every equation holds, so does any combination of them.
  return 'the ballot’s proofs fail';
}
