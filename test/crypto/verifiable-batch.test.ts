/**
 * The ballot's byte codec (round trip, and every kind of bad bytes named), batch verification
 * (the same answers as verifying each ballot alone, on mixed valid and forged batches), the
 * forgeries the proofs must catch, the multi-scalar multiplication under the verifier, and the
 * prover's batch encoding of doubled points and fixed-base tables.
 */
import fc from 'fast-check';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { mulAddUnsafe } from '@noble/curves/abstract/curve.js';
import { describe, expect, it } from 'vitest';
import { encryptBallot, type EncryptedBallot } from '../../src/crypto/ballot.ts';
import { BallotFormatError, ballotDigest, decodeBallot, encodeBallot } from '../../src/crypto/ballot-codec.ts';
import { ballotProblem, verifyBallots } from '../../src/crypto/ballot-verify.ts';
import { decodeCiphertext, decodePoint, decodeScalar, encodeCiphertext, encodeScalar, FormatError } from '../../src/crypto/codec.ts';
import { encrypt } from '../../src/crypto/elgamal.ts';
import { encodeDoubles } from '../../src/crypto/encode-batch.ts';
import { fastArithmeticActive, useFastArithmetic, useNobleArithmetic } from '../../src/crypto/field25519.ts';
import { FixedBaseTable } from '../../src/crypto/fixed-base.ts';
import { fixedBase, gmul, mod, ORDER, Point, scalarToBytes } from '../../src/crypto/group.ts';
import { bucketMsm, msm } from '../../src/crypto/msm.ts';
import { Nonces } from '../../src/crypto/nonces.ts';
import { decodePartial, encodePartial, partialDecrypt, PARTIAL_BYTES } from '../../src/crypto/threshold.ts';

const K = 3;
const nonces = new Nonces('test', 'verifiable-batch');
const pk = gmul(nonces.get(1_000_000));
const north = utf8ToBytes('district-north');
const south = utf8ToBytes('district-south');
const make = (choice: number, index: number, context = north) => encryptBallot(pk, choice, K, nonces, index, context).ballot;
/** The same ballot as a fresh object: nothing remembered, so its bytes are encoded from the points. */
const rebuilt = (b: EncryptedBallot): EncryptedBallot => ({ ciphertexts: b.ciphertexts.map((c) => ({ ...c })), proofs: b.proofs.map((p) => ({ ...p })), sumProof: { ...b.sumProof } });

const valid = [make(0, 1), make(1, 2), make(2, 3), make(1, 4, south)];

/** Forgeries, each with the answer ballotProblem must give and the context it is checked under. */
const forged: { name: string; ballot: EncryptedBallot; context: Uint8Array; problem: string }[] = (() => {
  const [b0, b1, b2] = valid;
  const tweak = (b: EncryptedBallot, k: number, change: (p: EncryptedBallot['proofs'][number]) => EncryptedBallot['proofs'][number]): EncryptedBallot => ({ ...b, proofs: b.proofs.map((p, j) => (j === k ? change(p) : p)) });
  const r = nonces.get(77);
  return [
    { name: 'checked under another district', ballot: b0, context: south, problem: 'candidate 0: the proof that it encrypts 0 or 1 fails' },
    { name: 'a wrong challenge', ballot: tweak(b1, 2, (p) => ({ ...p, c0: mod(p.c0 + 1n) })), context: north, problem: 'candidate 2: the proof that it encrypts 0 or 1 fails' },
    { name: 'a wrong response', ballot: tweak(b1, 1, (p) => ({ ...p, z1: mod(p.z1 + 1n) })), context: north, problem: 'candidate 1: the proof that it encrypts 0 or 1 fails' },
    { name: 'a proof moved to another ballot', ballot: { ...b2, proofs: [b0.proofs[0], ...b2.proofs.slice(1)] }, context: north, problem: 'candidate 0: the proof that it encrypts 0 or 1 fails' },
    {
      // Ciphertext and its proof moved together from a ballot of the same district: the zero-or-one proof still holds, the sum proof (which hashes every ciphertext) does not.
      name: 'a ciphertext and its proof moved to another ballot',
      ballot: { ...b2, ciphertexts: [b0.ciphertexts[0], ...b2.ciphertexts.slice(1)], proofs: [b0.proofs[0], ...b2.proofs.slice(1)] },
      context: north,
      problem: 'the proof that the ballot holds exactly one choice fails',
    },
    { name: 'two choices', ballot: { ...b0, ciphertexts: [b0.ciphertexts[0], b1.ciphertexts[1], b0.ciphertexts[2]], proofs: [b0.proofs[0], b1.proofs[1], b0.proofs[2]] }, context: north, problem: 'the proof that the ballot holds exactly one choice fails' },
    { name: 'ciphertexts swapped with their proofs', ballot: { ...b1, ciphertexts: [b1.ciphertexts[1], b1.ciphertexts[0], b1.ciphertexts[2]], proofs: [b1.proofs[1], b1.proofs[0], b1.proofs[2]] }, context: north, problem: 'candidate 0: the proof that it encrypts 0 or 1 fails' },
    { name: 'a ciphertext of 2 with a copied proof', ballot: { ...b0, ciphertexts: [encrypt(pk, 2n, r), ...b0.ciphertexts.slice(1)] }, context: north, problem: 'candidate 0: the proof that it encrypts 0 or 1 fails' },
    { name: 'a wrong sum response', ballot: { ...b2, sumProof: { ...b2.sumProof, z: mod(b2.sumProof.z + 1n) } }, context: north, problem: 'the proof that the ballot holds exactly one choice fails' },
    { name: 'too few ciphertexts', ballot: { ...b0, ciphertexts: b0.ciphertexts.slice(1), proofs: b0.proofs.slice(1) }, context: north, problem: 'expected 3 ciphertexts and proofs, got 2 and 2' },
  ];
})();

