/**
 * The trustees of the verifiable mode: a joint Feldman dealing from seeded nonces (so a run
 * replays), and their partial decryptions of each district's encrypted tally. The highest-numbered
 * `refusingTrustees` publish nothing; the next `cheatingTrustees` publish a wrong share (off by g)
 * with the proof of the right one, so the proof fails and names them.
 */
import { combinePartials, deal, electionKey, partialDecrypt, verificationKey, verifyPartial, type PartialDecryption } from '../../crypto/threshold.ts';
import { DlogTable } from '../../crypto/dlog.ts';
import { G, mod, Point, scalarFromBytes, scalarToBytes, type GroupElement } from '../../crypto/group.ts';
import { Nonces } from '../../crypto/nonces.ts';
import { encodeTagged, u32be } from '../../crypto/encoding.ts';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Ciphertext } from '../../crypto/elgamal.ts';

export const PARTIAL_CONTEXT_TAG = 'tally-lab/partial-decryption-context@1';

export interface TrusteeSetup {
  readonly n: number;
  readonly k: number;
  /** Per trustee: g^{a_0} .. g^{a_{k-1}}, 32 bytes each. */
  readonly commitments: Uint8Array[][];
  readonly electionKey: Uint8Array;
  /** Key shares s_1..s_n (secret: the simulation's trustees only). */
  readonly keyShares: readonly bigint[];
}

export function setupTrustees(seed: string, electionId: string, n: number, k: number): TrusteeSetup {
  const nonces = new Nonces(seed, 'e2e/trustees', electionId);
  const dealings = Array.from({ length: n }, (_, t) => deal(Array.from({ length: k }, (_, j) => nonces.get(t, j)), n));
  const keyShares = Array.from({ length: n }, (_, i) => mod(dealings.reduce((acc, d) => acc + d.shares[i], 0n)));
  return {
    n,
    k,
    commitments: dealings.map((d) => d.commitments.map((C) => C.toBytes())),
    electionKey: electionKey(dealings).toBytes(),
    keyShares,
  };
}

/** What a partial decryption's proof is bound to: the election, the district, the candidate. */
export function partialContext(electionId: string, districtId: number, candidate: number): Uint8Array {
  return encodeTagged(PARTIAL_CONTEXT_TAG, [utf8ToBytes(electionId), u32be(districtId), u32be(candidate)]);
}

/** One trustee's published partial decryption of one district's tally: a share and a proof per candidate. */
export interface PublishedPartial {
  readonly trustee: number;
  /** A_k^{s_i}, 32 bytes each. */
  readonly shares: readonly Uint8Array[];
  /** Chaum-Pedersen proof per candidate, 64 bytes each: challenge ‖ response (32-byte little-endian scalars). */
  readonly proofs: readonly Uint8Array[];
}

export function encodeProof(p: { c: bigint; z: bigint }): Uint8Array {
  const out = new Uint8Array(64);
  out.set(scalarToBytes(p.c), 0);
  out.set(scalarToBytes(p.z), 32);
  return out;
}

export function decodeProof(bytes: Uint8Array): { c: bigint; z: bigint } {
  return { c: scalarFromBytes(bytes.subarray(0, 32)), z: scalarFromBytes(bytes.subarray(32, 64)) };
}

/** The partial decryptions the trustees publish for one district's tally (refusing trustees publish none). */
export function trusteesDecrypt(
  setup: TrusteeSetup,
  seed: string,
  electionId: string,
  districtId: number,
  tally: readonly Ciphertext[],
  refusing: number,
  cheating: number,
): PublishedPartial[] {
  const nonces = new Nonces(seed, 'e2e/partials', electionId);
  const out: PublishedPartial[] = [];
  for (let t = 1; t <= setup.n - refusing; t++) {
    const cheats = t > setup.n - refusing - cheating;
    const shares: Uint8Array[] = [];
    const proofs: Uint8Array[] = [];
    tally.forEach((ct, k) => {
      const p = partialDecrypt(t, setup.keyShares[t - 1], ct.a, nonces.get(t, districtId, k), partialContext(electionId, districtId, k));
      shares.push((cheats ? p.share.add(G) : p.share).toBytes());
      proofs.push(encodeProof(p.proof));
    });
    out.push({ trustee: t, shares, proofs });
  }
  return out;
}

export interface DecryptionCheck {
  /** Trustees whose partial decryption fails its proof (or is malformed, or names no trustee of the record). */
  readonly invalid: number[];
  /** Trustees listed more than once: a quorum is k distinct trustees, so a repeat proves nothing more. */
  readonly duplicate: number[];
  /** Distinct trustees whose partials all verify. */
  readonly valid: number[];
  /** Counts per candidate from k valid partials of distinct trustees, or null when fewer than k are valid. */
  readonly counts: number[] | null;
}

/**
 * Checks each trustee's partial decryptions of a tally against its verification key (from every
 * trustee's published commitments), combines the first k valid ones of distinct trustees, and
 * finds each count as a small discrete log (at most `max`).
 */
export function checkDecryption(
  commitments: readonly (readonly Uint8Array[])[],
  k: number,
  electionId: string,
  districtId: number,
  tally: readonly Ciphertext[],
  partials: readonly PublishedPartial[],
  table: DlogTable,
): DecryptionCheck {
  const dealings = commitments.map((cs) => ({ commitments: cs.map((c) => Point.fromBytes(c)) }));
  const invalid: number[] = [];
  const duplicate: number[] = [];
  const seen = new Set<number>();
  const valid: { trustee: number; shares: GroupElement[]; proofs: { c: bigint; z: bigint }[] }[] = [];
  for (const p of partials) {
    if (seen.has(p.trustee)) {
      if (!duplicate.includes(p.trustee)) duplicate.push(p.trustee);
      continue;
    }
    seen.add(p.trustee);
    try {
      if (p.trustee < 1 || p.trustee > commitments.length) throw new Error('no such trustee');
      const vk = verificationKey(dealings, p.trustee);
      const shares = p.shares.map((s) => Point.fromBytes(s));
      const proofs = p.proofs.map(decodeProof);
      const ok = shares.length === tally.length && tally.every((ct, c) => verifyPartial({ trustee: p.trustee, share: shares[c], proof: proofs[c] }, vk, ct.a, partialContext(electionId, districtId, c)));
      if (ok) valid.push({ trustee: p.trustee, shares, proofs });
      else invalid.push(p.trustee);
    } catch {
      invalid.push(p.trustee);
    }
  }
  if (valid.length < k) return { invalid, duplicate, valid: valid.map((v) => v.trustee), counts: null };
  const chosen = valid.slice(0, k);
  const counts = tally.map((ct, c) => {
    const partialsOf: PartialDecryption[] = chosen.map((v) => ({ trustee: v.trustee, share: v.shares[c], proof: v.proofs[c] }));
    return table.find(ct.b.subtract(combinePartials(partialsOf))) ?? -1;
  });
  return { invalid, duplicate, valid: valid.map((v) => v.trustee), counts };
}
