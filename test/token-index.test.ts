import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesWithToken, indexByToken } from '../src/core/ledger/token-index.ts';

/** The index's definition: entry indices sorted by the 8 token bytes, then by index. */
function referenceOrder(tokens: Uint8Array, count: number): number[] {
  const key = (i: number) => Array.from(tokens.subarray(i * 8, i * 8 + 8), (b) => b.toString(16).padStart(2, '0')).join('');
  return Array.from({ length: count }, (_, i) => i).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
}

/** Tokens drawn from a small pool of halves, so equal first halves (with different second halves) and re-votes are common. */
const ledgerTokens = fc
  .tuple(fc.array(fc.uint8Array({ minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.array(fc.uint8Array({ minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }))
  .chain(([his, los]) => fc.array(fc.tuple(fc.constantFrom(...his), fc.constantFrom(...los)), { maxLength: 300 }))
  .map((pairs) => {
    const tokens = new Uint8Array(pairs.length * 8);
    pairs.forEach(([h, l], i) => {
      tokens.set(h, i * 8);
      tokens.set(l, i * 8 + 4);
    });
    return { tokens, count: pairs.length };
  });

describe('indexByToken', () => {
  it('orders entries by token, then by ledger index (against a plain sort)', () => {
    fc.assert(
      fc.property(ledgerTokens, ({ tokens, count }) => {
        expect(Array.from(indexByToken(tokens, count).order)).toEqual(referenceOrder(tokens, count));
      }),
      { numRuns: 300 },
    );
  });

  it('orders random tokens that differ in every byte, over both 16-bit digits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8 * 400 }).map((b) => b.subarray(0, b.length - (b.length % 8))), (tokens) => {
        expect(Array.from(indexByToken(tokens, tokens.length / 8).order)).toEqual(referenceOrder(tokens, tokens.length / 8));
      }),
      { numRuns: 100 },
    );
  });

  it('finds every entry of a token, in ledger order', () => {
    fc.assert(
      fc.property(ledgerTokens, ({ tokens, count }) => {
        const index = indexByToken(tokens, count);
        for (let i = 0; i < count; i++) {
          const token = tokens.subarray(i * 8, i * 8 + 8);
          const want = Array.from({ length: count }, (_, j) => j).filter((j) => tokens.subarray(j * 8, j * 8 + 8).every((b, k) => b === token[k]));
          expect(entriesWithToken(index, token)).toEqual(want);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('indexByToken on a crafted ledger', () => {
  it('sorts a long run of tokens sharing their first half (descending second halves) correctly and fast', () => {
    const count = 200_000;
    const tokens = new Uint8Array(count * 8);
    const view = new DataView(tokens.buffer);
    for (let i = 0; i < count; i++) {
      view.setUint32(i * 8, 0xdeadbeef);
      view.setUint32(i * 8 + 4, count - Math.floor(i / 2));
    }
    const { order } = indexByToken(tokens, count);
    let outOfOrder = 0;
    for (let k = 1; k < count; k++) {
      const a = order[k - 1];
      const b = order[k];
      const la = view.getUint32(a * 8 + 4);
      const lb = view.getUint32(b * 8 + 4);
      if (!(la < lb || (la === lb && a < b))) outOfOrder++;
    }
    expect(new Set(order).size).toBe(count);
    expect(outOfOrder).toBe(0);
  });
});
