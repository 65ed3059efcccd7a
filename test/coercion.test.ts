/**
 * Workplace pressure and postponed votes: pressured voters escape by re-voting in private at the
 * scenario's escape rate; an employer holding receipts sees escapes only through pseudonyms on a
 * public ledger (and then voters do not try); a re-voting deadline refuses late re-votes.
 */
import { describe, expect, it } from 'vitest';
import { escapeIsVisible } from '../src/core/casting/casting.ts';
import { defaultScenario, runSimulation, type ScenarioInput, type SimulationResult } from '../src/core/index.ts';
import { smallCity } from './helpers.ts';

const totals = (r: SimulationResult) => {
  const sum = (k: keyof SimulationResult['districts'][number]['coercion']) => r.districts.reduce((a, d) => a + d.coercion[k], 0);
  return { coerced: sum('coerced'), escaped: sum('escaped'), deterred: sum('deterred'), refused: sum('refused') };
};

const city = () =>
  smallCity({
    districts: [
      { id: 11, name: 'North', registered: 20_000 },
      { id: 12, name: 'South', registered: 16_000, lean: { unity: 0.1 } },
    ],
  });
const run = (changes: ScenarioInput) => runSimulation({ ...city(), ...changes }, { seed: 'coercion' });

describe('coercion and postponed votes', () => {
  it('an employer sees an escape only with the receipt, a public ledger and pseudonyms', () => {
    for (const demands of ['watch', 'receipt'] as const) {
      for (const ledger of ['public', 'private'] as const) {
        for (const revoteResolution of ['public', 'private'] as const) {
          const s = defaultScenario();
          const visible = escapeIsVisible({ ...s, mobilisation: { ...s.mobilisation, demands }, verifiability: { ...s.verifiability, ledger, revoteResolution } });
          expect(visible).toBe(demands === 'receipt' && ledger === 'public' && revoteResolution === 'public');
        }
      }
    }
  });

  it('pressured voters escape at the escape rate when nobody can see them, and are deterred when the employer can', () => {
    const base = city();
    const hidden = totals(run({ mobilisation: { ...base.mobilisation, demands: 'receipt' } }));
    expect(hidden.coerced).toBeGreaterThan(500);
    expect(hidden.deterred).toBe(0);
    expect(hidden.refused).toBe(0);
    // Binomial: within 4 standard errors of the escape rate.
    const rate = defaultScenario().revoting.escapeRate;
    const se = Math.sqrt((rate * (1 - rate)) / hidden.coerced);
    expect(Math.abs(hidden.escaped / hidden.coerced - rate)).toBeLessThan(4 * se);

    const seen = totals(run({ mobilisation: { ...base.mobilisation, demands: 'receipt' }, verifiability: { ...base.verifiability, ledger: 'public', revoteResolution: 'public' } }));
    expect(seen.coerced).toBe(hidden.coerced);
    expect(seen.escaped).toBe(0);
    expect(Math.abs(seen.deterred / seen.coerced - rate)).toBeLessThan(4 * se);
  });

  it('a re-voting deadline refuses late escapes, more of them the earlier it falls, and none under no re-voting at all', () => {
    const base = city();
    const at = (deadlineHours: number) => totals(run({ revoting: { ...base.revoting, deadlineHours } }));
    const [none, day, twoDays] = [at(0), at(24), at(48)];
    expect(none.refused).toBe(0);
    expect(day.refused).toBeGreaterThan(0);
    expect(twoDays.refused).toBeGreaterThan(day.refused);
    expect(twoDays.escaped).toBeLessThan(day.escaped);
    for (const t of [none, day, twoDays]) expect(t.escaped + t.refused).toBeLessThanOrEqual(t.coerced);
    const noRevotes = totals(run({ revoting: { ...base.revoting, policy: 'none' } }));
    expect(noRevotes).toMatchObject({ escaped: 0, deterred: 0, refused: 0 });
  });
});
