/**
 * Threshold decryption for any k of n (property: every k-subset decrypts, k − 1 trustees learn
 * nothing the dlog table can find), partial decryptions that verify and travel as bytes, and the
 * baby-step giant-step table across its batch boundaries.
 */
import fc from 'fast-check';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { DlogTable } from '../../src/crypto/dlog.ts';
import { encrypt } from '../../src/crypto/elgamal.ts';
import { G, gmul, mod, mul, Point } from '../../src/crypto/group.ts';
import { Nonces } from '../../src/crypto/nonces.ts';
import { combinePartials, committedShare, deal, decodePartial, electionKey, encodePartial, lagrangeAtZero, partialDecrypt, shareIsValid, verificationKey, verifyPartial } from '../../src/crypto/threshold.ts';

const context = utf8ToBytes('tally');
const table = new DlogTable(300);

describe('k-of-n threshold decryption', () => {
  it('any k trustees decrypt, k − 1 cannot, and every partial verifies (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }), fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i + 1), { minLength: n, maxLength: n }))),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 1e6 }),
        ([n, k, order], m, salt) => {
          const nonces = new Nonces('threshold', String(salt));
          const dealings = Array.from({ length: n }, (_, d) => deal(Array.from({ length: k }, (_, j) => nonces.get(d, j)), n));
          const keyShare = (i: number) => mod(dealings.reduce((s, d) => s + d.shares[i - 1], 0n));
          const secret = mod(dealings.reduce((s, _, d) => s + nonces.get(d, 0), 0n)); // Σ of the constant terms
          const pk = electionKey(dealings);
          expect(pk.equals(gmul(secret))).toBe(true);
          const ct = encrypt(pk, BigInt(m), nonces.get(99));
          const partial = (i: number) => partialDecrypt(i, keyShare(i), ct.a, nonces.get(100, i), context);
          const chosen = order.slice(0, k);
          for (const i of chosen) {
            expect(verificationKey(dealings, i).equals(gmul(keyShare(i)))).toBe(true);
            expect(verifyPartial(partial(i), verificationKey(dealings, i), ct.a, context)).toBe(true);
          }
          expect(table.find(ct.b.subtract(combinePartials(chosen.map(partial))))).toBe(m);
          if (k >= 2) expect(table.find(ct.b.subtract(combinePartials(chosen.slice(1).map(partial))))).toBeNull();
        },
      ),
      { numRuns: 12 },
    );
  });

  it('Lagrange coefficients at 0 interpolate: Σ λ_i·f(i) = f(0) for a known polynomial', () => {
    const f = (x: bigint) => mod(7n + 5n * x + 3n * x * x);
    for (const set of [[1, 2, 3], [2, 4, 5], [1, 3, 7]]) expect(mod(set.reduce((s, i) => s + lagrangeAtZero(i, set) * f(BigInt(i)), 0n))).toBe(7n);
    expect(() => combinePartials([partialDecrypt(1, 5n, G, 6n, context), partialDecrypt(1, 5n, G, 7n, context)])).toThrow('a trustee appears twice');
  });

  it('commitments catch a wrong share, and verification keys match committed shares', () => {
    const nonces = new Nonces('threshold', 'commitments');
    const d = deal([nonces.get(0), nonces.get(1), nonces.get(2)], 4);
    d.shares.forEach((s, i) => expect(shareIsValid(d.commitments, i + 1, s)).toBe(true));
    expect(shareIsValid(d.commitments, 2, d.shares[2])).toBe(false);
    expect(committedShare(d.commitments, 3).equals(mul(G, d.shares[2]))).toBe(true);
  });

  it('a partial decryption round-trips through bytes and still verifies; another trustee’s key rejects it', () => {
    const nonces = new Nonces('threshold', 'bytes');
    const dealings = [0, 1, 2].map((d) => deal([nonces.get(d, 0), nonces.get(d, 1)], 3));
    const share = mod(dealings.reduce((s, d) => s + d.shares[2], 0n));
    const A = gmul(nonces.get(50));
    const back = decodePartial(encodePartial(partialDecrypt(3, share, A, nonces.get(51), context)));
    expect(verifyPartial(back, verificationKey(dealings, 3), A, context)).toBe(true);
    expect(verifyPartial(back, verificationKey(dealings, 2), A, context)).toBe(false);
    expect(verifyPartial(back, verificationKey(dealings, 3), A, utf8ToBytes('another tally'))).toBe(false);
  });
});

describe('baby-step giant-step', () => {
  it('finds every count across the giant-step batches (8, 16, 32, … steps), and nothing beyond max', () => {
    const big = new DlogTable(20_000, 50); // 401 giant steps: batches 8, 16, 32, 64, 128, 153
    for (const m of [0, 1, 49, 50, 399, 400, 1199, 1200, 1201, 3199, 3200, 6399, 6400, 12_799, 12_800, 19_999, 20_000]) expect(big.find(gmul(BigInt(m))), `m = ${m}`).toBe(m);
    expect(big.find(gmul(20_001n))).toBeNull();
    expect(big.find(gmul(123_456_789n))).toBeNull();
    expect(big.find(Point.ZERO)).toBe(0);
    expect(new DlogTable(0).find(Point.ZERO)).toBe(0);
    expect(new DlogTable(0).find(G)).toBeNull();
  });
});
