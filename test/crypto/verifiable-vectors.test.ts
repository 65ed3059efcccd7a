/**
 * The worked vectors of docs/verifiable-crypto.md: recomputed here from their fixed nonces, checked
 * to verify, checked against an independent recomputation of each transcript hash from the byte
 * layout the doc describes (node:crypto SHA-512, no project encoder), and found verbatim in the doc.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { encryptBallot } from '../../src/crypto/ballot.ts';
import { ballotDigest, decodeBallot, encodeBallot } from '../../src/crypto/ballot-codec.ts';
import { ballotProblem } from '../../src/crypto/ballot-verify.ts';
import { encodeTagged, u32be } from '../../src/crypto/encoding.ts';
import { G, gmul, mod, mul, ORDER, scalarFromWide, scalarToBytes } from '../../src/crypto/group.ts';
import { Nonces } from '../../src/crypto/nonces.ts';
import { encodePartial, partialDecrypt, verifyPartial } from '../../src/crypto/threshold.ts';

// vectors:begin
const hex = (b: Uint8Array) => bytesToHex(b);
const sc = (k: bigint) => bytesToHex(scalarToBytes(k));

/** Every value of the doc's vectors, as lowercase hex (scalars as their 32-byte little-endian encoding). */
function computeVectors() {
  const electionSecret = new Nonces('tally-lab/vectors', 'election').get(0);
  const pk = gmul(electionSecret);
  const context = utf8ToBytes('classroom/2021#197');
  const nonces = new Nonces('tally-lab/vectors', 'ballot');
  const { ballot, randomness } = encryptBallot(pk, 1, 3, nonces, 0, context);
  const bytes = encodeBallot(ballot);
  const ct = ballot.ciphertexts[1];
  const p = ballot.proofs[1];
  const zeroOnePreimage = encodeTagged('tally-lab/proof/zero-or-one@2', [context, pk.toBytes(), u32be(1), ...[ct.a, ct.b, p.t0a, p.t0b, p.t1a, p.t1b].map((P) => P.toBytes())]);
  const sumPreimage = encodeTagged('tally-lab/proof/ballot-sum@1', [context, pk.toBytes(), u32be(3), bytes.subarray(0, 192), ballot.sumProof.ta.toBytes(), ballot.sumProof.tb.toBytes()]);
  const keyShare = new Nonces('tally-lab/vectors', 'trustee').get(2);
  const partialNonce = new Nonces('tally-lab/vectors', 'trustee').get(2, 1);
  const A = ballot.ciphertexts[0].a;
  const partial = partialDecrypt(2, keyShare, A, partialNonce, context);
  const t1 = gmul(partialNonce);
  const t2 = mul(A, partialNonce);
  const partialPreimage = encodeTagged('tally-lab/proof/chaum-pedersen@1', [context, ...[G, A, gmul(keyShare), partial.share, t1, t2].map((P) => P.toBytes())]);
  return {
    raw: { pk, context, ballot, bytes, partial, keyShare, A },
    hex: {
      electionSecret: sc(electionSecret),
      electionKey: hex(pk.toBytes()),
      r1: sc(randomness[1]),
      w1: sc(nonces.get(0, 1, 1)),
      fakeC1: sc(nonces.get(0, 1, 2)),
      fakeZ1: sc(nonces.get(0, 1, 3)),
      a1: hex(ct.a.toBytes()),
      b1: hex(ct.b.toBytes()),
      t0a: hex(p.t0a.toBytes()),
      t0b: hex(p.t0b.toBytes()),
      t1a: hex(p.t1a.toBytes()),
      t1b: hex(p.t1b.toBytes()),
      zeroOnePreimage: hex(zeroOnePreimage),
      zeroOneChallenge: sc(scalarFromWide(sha512(zeroOnePreimage))),
      c0: sc(p.c0),
      z0: sc(p.z0),
      z1: sc(p.z1),
      sumR: sc(mod(randomness.reduce((s, r) => s + r, 0n))),
      sumW: sc(nonces.get(0, 3, 4)),
      ta: hex(ballot.sumProof.ta.toBytes()),
      tb: hex(ballot.sumProof.tb.toBytes()),
      sumPreimage: hex(sumPreimage),
      sumChallenge: sc(scalarFromWide(sha512(sumPreimage))),
      sumZ: sc(ballot.sumProof.z),
      ballot: hex(bytes),
      ballotDigest: hex(ballotDigest(bytes)),
      keyShare: sc(keyShare),
      verificationKey: hex(gmul(keyShare).toBytes()),
      partialNonce: sc(partialNonce),
      partialA: hex(A.toBytes()),
      partialShare: hex(partial.share.toBytes()),
      partialT1: hex(t1.toBytes()),
      partialT2: hex(t2.toBytes()),
      partialPreimage: hex(partialPreimage),
      partialC: sc(partial.proof.c),
      partialZ: sc(partial.proof.z),
      partialEncoded: hex(encodePartial(partial)),
    },
  };
}
// vectors:end

