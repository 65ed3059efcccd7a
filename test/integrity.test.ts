/**
 * Ledger, attacks, checks and verdicts: an honest run never fails a check; under full
 * verification every attack kind is detected and leaves the evidence docs/integrity.md names;
 * without verifiability the same attack goes unseen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTACK_KINDS, REVOTE_POLICIES, runSimulation, simulate, verifyRecord, type AttackKind, type SimulationResult } from '../src/core/index.ts';
import { FULL, smallCity } from './helpers.ts';

const failed = (r: SimulationResult) => [...new Set(r.evidence.filter((e) => e.status === 'failed' && e.independent).map((e) => e.check))].sort();

describe('honest runs', () => {
  it('never fail a check, whatever the knobs and seed', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.constantFrom(...REVOTE_POLICIES),
        fc.constantFrom('public', 'private'),
        fc.constantFrom('during-voting', 'after-publication'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, policy, resolution, checkTime, share) => {
          const r = runSimulation(
            smallCity({
              ...FULL,
              seed,
              revoting: { policy, paperOverrideRate: 0.1 },
              verifiability: { ...FULL.verifiability, revoteResolution: resolution, receiptCheckTime: checkTime, receiptCheckShare: share },
            }),
          );
          expect(r.evidence.filter((e) => e.status === 'failed')).toEqual([]);
          expect(r.districts.every((d) => d.verdict.status !== 'tampering-detected')).toBe(true);
          expect(r.districts.every((d) => d.tamperedBallots === 0)).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('are verified under full verification, with a bound from the receipt sample', () => {
    const r = runSimulation(smallCity(FULL));
    expect(r.verdict.status).toBe('verified');
    for (const d of r.districts) {
      expect(d.verdict.status).toBe('verified');
      expect(d.verdict.undetectedBound).toBeGreaterThan(0);
      expect(d.verdict.undetectedBound).toBeLessThan(d.registered);
    }
  });

  it('are unverifiable with Moscow-like verifiability, even though every check passes', () => {
    const r = runSimulation(smallCity({ verifiability: { revoteResolution: 'private', receiptCheckTime: 'during-voting', receiptCheckShare: 0.3 } }));
    expect(failed(r)).toEqual([]);
    expect(r.districts.map((d) => d.verdict.status)).toEqual(['unverifiable', 'unverifiable']);
    expect(r.districts[0].verdict.reason).toMatch(/private re-vote resolution/);
  });
});

/**
 * The independent checks each attack fails under FULL verification: election-wide, in the
 * attacked district (11), and in the untouched one (12). A change to ledger history breaks the
 * one chain every district's receipts hang on, so district 12's checkers see it too.
 */
type Expectation = { all: string[]; attacked: string[]; untouched: string[] };
const live: Expectation = { all: [], attacked: ['receipts'], untouched: [] };
const history: Expectation = { all: ['chain-walk'], attacked: ['receipts'], untouched: ['receipts'] };
const paper: Expectation = { all: [], attacked: ['paper-recount'], untouched: [] };
const EXPECTED: Record<AttackKind, Record<'during-voting' | 'after-close', Expectation>> = {
  substitute: { 'during-voting': live, 'after-close': history },
  'inject-revotes': { 'during-voting': live, 'after-close': history },
  drop: { 'during-voting': live, 'after-close': history },
  'cast-for-abstainers': { 'during-voting': live, 'after-close': history },
  'rewrite-history': { 'during-voting': history, 'after-close': history },
  'stuff-paper': { 'during-voting': paper, 'after-close': paper },
  'rewrite-protocols': { 'during-voting': paper, 'after-close': paper },
  'change-between-releases': {
    'during-voting': { ...history, all: ['chain-walk', 'release-consistency'] },
    'after-close': { ...history, all: ['chain-walk', 'release-consistency'] },
  },
  // The client computes the receipt of what it sent: nothing in the plain mode sees it (test/e2e-mode.test.ts covers the challenges).
  'compromised-client': { 'during-voting': { all: [], attacked: [], untouched: [] }, 'after-close': { all: [], attacked: [], untouched: [] } },
};

