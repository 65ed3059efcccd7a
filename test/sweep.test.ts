/**
 * Sweeps: observed detection rates against the closed form within their binomial band, the stage
 * memo (memoised rows equal fresh ones; the keys list what each stage reads), and file validation.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregateSweep,
  castingKey,
  checkSweep,
  parseScenario,
  parseSweep,
  publicationKey,
  runSweepSeed,
  scenarioSchema,
  simulate,
  StageMemo,
  wilsonInterval,
  type PointSummary,
  type Sweep,
  type SweepRow,
} from '../src/core/index.ts';
import { findPreset, presetNames } from '../src/content/presets/index.ts';
import receiptChecks from '../src/content/sweeps/receipt-checks.json' with { type: 'json' };
import { SMALL_CITY, smallSweep } from './sweep-helpers.ts';

const SEEDS = 80;
const parse = (input: unknown) => parseSweep(input, findPreset, presetNames);
const runAll = (sweep: Sweep): SweepRow[] => Array.from({ length: sweep.seeds.count }, (_, s) => runSweepSeed(sweep, s)).flat();

// Bonferroni: the 4 points' bands hold together with at least 95 % (per point 1 - 0.05 / 4: z = 2.50).
const Z_FAMILY_OF_4 = 2.5;
const inFamilyBand = (p: PointSummary) => {
  const { low, high } = wilsonInterval(p.detections, p.runs, Z_FAMILY_OF_4);
  return p.closedForm! >= low && p.closedForm! <= high;
};

const cache = new Map<string, PointSummary[]>();
function measured(avoidCheckers: number): PointSummary[] {
  const key = String(avoidCheckers);
  if (!cache.has(key)) {
    const sweep = parse(smallSweep(SEEDS, { 'adversary.avoidCheckers': [avoidCheckers] }));
    cache.set(key, aggregateSweep(sweep, runAll(sweep)));
  }
  return cache.get(key)!;
}

describe('sweep detection rates', () => {
  it(`agree with the closed form within their binomial band (${SEEDS} seeds a point)`, () => {
    const points = measured(0);
    expect(points).toHaveLength(4);
    for (const p of points) {
      expect(p.runs).toBe(SEEDS);
      expect(p.closedForm).not.toBeNull();
      expect(inFamilyBand(p), `${p.values.join(', ')}: observed ${p.rate}, closed form ${p.closedForm}`).toBe(true);
    }
    // The points span informative rates, where a wrong formula would show.
    expect(Math.min(...points.map((p) => p.closedForm!))).toBeLessThan(0.4);
    expect(Math.max(...points.map((p) => p.closedForm!))).toBeGreaterThan(0.6);
  });

  it('fall out of the band when the attacker avoids likely checkers (the closed form assumes random victims)', () => {
    const random = measured(0);
    const targeted = measured(1);
    for (const [i, p] of targeted.entries()) {
      expect(p.closedForm).toBeCloseTo(random[i].closedForm!, 1);
      expect(p.rate).toBeLessThan(random[i].rate);
    }
    expect(targeted.filter((p) => !inFamilyBand(p)).length).toBeGreaterThanOrEqual(2);
  });

  it('are zero, as the closed form says, when voters check right after voting: the injected re-vote comes later', () => {
    const sweep = parse(smallSweep(6, { 'verifiability.receiptCheckTime': ['during-voting'] }));
    for (const p of aggregateSweep(sweep, runAll(sweep))) {
      expect(p.detections).toBe(0);
      expect(p.closedForm).toBe(0);
      expect(p.inBand).toBe(true);
    }
  });

  it('agree for substituted ballots checked during voting too', () => {
    const sweep = parse({
      ...smallSweep(40, { 'verifiability.receiptCheckTime': ['during-voting'], 'adversary.attacks[0].size': [30] }),
      changes: { adversary: { attacks: [{ kind: 'substitute', size: 30, beneficiary: 'unity', districts: [1] }] } },
    });
    const points = aggregateSweep(sweep, runAll(sweep));
    for (const p of points) expect(inFamilyBand(p), `${p.values}: ${p.rate} vs ${p.closedForm}`).toBe(true);
    expect(points.some((p) => p.detections > 0)).toBe(true);
  });
});

describe('wilsonInterval', () => {
  it.each([
    // successes, n, low, high (Wilson 95 %, z = 1.96; published values)
    [0, 50, 0, 0.07135],
    [10, 100, 0.0552, 0.1744],
    [50, 100, 0.4038, 0.5962],
    [20, 20, 0.8389, 1],
  ])('%i of %i gives %f to %f', (k, n, low, high) => {
    const band = wilsonInterval(k, n);
    expect(band.low).toBeCloseTo(low, 4);
    expect(band.high).toBeCloseTo(high, 4);
  });
});

describe('the stage memo', () => {
  it('gives the same rows as fresh runs', () => {
    // Varying the attack size changes the publication; the check share and time do not.
    const sweep = parse(smallSweep(3, { 'verifiability.receiptCheckTime': ['during-voting', 'after-publication'] }));
    for (let s = 0; s < sweep.seeds.count; s++) expect(runSweepSeed(sweep, s)).toEqual(runSweepSeed(sweep, s, null));
  });

  it('leaves the full result of simulate unchanged', () => {
    const sweep = parse(smallSweep(1));
    const memo = new StageMemo();
    for (const p of sweep.points) expect(simulate(p.scenario, { memo }).result).toEqual(simulate(p.scenario).result);
    expect(memo.hits).toBe(sweep.points.length * 2 - 3); // one city, two ledgers (one per attack size)
  });

  it('keeps only the latest output of each stage where asked, as a page does run after run, with the results of fresh runs', () => {
    const base = parseScenario(SMALL_CITY);
    const checks = parseScenario({ ...SMALL_CITY, verifiability: { ...base.verifiability, receiptCheckShare: 0.5 } });
    const attacked = parseScenario({ ...SMALL_CITY, adversary: { attacks: [{ kind: 'inject-revotes', size: 40, beneficiary: base.parties[0].id, when: 'during-voting' }] } });
    const otherCity = parseScenario({ ...SMALL_CITY, seed: 'another' });
    const memo = new StageMemo({ latestOnly: true });
    // Each step: the scenario, then the memo's hits so far and what it holds after the run.
    const steps: [typeof base, number, number][] = [
      [base, 0, 2],
      [checks, 2, 2], // who checks receipts: the city and the ledger reused
      [attacked, 3, 2], // the attack: the city reused, a new ledger in place of the old
      [base, 4, 2], // back: the city again, the honest ledger built anew (the old one was let go)
      [otherCity, 4, 2], // another seed: a new city, and the old city's ledger let go with it
      [otherCity, 6, 2],
    ];
    for (const [scenario, hits, size] of steps) {
      expect(simulate(scenario, { memo }).result).toEqual(simulate(scenario).result);
      expect([memo.hits, memo.size]).toEqual([hits, size]);
    }
  });

  it('keys list the knobs each stage reads', () => {
    const base = parseScenario(SMALL_CITY);
    const changed = (path: string[], value: unknown) => {
      const s = JSON.parse(JSON.stringify(base));
      let at = s;
      for (const p of path.slice(0, -1)) at = at[p];
      at[path[path.length - 1]] = value;
      return parseScenario(s);
    };
    // Receipt checks move neither key; every other verifiability knob moves the publication's.
    const v = scenarioSchema.fields.verifiability.fields;
    const other: Record<string, unknown> = { ledger: 'private', revoteResolution: 'private', checkpointEveryHours: 5, checkpointAtClose: false, receiptCheckShare: 0.5, receiptCheckTime: 'during-voting', paperRecountShare: 0.5, paperAudit: 'bravo', riskLimit: 0.1, auditMaxDraws: 500 };
    expect(Object.keys(other).sort()).toEqual(Object.keys(v).sort());
    for (const [knob, value] of Object.entries(other)) {
      const s = changed(['verifiability', knob], value);
      expect(castingKey(s), knob).toBe(castingKey(base));
      expect(publicationKey(s) === publicationKey(base), knob).toBe(knob === 'receiptCheckShare' || knob === 'receiptCheckTime');
    }
    // A coercer holding receipts sees escapes through pseudonyms on a public ledger: then casting reads them.
    const coerced = changed(['mobilisation', 'demands'], 'receipt');
    expect(castingKey(coerced)).not.toBe(castingKey(base));
    const withResolution = (revoteResolution: string) => parseScenario({ ...coerced, verifiability: { ...coerced.verifiability, ledger: 'public', revoteResolution } });
    expect(castingKey(withResolution('public'))).not.toBe(castingKey(withResolution('private')));
    expect(castingKey(changed(['adversary', 'avoidCheckers'], 1))).toBe(castingKey(base));
    expect(publicationKey(changed(['adversary', 'avoidCheckers'], 1))).not.toBe(publicationKey(base));
    expect(castingKey(changed(['release', 'onlineReleases'], 3))).toBe(castingKey(base));
    expect(publicationKey(changed(['release', 'onlineReleases'], 3))).not.toBe(publicationKey(base));
    // Encrypted ballots are published differently (the lesson that turns them on shares a memo across the move).
    expect(castingKey(changed(['e2e', 'enabled'], true))).toBe(castingKey(base));
    expect(publicationKey(changed(['e2e', 'enabled'], true))).not.toBe(publicationKey(base));
    expect(publicationKey(changed(['e2e', 'challengeRate'], 0.5))).not.toBe(publicationKey(base));
    for (const [path, value] of [
      [['seed'], 'other'],
      [['online', 'voteRate'], 0.5],
      [['revoting', 'changeMindRate'], 0.5],
      [['mobilisation', 'compliance'], 0.5],
      [['electorate', 'precinctNoise'], 0.5],
      [['timeZone', 'utcOffsetMinutes'], 0],
      [['paper', 'protocolHoursMax'], 9],
    ] as const) {
      expect(castingKey(changed([...path], value)), path.join('.')).not.toBe(castingKey(base));
    }
  });
});

describe('sweep files', () => {
  const firstIssue = (input: unknown) => {
    const { issues } = checkSweep(input, findPreset, presetNames);
    return issues.length > 0 ? `${issues[0].path}: ${issues[0].message}` : undefined;
  };
  const good = smallSweep(2);

  it('expand to every grid point, the last knob fastest, with paired seeds', () => {
    const sweep = parse(good);
    expect(sweep.points.map((p) => p.values)).toEqual([
      [0.01, 20],
      [0.01, 50],
      [0.025, 20],
      [0.025, 50],
    ]);
    expect(sweep.points[3].scenario.verifiability.receiptCheckShare).toBe(0.025);
    expect(sweep.points[3].scenario.adversary.attacks[0].size).toBe(50);
    expect(runSweepSeed(sweep, 1).map((r) => [r.point, r.seedIndex])).toEqual([[0, 1], [1, 1], [2, 1], [3, 1]]);
  });

  it('take a preset with changes merged in', () => {
    const sweep = parse({ ...good, scenario: 'classroom', changes: { adversary: { attacks: [{ kind: 'substitute', size: 5 }] } }, grid: { 'adversary.attacks[0].size': [5, 10] } });
    expect(sweep.points[0].scenario.districts).toHaveLength(5);
    expect(sweep.points[1].scenario.adversary.attacks[0]).toMatchObject({ kind: 'substitute', size: 10 });
  });

  it('accept the shipped worked example, 1,000 runs', () => {
    const sweep = parse(receiptChecks);
    expect(sweep.points.length * sweep.seeds.count).toBe(1000);
  });

  it.each([
    [{ ...good, format: 'tally-lab/sweep@2' }, 'format: must be one of "tally-lab/sweep@1", got "tally-lab/sweep@2"'],
    [{ ...good, seeds: { count: 0 } }, 'seeds.count: must be a positive integer, got 0'],
    [{ ...good, seeds: undefined }, 'seeds.count: is required'],
    [{ ...good, scenario: 'atlantis' }, `scenario: must name a preset (${presetNames.join(', ')}), got "atlantis"`],
    [{ ...good, scenario: 7 }, 'scenario: must be a preset name or a scenario object, got 7'],
    [{ ...good, changes: { online: { voteRate: 2 } } }, 'scenario.online.voteRate: must be a number from 0 to 1, got 2'],
    [{ ...good, grid: {} }, 'grid: must name at least one knob, got none'],
    [{ ...good, grid: { 'verifiability.receiptShare': [0.1] } }, 'grid["verifiability.receiptShare"]: names no scenario knob (see docs/scenario.md)'],
    [{ ...good, grid: { verifiability: [0.1] } }, 'grid["verifiability"]: names a group of knobs (object), not a single knob'],
    [{ ...good, grid: { 'adversary.attacks[1].size': [1] } }, 'grid["adversary.attacks[1].size"]: names a knob the scenario does not have (add it in the scenario or its changes first)'],
    [{ ...good, grid: { 'verifiability.receiptCheckShare': [0.1, 1.5] } }, 'grid["verifiability.receiptCheckShare"][1]: must be a number from 0 to 1, got 1.5'],
    [{ ...good, grid: { 'verifiability.receiptCheckTime': ['later'] } }, 'grid["verifiability.receiptCheckTime"][0]: must be one of "during-voting", "after-publication", got "later"'],
    [{ ...good, grid: { 'verifiability.receiptCheckShare': 0.1 } }, 'grid["verifiability.receiptCheckShare"]: must be a list of 1 to 100 values, got 0.1'],
    [{ ...good, grid: { seed: ['a', 'b'] } }, 'grid["seed"]: cannot vary: the seeds are the sweep’s own (seeds.count, seeds.prefix)'],
    [{ ...good, grid: { 'electorate.precinctMin': [100, 5000] } }, 'grid: at electorate.precinctMin = 5000: electorate.precinctMin: must not exceed electorate.precinctMax (3000), got 5000'],
    [{ ...good, seeds: { count: 100_000 } }, 'seeds.count: makes 400000 runs over 4 grid points; at most 200000'],
    [{ ...good, extra: 1 }, 'extra: unknown field (known here: format, name, description, scenario, changes, seeds, grid)'],
  ])('reject a bad file naming the field: %#', (input, message) => {
    expect(firstIssue(input)).toBe(message);
  });
});