/** SHA-512 of a preimage as a scalar (little-endian, reduced), computed without the project's code. */
const nodeHashToScalar = (preimage: string) => {
  const digest = createHash('sha512').update(Buffer.from(preimage, 'hex')).digest();
  let x = 0n;
  for (let i = digest.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(digest[i]);
  return sc(x % ORDER);
};

const fromLittleEndian = (h: string) => BigInt(`0x${Buffer.from(h, 'hex').reverse().toString('hex')}`);

describe('docs/verifiable-crypto.md test vectors', () => {
  const { raw, hex: v } = computeVectors();
  const doc = readFileSync('docs/verifiable-crypto.md', 'utf8');

  it('the vectors verify, and each challenge is SHA-512 of the documented preimage', () => {
    expect(ballotProblem(raw.pk, decodeBallot(raw.bytes, 3), 3, raw.context)).toBeNull();
    expect(verifyPartial(raw.partial, gmul(raw.keyShare), raw.A, raw.context)).toBe(true);
    expect(v.zeroOneChallenge).toBe(nodeHashToScalar(v.zeroOnePreimage));
    expect(v.sumChallenge).toBe(nodeHashToScalar(v.sumPreimage));
    expect(v.partialC).toBe(nodeHashToScalar(v.partialPreimage));
    // The documented equations hold on the documented values: branch 1 with c1 = c − c0, and the sum's first equation.
    const c = fromLittleEndian(v.zeroOneChallenge);
    const p = raw.ballot.proofs[1];
    expect(gmul(p.z1).equals(p.t1a.add(mul(raw.ballot.ciphertexts[1].a, mod(c - p.c0))))).toBe(true);
    const total = raw.ballot.ciphertexts.reduce((s, x) => s.add(x.a), gmul(0n));
    expect(gmul(raw.ballot.sumProof.z).equals(raw.ballot.sumProof.ta.add(mul(total, fromLittleEndian(v.sumChallenge))))).toBe(true);
    expect(v.ballotDigest).toBe(createHash('sha256').update(Buffer.from(encodeTagged('tally-lab/ballot-digest@1', [raw.bytes]))).digest('hex'));
    expect(v.ballot.length).toBe(2 * (288 * 3 + 96));
  });

  it('every vector appears verbatim in the doc, each on a line of its own', () => {
    const lines = new Set(doc.split('\n'));
    for (const [name, value] of Object.entries(v)) expect(lines.has(value), `${name} (${value.slice(0, 16)}…) in docs/verifiable-crypto.md`).toBe(true);
  });

  it('the doc states the vectors’ inputs', () => {
    for (const text of ["Nonces('tally-lab/vectors', 'election').get(0)", "Nonces('tally-lab/vectors', 'ballot')", "Nonces('tally-lab/vectors', 'trustee').get(2)", '`classroom/2021#197`', 'choice 1 among 3 candidates']) expect(doc).toContain(text);
  });
});