describe('ballot bytes', () => {
  it('round-trip, and the bytes made while proving are the bytes of the points', () => {
    for (const b of valid) {
      const bytes = encodeBallot(b);
      expect(bytes.length).toBe(288 * K + 96);
      expect(encodeBallot(rebuilt(b))).toEqual(bytes);
      const back = decodeBallot(bytes, K);
      expect(encodeBallot(back)).toEqual(bytes);
      expect(encodeBallot(rebuilt(back))).toEqual(bytes);
      expect(back.ciphertexts.every((c, k) => c.a.equals(b.ciphertexts[k].a) && c.b.equals(b.ciphertexts[k].b))).toBe(true);
      expect(ballotDigest(bytes)).toEqual(ballotDigest(encodeBallot(back)));
    }
    expect(ballotProblem(pk, decodeBallot(encodeBallot(valid[3]), K), K, south)).toBeNull();
  });

  it('encodeBallot returns a copy: changing it does not change the ballot', () => {
    const b = valid[0];
    const bytes = encodeBallot(b);
    bytes[0] ^= 1;
    expect(encodeBallot(b)).not.toEqual(bytes);
    expect(ballotProblem(pk, b, K, north)).toBeNull();
  });

  it('rejects bad bytes with a BallotFormatError naming the field and the reason', () => {
    const good = encodeBallot(valid[1]);
    const at = (offset: number, bytes: Uint8Array) => {
      const out = good.slice();
      out.set(bytes, offset);
      return out;
    };
    const nonCanonical = new Uint8Array(32).fill(0xff); // above the field prime
    const negative = Uint8Array.of(1, ...new Array(31).fill(0)); // s = 1 is odd ("negative"): not canonical
    const unreduced = scalarToBytes(0n).map((_, i) => Number((ORDER >> BigInt(8 * i)) & 255n)); // the group order itself
    const cases: [Uint8Array, RegExp][] = [
      [good.subarray(1), /^ballot: wrong length: expected 960 bytes for 3 candidates, got 959$/],
      [new Uint8Array(good.length + 32), /^ballot: wrong length: expected 960 bytes for 3 candidates, got 992$/],
      [at(0, nonCanonical), /^ballot\.ciphertexts\[0\]\.a: not a canonical ristretto255 point encoding$/],
      [at(64 * 2 + 32, negative), /^ballot\.ciphertexts\[2\]\.b: not a canonical ristretto255 point encoding$/],
      [at(64 * K + 224 + 96, nonCanonical), /^ballot\.proofs\[1\]\.t1b: not a canonical ristretto255 point encoding$/],
      [at(64 * K + 224 * 2 + 160, unreduced), /^ballot\.proofs\[2\]\.z0: scalar is not reduced below the group order$/],
      [at(64 * K + 128, unreduced), /^ballot\.proofs\[0\]\.c0: scalar is not reduced below the group order$/],
      [at(288 * K, negative), /^ballot\.sumProof\.ta: not a canonical ristretto255 point encoding$/],
      [at(288 * K + 64, unreduced), /^ballot\.sumProof\.z: scalar is not reduced below the group order$/],
    ];
    for (const [bytes, message] of cases) {
      let error: unknown;
      try {
        decodeBallot(bytes, K);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(BallotFormatError);
      expect((error as Error).message).toMatch(message);
    }
    // The largest reduced scalar is accepted (and then fails only as a proof).
    const edge = decodeBallot(at(288 * K + 64, scalarToBytes(ORDER - 1n)), K);
    expect(ballotProblem(pk, edge, K, north)).toBe('the proof that the ballot holds exactly one choice fails');
  });

  it('point, scalar, ciphertext and partial-decryption codecs round-trip and name what they reject', () => {
    const c = valid[0].ciphertexts[1];
    const back = decodeCiphertext(encodeCiphertext(c));
    expect(back.a.equals(c.a) && back.b.equals(c.b)).toBe(true);
    expect(decodeScalar(encodeScalar(ORDER - 1n))).toBe(ORDER - 1n);
    expect(decodePoint(Point.ZERO.toBytes()).equals(Point.ZERO)).toBe(true);
    expect(() => decodePoint(new Uint8Array(31), 'key')).toThrow(new FormatError('key', 'wrong length: expected 32 bytes, got 31'));
    expect(() => decodeScalar(new Uint8Array(32).fill(255), 'tally.z')).toThrow('tally.z: scalar is not reduced below the group order');
    expect(() => decodeCiphertext(new Uint8Array(64).fill(255), 'tally[3]')).toThrow('tally[3].a: not a canonical ristretto255 point encoding');
    const partial = partialDecrypt(2, nonces.get(5), c.a, nonces.get(6), north);
    const bytes = encodePartial(partial);
    expect(bytes.length).toBe(PARTIAL_BYTES);
    const p = decodePartial(bytes);
    expect(p.trustee).toBe(2);
    expect(p.share.equals(partial.share) && p.proof.c === partial.proof.c && p.proof.z === partial.proof.z).toBe(true);
    expect(() => decodePartial(bytes.subarray(1))).toThrow('partial: wrong length: expected 100 bytes, got 99');
    const noTrustee = bytes.slice();
    noTrustee.fill(0, 0, 4);
    expect(() => decodePartial(noTrustee)).toThrow('partial.trustee: trustee numbers start at 1');
  });
});

describe('forged ballots', () => {
  it('each forgery is caught, and the failing proof named', () => {
    for (const v of valid.slice(0, 3)) expect(ballotProblem(pk, v, K, north)).toBeNull();
    for (const f of forged) expect(ballotProblem(pk, f.ballot, K, f.context), f.name).toBe(f.problem);
  });

  it('a forgery survives no trip through bytes', () => {
    for (const f of forged.filter((x) => x.ballot.ciphertexts.length === K)) {
      expect(ballotProblem(pk, decodeBallot(encodeBallot(f.ballot), K), K, f.context), f.name).toBe(f.problem);
    }
  });
});

describe('batch verification', () => {
  const pool = [...valid.map((ballot, i) => ({ ballot, context: i === 3 ? south : north })), ...forged];
  const alone = pool.map((item) => ballotProblem(pk, item.ballot, K, item.context));

  it('gives the same answers as verifying each ballot alone (property, mixed batches)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 0, maxLength: 7 }), (picks) => {
        const batch = verifyBallots(pk, picks.map((i) => pool[i]), K);
        expect(batch).toEqual(picks.map((i) => alone[i]));
      }),
      { numRuns: 25 },
    );
  });

  it('a valid batch passes whole; one bad ballot among many is found and named', () => {
    const many = Array.from({ length: 12 }, (_, i) => pool[i % 4]);
    expect(verifyBallots(pk, many, K)).toEqual(new Array(12).fill(null));
    const withOne = [...many.slice(0, 9), forged[1], ...many.slice(9)];
    const result = verifyBallots(pk, withOne, K);
    expect(result[9]).toBe(forged[1].problem);
    expect(result.filter((r) => r !== null)).toHaveLength(1);
  });
});

