/**
 * Signed checkpoints: the worked vector of docs/record-format.md, tamper rejection, and a check
 * that the doc's vectors (entry preimages and hashes, checkpoint) appear in it verbatim.
 */
import { createHash, createPublicKey, verify as nodeVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import {
  bytesToHex,
  checkpointMessage,
  encodeTagged,
  ENTRY_TAG,
  entryHash,
  GENESIS,
  hexToBytes,
  operatorKeys,
  signCheckpoint,
  u32be,
  verifyCheckpoint,
  type CheckpointBody,
} from '../../src/crypto/index.ts';

/** The two chained entries of test/crypto/ledger-hash.test.ts. */
const token = hexToBytes('0102030405060708');
const FIRST = { index: 0, unixSeconds: 1_631_854_800, districtId: 197, token, choice: 1 };
const SECOND = { ...FIRST, index: 1, unixSeconds: 1_631_854_861, choice: 0 };

const ENTRY_VECTOR = {
  firstPreimage:
    '0000001874616c6c792d6c61622f6c65646765722d656e7472794031000000200000000000000000000000000000000000000000000000000000000000000000000000040000000000000004614420d000000004000000c50000000801020304050607080000000101',
  first: '5779d98513de788490abdd222e5bca711c1061a73dc9e541b12644ad22bb2642',
  secondPreimage:
    '0000001874616c6c792d6c61622f6c65646765722d656e7472794031000000205779d98513de788490abdd222e5bca711c1061a73dc9e541b12644ad22bb26420000000400000001000000046144210d00000004000000c50000000801020304050607080000000100',
  second: '80e0fc193c0f4c28f67e25206528997be63615f6b31aba28d7ee71a7fb4cab97',
};

const CHECKPOINT_VECTOR = {
  secretKey: '0101010101010101010101010101010101010101010101010101010101010101',
  electionId: 'classroom/2021',
  count: 2,
  head: ENTRY_VECTOR.second,
  unixSeconds: 1_631_876_400,
  message:
    '0000001674616c6c792d6c61622f636865636b706f696e7440310000000e636c617373726f6f6d2f3230323100000004000000020000002080e0fc193c0f4c28f67e25206528997be63615f6b31aba28d7ee71a7fb4cab970000000461447530',
  publicKey: '8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c',
  signature:
    'f6651c480b3fe2bc64f0ed196529ddfccd259993480ec4f5e4caefb6ddba98818e573cfd68f761972ae727354ba7b968268d9c3985b9930a6cf5b74e2090f00a',
};

const body: CheckpointBody = { electionId: CHECKPOINT_VECTOR.electionId, count: CHECKPOINT_VECTOR.count, head: hexToBytes(CHECKPOINT_VECTOR.head), unixSeconds: CHECKPOINT_VECTOR.unixSeconds };
const publicKey = hexToBytes(CHECKPOINT_VECTOR.publicKey);
const signature = hexToBytes(CHECKPOINT_VECTOR.signature);
const message = hexToBytes(CHECKPOINT_VECTOR.message);

/** Every single-byte change of `bytes` (one bit flipped, at each position). */
const flips = (bytes: Uint8Array) =>
  Array.from(bytes, (_, at) => {
    const copy = bytes.slice();
    copy[at] ^= 1 << at % 8;
    return copy;
  });

describe('checkpoint signature', () => {
  it('reproduces the documented message, public key and signature', () => {
    const keys = operatorKeys(hexToBytes(CHECKPOINT_VECTOR.secretKey));
    expect(bytesToHex(keys.publicKey)).toBe(CHECKPOINT_VECTOR.publicKey);
    expect(bytesToHex(checkpointMessage(body))).toBe(CHECKPOINT_VECTOR.message);
    expect(bytesToHex(signCheckpoint(body, keys.secretKey))).toBe(CHECKPOINT_VECTOR.signature);
  });

  it('the message is the documented tagged encoding, 82 + len(electionId) bytes', () => {
    const expected = encodeTagged('tally-lab/checkpoint@1', [new TextEncoder().encode(body.electionId), u32be(body.count), body.head, u32be(body.unixSeconds)]);
    expect(bytesToHex(expected)).toBe(CHECKPOINT_VECTOR.message);
    expect(message.length).toBe(82 + body.electionId.length);
  });

  it('verifies, here and with an independent Ed25519 (node:crypto, OpenSSL)', () => {
    expect(verifyCheckpoint(body, signature, publicKey)).toBe(true);
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]);
    const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    expect(nodeVerify(null, message, key, signature)).toBe(true);
  });

  it('rejects a changed field of the checkpoint', () => {
    const head = body.head.slice();
    head[31] ^= 1;
    for (const changed of [{ ...body, electionId: 'classroom/2022' }, { ...body, count: 3 }, { ...body, head }, { ...body, unixSeconds: body.unixSeconds + 1 }]) {
      expect(verifyCheckpoint(changed, signature, publicKey)).toBe(false);
    }
  });

  it('rejects every changed byte of the message, the signature and the public key', () => {
    for (const m of flips(message)) expect(ed25519.verify(signature, m, publicKey)).toBe(false);
    for (const s of flips(signature)) expect(verifyCheckpoint(body, s, publicKey)).toBe(false);
    for (const k of flips(publicKey)) expect(verifyCheckpoint(body, signature, k)).toBe(false);
  });

  it('rejects a signature or key of the wrong length without throwing', () => {
    expect(verifyCheckpoint(body, signature.subarray(0, 63), publicKey)).toBe(false);
    expect(verifyCheckpoint(body, signature, publicKey.subarray(0, 31))).toBe(false);
  });
});

