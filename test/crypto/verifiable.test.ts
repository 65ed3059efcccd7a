/**
 * The verifiable mode's cryptography: ElGamal round trips, ballot proofs (and forgeries that must
 * fail), threshold decryption (any k trustees decrypt, k-1 cannot, a cheating trustee is caught),
 * and the homomorphic tally equal to the plaintext tally.
 */
import fc from 'fast-check';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { encryptBallot, sumCiphertexts, type EncryptedBallot } from '../../src/crypto/ballot.ts';
import { proveZeroOrOne } from '../../src/crypto/ballot-proofs.ts';
import { ballotProblem } from '../../src/crypto/ballot-verify.ts';
import { DlogTable } from '../../src/crypto/dlog.ts';
import { addCiphertexts, decryptToPoint, encrypt, opens, ZERO_CIPHERTEXT } from '../../src/crypto/elgamal.ts';
import { fixedBase, G, gmul, mod, mul } from '../../src/crypto/group.ts';
import { Nonces } from '../../src/crypto/nonces.ts';
import { combinePartials, deal, electionKey, partialDecrypt, shareIsValid, verificationKey, verifyPartial } from '../../src/crypto/threshold.ts';

const nonces = new Nonces('test', 'verifiable');
const sk = nonces.get(1_000_000);
const pk = gmul(sk);
const ctx = (s: string) => utf8ToBytes(s);

describe('exponential ElGamal', () => {
  it('decrypts small messages through the dlog table, and adds homomorphically', () => {
    const table = new DlogTable(10_000);
    for (const m of [0, 1, 2, 37, 9_999, 10_000]) {
      const c = encrypt(pk, BigInt(m), nonces.get(m, 7));
      expect(table.find(decryptToPoint(sk, c))).toBe(m);
      expect(opens(pk, c, BigInt(m), nonces.get(m, 7))).toBe(true);
      expect(opens(pk, c, BigInt(m + 1), nonces.get(m, 7))).toBe(false);
    }
    const sum = addCiphertexts(encrypt(pk, 20n, nonces.get(1)), encrypt(pk, 22n, nonces.get(2)));
    expect(table.find(decryptToPoint(sk, sum))).toBe(42);
    expect(new DlogTable(100).find(gmul(101n))).toBeNull();
  });
});

describe('ballot proofs', () => {
  const K = 4;
  const make = (choice: number, index: number) => encryptBallot(pk, choice, K, nonces, index, ctx(`ballot-${index}`)).ballot;

  it('verify for every choice', () => {
    for (let choice = 0; choice < K; choice++) expect(ballotProblem(pk, make(choice, choice), K, ctx(`ballot-${choice}`))).toBeNull();
  });

  it('fail for a ciphertext of 2', () => {
    const b = make(0, 50);
    const r = nonces.get(50);
    const two = encrypt(pk, 2n, r);
    // The best a cheater can do: run the prover as if the message were 1.
    const proof = proveZeroOrOne(fixedBase(pk), [two.a.toBytes(), two.b.toBytes()], 1, r, { w: nonces.get(51), fakeC: nonces.get(52), fakeZ: nonces.get(53) }, 0, ctx('ballot-50'));
    const forged: EncryptedBallot = { ...b, ciphertexts: [two, ...b.ciphertexts.slice(1)], proofs: [proof, ...b.proofs.slice(1)] };
    expect(ballotProblem(pk, forged, K, ctx('ballot-50'))).toBe('candidate 0: the proof that it encrypts 0 or 1 fails');
    // The same prover on an honest 1 passes: the failure above is the 2's.
    const one = encrypt(pk, 1n, r);
    const honest = proveZeroOrOne(fixedBase(pk), [one.a.toBytes(), one.b.toBytes()], 1, r, { w: nonces.get(51), fakeC: nonces.get(52), fakeZ: nonces.get(53) }, 0, ctx('ballot-50'));
    const c = make(0, 50);
    expect(ballotProblem(pk, { ...c, ciphertexts: [one, ...c.ciphertexts.slice(1)], proofs: [honest, ...c.proofs.slice(1)] }, K, ctx('ballot-50'))).toBe('the proof that the ballot holds exactly one choice fails');
  });

  it('fail for two choices (each ciphertext proves 0-or-1, the sum proof does not)', () => {
    const a = make(0, 60);
    const b = make(1, 60);
    const forged: EncryptedBallot = { ...a, ciphertexts: [a.ciphertexts[0], b.ciphertexts[1], a.ciphertexts[2], a.ciphertexts[3]], proofs: [a.proofs[0], b.proofs[1], a.proofs[2], a.proofs[3]] };
    expect(ballotProblem(pk, forged, K, ctx('ballot-60'))).toBe('the proof that the ballot holds exactly one choice fails');
  });

  it('fail when moved to another ballot, or with a wrong challenge', () => {
    const b = make(2, 70);
    expect(ballotProblem(pk, b, K, ctx('ballot-71'))).toMatch(/fails/);
    const wrong = { ...b, proofs: b.proofs.map((p, k) => (k === 1 ? { ...p, c0: mod(p.c0 + 1n) } : p)) };
    expect(ballotProblem(pk, wrong, K, ctx('ballot-70'))).toBe('candidate 1: the proof that it encrypts 0 or 1 fails');
    const badSum = { ...b, sumProof: { ...b.sumProof, z: mod(b.sumProof.z + 1n) } };
    expect(ballotProblem(pk, badSum, K, ctx('ballot-70'))).toBe('the proof that the ballot holds exactly one choice fails');
  });
});