describe('multi-scalar multiplication', () => {
  const points = Array.from({ length: 40 }, (_, i) => gmul(nonces.get(i, 5)));
  const edge = [0n, 1n, 2n, ORDER - 1n, (1n << 128n) - 1n, 1n << 252n];
  const scalar = fc.oneof(fc.constantFrom(...edge), fc.bigInt({ min: 0n, max: ORDER - 1n }), fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }));

  it('the bucket method agrees with Straus (property, edge scalars included)', () => {
    fc.assert(
      fc.property(fc.array(scalar, { minLength: 1, maxLength: 40 }), (scalars) => {
        const P = points.slice(0, scalars.length);
        expect(bucketMsm(P, scalars).equals(mulAddUnsafe(Point, P, scalars))).toBe(true);
      }),
      { numRuns: 20 },
    );
    expect(msm([], []).equals(Point.ZERO)).toBe(true);
    expect(bucketMsm(points.slice(0, 2), [0n, 0n]).equals(Point.ZERO)).toBe(true);
    expect(() => bucketMsm(points.slice(0, 1), [ORDER])).toThrow('not reduced');
  });

  it('the bucket method gives the same sums in the WebAssembly module and in noble alone', () => {
    const scalars = Array.from({ length: 40 }, (_, i) => nonces.get(i, 7) >> BigInt(i % 2 === 0 ? 0 : 125));
    const inModule = bucketMsm(points, scalars);
    useNobleArithmetic();
    try {
      expect(fastArithmeticActive()).toBe(false);
      expect(bucketMsm(points, scalars).equals(inModule)).toBe(true);
      expect(new FixedBaseTable(points[3], 10).multiply(scalars[5]).equals(points[3].multiply(scalars[5]))).toBe(true);
    } finally {
      useFastArithmetic();
    }
    expect(inModule.equals(mulAddUnsafe(Point, points, scalars))).toBe(true);
  });

  it('msm takes the bucket method for large sums and agrees with a plain sum', () => {
    const scalars = Array.from({ length: 130 }, (_, i) => nonces.get(i, 6) >> BigInt(i % 3 === 0 ? 0 : 125));
    const P = Array.from({ length: 130 }, (_, i) => points[i % 40]);
    const plain = P.reduce((acc, p, i) => acc.add(scalars[i] === 0n ? Point.ZERO : p.multiplyUnsafe(scalars[i])), Point.ZERO);
    expect(msm(P, scalars).equals(plain)).toBe(true);
  });
});

