/**
 * An encrypted ballot as bytes (layout in ballot-layout.ts and docs/verifiable-crypto.md), and its
 * digest: what the ledger entry and the voter's receipt commit to.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { EncryptedBallot } from './ballot.ts';
import { ballotLayout, rememberBytes, rememberedBytes } from './ballot-layout.ts';
import type { ZeroOneProof } from './ballot-proofs.ts';
import { decodePoint, decodeScalar, FormatError } from './codec.ts';
import { encodeTagged } from './encoding.ts';
import { scalarToBytes } from './group.ts';

export const BALLOT_DIGEST_TAG = 'tally-lab/ballot-digest@1';

/** Bytes that are not an encrypted ballot of the expected size: the message names the field and the reason. */
export class BallotFormatError extends FormatError {
  constructor(field: string, reason: string) {
    super(field, reason);
    this.name = 'BallotFormatError';
  }
}

const ballotError = (field: string, reason: string) => new BallotFormatError(`ballot.${field}`, reason);

/** The ballot's bytes (288·K + 96 of them). Free for ballots made by encryptBallot or read by decodeBallot. */
export function encodeBallot(ballot: EncryptedBallot): Uint8Array {
  return ballotBytes(ballot).slice();
}

/** The ballot's bytes without a defensive copy: for hashing inside the crypto layer only. */
export function ballotBytes(ballot: EncryptedBallot): Uint8Array {
  const cached = rememberedBytes(ballot);
  if (cached) return cached;
  const K = ballot.ciphertexts.length;
  if (ballot.proofs.length !== K) throw new RangeError(`encodeBallot: ${K} ciphertexts but ${ballot.proofs.length} proofs`);
  const layout = ballotLayout(K);
  const out = new Uint8Array(layout.length);
  ballot.ciphertexts.forEach((c, k) => {
    out.set(c.a.toBytes(), layout.a(k));
    out.set(c.b.toBytes(), layout.b(k));
  });
  ballot.proofs.forEach((p, k) => {
    const at = layout.proof(k);
    [p.t0a, p.t0b, p.t1a, p.t1b].forEach((t, j) => out.set(t.toBytes(), at + 32 * j));
    [p.c0, p.z0, p.z1].forEach((s, j) => out.set(scalarToBytes(s), at + 128 + 32 * j));
  });
  const s = ballot.sumProof;
  out.set(s.ta.toBytes(), layout.sum);
  out.set(s.tb.toBytes(), layout.sum + 32);
  out.set(scalarToBytes(s.z), layout.sum + 64);
  rememberBytes(ballot, out);
  return out;
}

/**
 * Reads a ballot of `candidates` candidates. Throws BallotFormatError naming the field (e.g.
 * `ballot.proofs[2].t1b`) on a wrong length, a non-canonical point or an unreduced scalar.
 */
export function decodeBallot(bytes: Uint8Array, candidates: number): EncryptedBallot {
  if (!Number.isInteger(candidates) || candidates < 1) throw new RangeError(`decodeBallot: candidates must be a positive integer, got ${candidates}`);
  const layout = ballotLayout(candidates);
  if (!(bytes instanceof Uint8Array)) throw new BallotFormatError('ballot', 'expected a Uint8Array');
  if (bytes.length !== layout.length) throw new BallotFormatError('ballot', `wrong length: expected ${layout.length} bytes for ${candidates} candidates, got ${bytes.length}`);
  const own = bytes.slice();
  const point = (at: number, field: string) => decodePoint(own.subarray(at, at + 32), field, ballotError);
  const scalar = (at: number, field: string) => decodeScalar(own.subarray(at, at + 32), field, ballotError);
  const ciphertexts = Array.from({ length: candidates }, (_, k) => Object.freeze({ a: point(layout.a(k), `ciphertexts[${k}].a`), b: point(layout.b(k), `ciphertexts[${k}].b`) }));
  const proofs = Array.from({ length: candidates }, (_, k): ZeroOneProof => {
    const at = layout.proof(k);
    const f = (name: string) => `proofs[${k}].${name}`;
    return Object.freeze({
      t0a: point(at, f('t0a')),
      t0b: point(at + 32, f('t0b')),
      t1a: point(at + 64, f('t1a')),
      t1b: point(at + 96, f('t1b')),
      c0: scalar(at + 128, f('c0')),
      z0: scalar(at + 160, f('z0')),
      z1: scalar(at + 192, f('z1')),
    });
  });
  const sumProof = Object.freeze({ ta: point(layout.sum, 'sumProof.ta'), tb: point(layout.sum + 32, 'sumProof.tb'), z: scalar(layout.sum + 64, 'sumProof.z') });
  const ballot: EncryptedBallot = Object.freeze({ ciphertexts: Object.freeze(ciphertexts), proofs: Object.freeze(proofs), sumProof });
  rememberBytes(ballot, own);
  return ballot;
}

/** SHA-256(encodeTagged('tally-lab/ballot-digest@1', [encoded ballot])): 32 bytes. */
export function ballotDigest(encoded: Uint8Array): Uint8Array {
  return sha256(encodeTagged(BALLOT_DIGEST_TAG, [encoded]));
}
