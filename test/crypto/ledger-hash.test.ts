import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToHex, encodeTagged, ENTRY_PREIMAGE_BYTES, ENTRY_TAG, EntryHasher, entryHash, GENESIS, hexToBytes, u32be } from '../../src/crypto/index.ts';

const token = hexToBytes('0102030405060708');
const fields = { index: 0, unixSeconds: 1_631_854_800, districtId: 197, token, choice: 1 };

describe('ledger entry hash', () => {
  it('is SHA-256 of the documented tagged encoding (checked with node:crypto)', () => {
    const preimage = encodeTagged(ENTRY_TAG, [GENESIS, u32be(0), u32be(1_631_854_800), u32be(197), token, Uint8Array.of(1)]);
    expect(preimage.length).toBe(ENTRY_PREIMAGE_BYTES);
    const hasher = new EntryHasher();
    const h = hasher.hash(GENESIS, 0, 0, 1_631_854_800, 197, token, 0, 1);
    expect(bytesToHex(hasher.lastPreimage())).toBe(bytesToHex(preimage));
    expect(bytesToHex(h)).toBe(createHash('sha256').update(preimage).digest('hex'));
    expect(entryHash(GENESIS, fields)).toEqual(h);
  });

  it('matches the worked vector in docs/record-format.md', () => {
    const first = entryHash(GENESIS, fields);
    const second = entryHash(first, { ...fields, index: 1, unixSeconds: 1_631_854_861, choice: 0 });
    expect(bytesToHex(first)).toBe(VECTOR.first);
    expect(bytesToHex(second)).toBe(VECTOR.second);
  });

  it('changes when any field or the previous hash changes', () => {
    const base = bytesToHex(entryHash(GENESIS, fields));
    const variants = [
      entryHash(new Uint8Array(32).fill(1), fields),
      entryHash(GENESIS, { ...fields, index: 1 }),
      entryHash(GENESIS, { ...fields, unixSeconds: fields.unixSeconds + 1 }),
      entryHash(GENESIS, { ...fields, districtId: 198 }),
      entryHash(GENESIS, { ...fields, token: hexToBytes('0102030405060709') }),
      entryHash(GENESIS, { ...fields, choice: 2 }),
    ].map(bytesToHex);
    expect(new Set([base, ...variants]).size).toBe(7);
  });
});

const VECTOR = {
  first: '5779d98513de788490abdd222e5bca711c1061a73dc9e541b12644ad22bb2642',
  second: '80e0fc193c0f4c28f67e25206528997be63615f6b31aba28d7ee71a7fb4cab97',
};