describe('threshold decryption (3 of 5)', () => {
  const n = 5;
  const k = 3;
  const dealings = Array.from({ length: n }, (_, t) => deal(Array.from({ length: k }, (_, j) => nonces.get(900 + t, j)), n));
  const keyShare = (i: number) => mod(dealings.reduce((s, d) => s + d.shares[i - 1], 0n));
  const key = electionKey(dealings);
  const message = encrypt(key, 1234n, nonces.get(5));
  const table = new DlogTable(5000);
  const partial = (i: number) => partialDecrypt(i, keyShare(i), message.a, nonces.get(7000 + i), ctx('tally'));

  it('every share matches its dealer’s commitments', () => {
    dealings.forEach((d) => d.shares.forEach((s, i) => expect(shareIsValid(d.commitments, i + 1, s)).toBe(true)));
    expect(shareIsValid(dealings[0].commitments, 1, mod(dealings[0].shares[0] + 1n))).toBe(false);
  });

  it('any 3 trustees decrypt; 2 cannot', () => {
    for (const set of [
      [1, 2, 3],
      [1, 3, 5],
      [2, 4, 5],
      [3, 4, 5],
    ]) {
      const Ax = combinePartials(set.map(partial));
      expect(table.find(message.b.subtract(Ax))).toBe(1234);
    }
    expect(table.find(message.b.subtract(combinePartials([1, 2].map(partial))))).toBeNull();
  });

  it('a partial decryption verifies against the trustee’s verification key; a wrong one is caught', () => {
    const good = partial(2);
    expect(verifyPartial(good, verificationKey(dealings, 2), message.a, ctx('tally'))).toBe(true);
    const cheat = { ...good, share: good.share.add(G) };
    expect(verifyPartial(cheat, verificationKey(dealings, 2), message.a, ctx('tally'))).toBe(false);
    expect(verifyPartial(good, verificationKey(dealings, 3), message.a, ctx('tally'))).toBe(false);
  });
});

describe('homomorphic tally', () => {
  it('decrypts to the plaintext tally (property)', () => {
    const table = new DlogTable(64);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 0, maxLength: 12 }), fc.integer({ min: 0, max: 1e6 }), (choices, salt) => {
        const ballots = choices.map((c, i) => encryptBallot(pk, c, 3, new Nonces('tally', String(salt)), i, ctx(`b${i}`)).ballot);
        for (let k = 0; k < 3; k++) {
          const total = ballots.reduce((acc, b) => addCiphertexts(acc, b.ciphertexts[k]), ZERO_CIPHERTEXT);
          expect(table.find(decryptToPoint(sk, total))).toBe(choices.filter((c) => c === k).length);
        }
      }),
      { numRuns: 15 },
    );
    expect(sumCiphertexts([])).toBe(ZERO_CIPHERTEXT);
    expect(mul(G, 0n).equals(ZERO_CIPHERTEXT.a)).toBe(true);
  });
});