describe('batch encoding of doubled points', () => {
  it('gives exactly (2·P).toBytes(), for points from every path and for the identity', () => {
    const points = Array.from({ length: 24 }, (_, i) => {
      const P = gmul(nonces.get(i, 8));
      return [Point.fromBytes(P.toBytes()), P.add(valid[0].ciphertexts[0].a), P.double().subtract(P), P.negate()][i % 4];
    });
    points.push(Point.ZERO, Point.BASE, Point.BASE.negate());
    expect(encodeDoubles(points).map(bytesToHex)).toEqual(points.map((P) => bytesToHex(P.double().toBytes())));
    expect(encodeDoubles([])).toEqual([]);
  });
});

describe('fixed-base tables', () => {
  it('agree with noble’s multiply for every window width and edge scalars (property)', () => {
    const base = gmul(nonces.get(3, 3));
    const tables = [2, 5, 8, 10].map((W) => new FixedBaseTable(base, W));
    const check = (k: bigint) => {
      const expected = k % ORDER === 0n ? Point.ZERO : base.multiply(k % ORDER);
      for (const t of tables) expect(t.multiply(k).equals(expected), `W = ${t.W}, k = ${k}`).toBe(true);
    };
    for (const k of [0n, 1n, 2n, 127n, 128n, 129n, 255n, 256n, 511n, 512n, ORDER - 1n, ORDER, ORDER + 5n, (1n << 252n) - 1n]) check(k);
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: ORDER - 1n }), check), { numRuns: 20 });
    expect(gmul(0n).equals(Point.ZERO) && gmul(1n).equals(Point.BASE) && gmul(-1n).equals(Point.BASE.negate())).toBe(true);
    expect(fixedBase(base).multiply(7n).equals(base.multiply(7n))).toBe(true);
  });
});