const failedIn = (r: SimulationResult, districtId: number | null) =>
  [...new Set(r.evidence.filter((e) => e.status === 'failed' && e.independent && e.districtId === districtId).map((e) => e.check))].sort();

describe('attacks under full verification', () => {
  for (const kind of ATTACK_KINDS.filter((k) => k !== 'compromised-client')) {
    for (const when of ['during-voting', 'after-close'] as const) {
      const expected = EXPECTED[kind][when];
      it(`${kind} (${when}) fails ${[...expected.all, ...expected.attacked].join(', ')}`, () => {
        for (const seed of ['a', 'b', 'c']) {
          const r = runSimulation(smallCity({ ...FULL, seed, adversary: { attacks: [{ kind, size: 200, beneficiary: 'unity', districts: [11], when }] } }));
          expect(r.districts[0].tamperedBallots).toBeGreaterThan(0);
          expect(r.districts[1].tamperedBallots).toBe(0);
          expect(r.districts[0].verdict.status).toBe('tampering-detected');
          expect(failedIn(r, null)).toEqual([...expected.all].sort());
          expect(failedIn(r, 11)).toEqual(expected.attacked);
          expect(failedIn(r, 12)).toEqual(expected.untouched);
        }
      });
    }
  }

  it('a compromised voting client goes unseen in the plain mode: its receipts match what it sent', () => {
    const r = runSimulation(smallCity({ ...FULL, adversary: { attacks: [{ kind: 'compromised-client', size: 150, beneficiary: 'unity', districts: [11] }] } }));
    const d = r.districts[0];
    const unity = d.candidates.findIndex((c) => c.party === 'unity');
    expect(d.tamperedBallots).toBe(150);
    expect(d.published[unity]).toBe(d.truth[unity] + 150);
    expect(failed(r)).toEqual([]);
    expect(d.verdict.status).toBe('verified');
  });

  it('changes the published result and keeps the truth for the teacher', () => {
    const r = runSimulation(smallCity({ ...FULL, adversary: { attacks: [{ kind: 'substitute', size: 400, beneficiary: 'unity', districts: [11] }] } }));
    const d = r.districts[0];
    const unity = d.candidates.findIndex((c) => c.party === 'unity');
    expect(d.published[unity]).toBe(d.truth[unity] + 400);
  });
});

describe('without verifiability', () => {
  it('injected re-votes go unseen: checks pass, the verdict is unverifiable, the truth differs', () => {
    const r = runSimulation(
      smallCity({
        verifiability: { revoteResolution: 'private', receiptCheckTime: 'during-voting', receiptCheckShare: 0.5 },
        adversary: { attacks: [{ kind: 'inject-revotes', size: 300, beneficiary: 'unity', districts: [11] }] },
      }),
    );
    expect(failed(r)).toEqual([]);
    expect(r.districts[0].verdict.status).toBe('unverifiable');
    expect(r.districts[0].published).not.toEqual(r.districts[0].truth);
  });
});

describe('the chain the operator already computed', () => {
  it('gives the verifier the same evidence as recomputing it', () => {
    for (const attacks of [[], [{ kind: 'rewrite-history' as const, size: 100, beneficiary: 'unity' }], [{ kind: 'inject-revotes' as const, size: 100, beneficiary: 'unity' }]]) {
      const run = simulate(smallCity({ ...FULL, adversary: { attacks } }));
      const { record, receipts, publishedHashes } = run.integrity;
      const recomputed = verifyRecord(record, { receipts });
      const hinted = verifyRecord(record, { receipts, chainOfLedger: publishedHashes });
      expect(hinted.evidence).toEqual(recomputed.evidence);
      expect(Buffer.from(publishedHashes).equals(Buffer.from(recomputed.hashes!))).toBe(true);
    }
  });
});
