import { describe, expect, it } from 'vitest';
import { aliasDraw, aliasTable } from '../src/core/base/alias.ts';
import { aleaStreams } from '../src/core/base/random.ts';

describe('alias sampling', () => {
  it('draws each index with its weight (within 4 standard errors over 400,000 draws)', () => {
    const weights = [5, 0, 1, 3, 0.5, 0.5];
    const total = weights.reduce((a, b) => a + b, 0);
    const table = aliasTable(weights);
    const rng = aleaStreams('alias', 'test');
    const n = 400_000;
    const counts = new Array(weights.length).fill(0);
    for (let i = 0; i < n; i++) counts[aliasDraw(table, rng)]++;
    weights.forEach((w, i) => {
      const p = w / total;
      const se = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(counts[i] - n * p), `index ${i}`).toBeLessThanOrEqual(4 * se + 1e-9);
    });
    expect(counts[1]).toBe(0);
  });

  it('rejects weights it cannot sample', () => {
    expect(() => aliasTable([])).toThrow(RangeError);
    expect(() => aliasTable([0, 0])).toThrow('at least one positive weight');
    expect(() => aliasTable([1, -1])).toThrow('weight 1 is -1');
  });
});
