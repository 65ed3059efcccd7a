/**
 * Issue 19, item 2, as a property: every value the scenario schema accepts for a number, a switch or a
 * choice either runs within a stated budget or is refused with a clear error naming the field. The knobs
 * are drawn over the whole schema (edges, values just above 0, anything in range), on a tiny city with a
 * 12-hour voting window so each run stays short.
 *
 * The budget, in work rather than in time (speed is measured by `npm run bench`): at most MAX_CHECKPOINTS
 * signed checkpoints; at most 1 + MAX_REVOTES ledger entries per registered voter (and MAX_ONLINE_BALLOTS in
 * all, test/ballot-limit.test.ts, which this tiny city never reaches); at most auditMaxDraws
 * audit draws per district.
 * Not drawn: the verifiable mode (e2e.enabled), whose cryptography takes tens of seconds even on this city
 * and has its own tests; lists, names and ids, which the table tests cover.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario, MAX_CHECKPOINTS, scenarioSchema, simulate, type Field, type ScenarioInput } from '../src/core/index.ts';
import { MAX_REVOTES } from '../src/core/casting/casting.ts';

const CITY = {
  name: 'budget',
  districts: [
    { id: 1, name: 'A', registered: 400 },
    { id: 2, name: 'B', registered: 300 },
  ],
  online: { opens: '2021-09-19T08:00', closes: '2021-09-19T20:00' },
  paper: { closes: '2021-09-19T20:00' },
} satisfies ScenarioInput;
const REGISTERED = 700;
/** Knobs left as the city sets them. */
const FIXED = new Set(['format', 'e2e.enabled', 'online.opens', 'online.closes', 'paper.closes']);

/** Values a number knob accepts, weighted to its edges and to values just above 0 (where the bugs were). */
function numberValues(f: Extract<Field, { kind: 'number' }>): fc.Arbitrary<number> {
  const inRange = (x: number) => x >= f.min && x <= f.max && (!f.integer || Number.isInteger(x));
  const edges = [f.min, f.max, f.default, f.minAboveZero ?? f.min, 5e-324, 1e-6, 0.001, f.min + 1, f.max / 2].filter(inRange);
  const any = f.integer ? fc.integer({ min: f.min, max: f.max }) : fc.double({ min: f.min, max: f.max, noNaN: true });
  return fc.oneof(fc.constantFrom(...edges), any);
}

/** An arbitrary partial scenario over every number, switch and choice of the schema, by path. */
function knobs(fields: Record<string, Field>, prefix = ''): Record<string, fc.Arbitrary<unknown>> {
  const out: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, f] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (FIXED.has(path)) continue;
    if (f.kind === 'object') {
      const sub = knobs(f.fields, path);
      if (Object.keys(sub).length > 0) out[key] = fc.record(sub, { requiredKeys: [] });
    } else if (f.kind === 'number') out[key] = numberValues(f);
    else if (f.kind === 'boolean') out[key] = fc.boolean();
    else if (f.kind === 'enum') out[key] = fc.constantFrom(...f.values);
  }
  return out;
}

const scenarios = fc.record(knobs(scenarioSchema.fields), { requiredKeys: [] }).map((drawn) => {
  const d = drawn as Record<string, Record<string, unknown> | undefined>;
  return { ...d, ...CITY, online: { ...d.online, ...CITY.online }, paper: { ...d.paper, ...CITY.paper } } as ScenarioInput;
});

describe('every scenario the schema accepts runs within budget or is refused clearly', () => {
  it('holds for drawn knobs', () => {
    let ran = 0;
    fc.assert(
      fc.property(scenarios, (input) => {
        const checked = checkScenario(input);
        if (!checked.ok) {
          for (const issue of checked.issues) {
            expect(issue.path).toMatch(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*|\[\d+\])*$/);
            // One line that says what the field needs.
            expect(issue.message).toMatch(/^[^\n]*\b(must|is required|needs)\b[^\n]*$/);
          }
          return;
        }
        ran++;
        const { record } = simulate(checked.scenario).integrity;
        expect(record.checkpoints.length).toBeLessThanOrEqual(MAX_CHECKPOINTS);
        expect(record.ledger?.count ?? 0).toBeLessThanOrEqual(REGISTERED * (1 + MAX_REVOTES));
        for (const a of record.paperAudit?.districts ?? []) expect(a.draws.precinct.length).toBeLessThanOrEqual(checked.scenario.verifiability.auditMaxDraws);
      }),
      { numRuns: 120, seed: 19 },
    );
    // Enough drawn scenarios must run (cross-field rules refuse many), or the property says little.
    expect(ran).toBeGreaterThanOrEqual(15);
  }, 60_000);

  it('refuses the values near 0 that once exhausted the memory, naming the bound', () => {
    for (const every of [5e-324, 1e-6, 0.001, 0.2]) {
      const { issues } = checkScenario({ ...CITY, verifiability: { checkpointEveryHours: every } });
      expect(issues).toEqual([{ path: 'verifiability.checkpointEveryHours', message: `must be 0 (off) or a number from 0.25 to 72, got ${every}` }]);
    }
  });
});