describe('docs/record-format.md test vectors', () => {
  const doc = readFileSync('docs/record-format.md', 'utf8');

  it('the entry vectors are right (recomputed, and with node:crypto SHA-256)', () => {
    const pre1 = encodeTagged(ENTRY_TAG, [GENESIS, u32be(0), u32be(FIRST.unixSeconds), u32be(FIRST.districtId), token, Uint8Array.of(FIRST.choice)]);
    const first = entryHash(GENESIS, FIRST);
    const pre2 = encodeTagged(ENTRY_TAG, [first, u32be(1), u32be(SECOND.unixSeconds), u32be(SECOND.districtId), token, Uint8Array.of(SECOND.choice)]);
    expect(pre1.length).toBe(105);
    expect(bytesToHex(pre1)).toBe(ENTRY_VECTOR.firstPreimage);
    expect(bytesToHex(pre2)).toBe(ENTRY_VECTOR.secondPreimage);
    expect(createHash('sha256').update(pre1).digest('hex')).toBe(ENTRY_VECTOR.first);
    expect(createHash('sha256').update(pre2).digest('hex')).toBe(ENTRY_VECTOR.second);
    expect(bytesToHex(first)).toBe(ENTRY_VECTOR.first);
    expect(bytesToHex(entryHash(first, SECOND))).toBe(ENTRY_VECTOR.second);
  });

  it('every vector appears verbatim in the doc, each on a line of its own', () => {
    const lines = new Set(doc.split('\n'));
    for (const [name, hex] of Object.entries({ ...ENTRY_VECTOR, ...CHECKPOINT_VECTOR })) {
      if (typeof hex !== 'string' || !/^[0-9a-f]{64,}$/.test(hex)) continue;
      expect(lines.has(hex), `${name} (${hex}) in docs/record-format.md`).toBe(true);
    }
  });

  it('the doc states the checkpoint inputs and the entry fields of the vectors', () => {
    expect(doc).toContain(`\`electionId\` \`"${CHECKPOINT_VECTOR.electionId}"\``);
    expect(doc).toContain(`\`count\` ${CHECKPOINT_VECTOR.count}`);
    expect(doc).toContain(`\`unixSeconds\` ${CHECKPOINT_VECTOR.unixSeconds}`);
    expect(doc).toContain(`| first | 0 | ${FIRST.unixSeconds} (2021-09-17T05:00:00Z) | ${FIRST.districtId} | \`${bytesToHex(token)}\` | ${FIRST.choice} |`);
    expect(doc).toContain(`| second | 1 | ${SECOND.unixSeconds} (2021-09-17T05:01:01Z) | ${SECOND.districtId} | \`${bytesToHex(token)}\` | ${SECOND.choice} |`);
    expect(doc).toContain('32 bytes 0x01');
  });
});
