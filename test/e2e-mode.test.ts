/**
 * The end-to-end verifiable mode in the engine: an honest run passes every new check and is
 * verified; the pooled run equals the inline one; a cheating trustee is caught and named, too few
 * trustees leave the tally undecryptable; a compromised voting app is seen only by challenging
 * voters, at the rate the closed form says; an operator's substitution carries valid proofs and is
 * caught by receipts. Scenarios are tiny: every ballot costs milliseconds of cryptography.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castVotes, generateElectorate, parseScenario, planAttacks, recordFromJson, recordToJson, resolveBallots, runSimulation, simulate, aleaStreams, type ScenarioInput, type SimulationResult } from '../src/core/index.ts';
import { challengedRows } from '../src/core/e2e/e2e.ts';
import { clientBound, clientDetection } from '../src/core/verify/e2e-challenges.ts';
import { Tamper } from '../src/core/adversary/adversary.ts';
import type { CryptoApi } from '../src/core/e2e/crypto-steps.ts';
import { simulateWithPool } from '../src/pool/simulate-with-pool.ts';
import { nodeWorkerPool } from '../simulations/cli/node-pool.ts';
import { FULL } from './helpers.ts';

/** Two small districts, FULL verification, end-to-end on. */
function tiny(overrides: ScenarioInput = {}): ScenarioInput {
  return {
    name: 'tiny-e2e',
    districts: [
      { id: 11, name: 'North', registered: 400, lean: { progress: 0.1 } },
      { id: 12, name: 'South', registered: 350 },
    ],
    ...FULL,
    release: { onlineReleases: 1 },
    ...overrides,
    e2e: { enabled: true, challengeRate: 0.1, ...(overrides.e2e ?? {}) },
  };
}

const E2E_CHECKS = ['ballot-proofs', 'homomorphic-tally', 'trustee-decryptions', 'spoiled-ballots', 'challenges'];
const failedIn = (r: SimulationResult, districtId: number | null) =>
  [...new Set(r.evidence.filter((e) => e.status === 'failed' && e.independent && e.districtId === districtId).map((e) => e.check))].sort();
const status = (r: SimulationResult, check: string, districtId: number) => r.evidence.find((e) => e.check === check && e.districtId === districtId)?.status;

describe('an honest end-to-end run', () => {
  let run: ReturnType<typeof simulate>;
  let r: SimulationResult;
  beforeAll(() => {
    run = simulate(tiny());
    r = run.result;
  }, 300_000);

  it('passes every check, the new ones included, and is verified', () => {
    expect(r.evidence.filter((e) => e.status === 'failed')).toEqual([]);
    for (const d of [11, 12]) for (const check of E2E_CHECKS) expect(status(r, check, d), `${check}@${d}`).toBe('passed');
    expect(r.districts.map((d) => d.verdict.status)).toEqual(['verified', 'verified']);
  });

  it('re-applies paper overrides under encryption too', { timeout: 300_000 }, () => {
    const p = runSimulation(tiny({ revoting: { policy: 'paper-overrides', paperOverrideRate: 0.2 } }));
    expect(p.evidence.filter((e) => e.status === 'failed')).toEqual([]);
    for (const d of [11, 12]) expect(status(p, 'homomorphic-tally', d)).toBe('passed');
  });

  it('bounds what voting apps could change by the challenge rate, on top of the receipts', () => {
    const plain = runSimulation({ ...tiny(), e2e: { enabled: false } });
    for (const [i, d] of r.districts.entries()) {
      expect(d.verdict.undetectedBound).toBe(plain.districts[i].verdict.undetectedBound! + clientBound(0.1, d.onlineRegistered));
    }
    // ln 0.05 / ln 0.9 = 28.4: 28 cheated voters escape with probability >= 5 %, 29 do not.
    expect(clientBound(0.1, 1000)).toBe(28);
    expect(clientDetection(0.1, 28)).toBeLessThan(0.95);
    expect(clientDetection(0.1, 29)).toBeGreaterThanOrEqual(0.95);
  });

  it('publishes a @2 record without plaintext choices that survives its JSON round trip', () => {
    const record = run.integrity.record;
    expect(record.format).toBe('tally-lab/record@2');
    expect(record.ledger!.choice).toBeNull();
    expect(record.e2e!.ballots.length).toBe(record.ledger!.count);
    const json = recordToJson(record) as { ledger: Record<string, unknown> };
    expect('choice' in json.ledger).toBe(false);
    expect(recordToJson(recordFromJson(JSON.parse(JSON.stringify(json))))).toEqual(json);
  });
});

describe('the pooled run', () => {
  const pool = nodeWorkerPool<CryptoApi>(new URL('../simulations/crypto.worker.ts', import.meta.url), 2);
  afterAll(() => pool.terminate());

  it('equals the inline run, result and record, with two worker threads', { timeout: 300_000 }, async () => {
    const scenario = tiny({ adversary: { attacks: [{ kind: 'substitute', size: 5, beneficiary: 'unity', districts: [12] }] } });
    const inline = simulate(scenario);
    const stages = new Set<string>();
    const fractions: number[] = [];
    const { run, costs } = await simulateWithPool(scenario, {
      pool,
      onProgress: (f, stage) => {
        stages.add(stage);
        fractions.push(f);
      },
    });
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    expect(run.result).toEqual(inline.result);
    expect(JSON.stringify(recordToJson(run.integrity.record))).toBe(JSON.stringify(recordToJson(inline.integrity.record)));
    expect(stages.has('encryption') && stages.has('proofs')).toBe(true);
    expect(costs.workers).toBe(2);
    expect(costs.encrypted).toBeGreaterThan(run.integrity.record.ledger!.count);
    expect(costs.encryptMsPerBallot).toBeGreaterThan(0);
  });
});

describe('trustees', () => {
  it('a cheating trustee is caught and named; the others still decrypt', { timeout: 300_000 }, () => {
    const r = runSimulation(tiny({ e2e: { trustees: 3, threshold: 2, cheatingTrustees: 1 } }));
    for (const d of r.districts) {
      expect(failedIn(r, d.id)).toEqual(['trustee-decryptions']);
      expect(d.verdict.reason).toMatch(/trustee 3 fails its proof \(the counts come from the others\)/);
    }
  });

  it('fewer than the threshold decrypting fails the tally check, naming who did not: the released count is unproven', { timeout: 300_000 }, () => {
    const r = runSimulation(tiny({ e2e: { trustees: 3, threshold: 2, refusingTrustees: 2 } }));
    for (const d of r.districts) {
      expect(failedIn(r, d.id)).toEqual(['trustee-decryptions']);
      expect(status(r, 'trustee-decryptions', d.id)).toBe('failed');
      expect(d.verdict.status).toBe('tampering-detected');
      expect(d.verdict.reason).toMatch(/Only 1 of the 2 trustees needed published a partial decryption; trustee 2, 3 did not: the tally cannot be decrypted/);
    }
  });
});

describe('a compromised voting app', () => {
  it('is seen by the voters who challenge, not by proofs or receipts', { timeout: 300_000 }, () => {
    const r = runSimulation(tiny({ e2e: { challengeRate: 0.5 }, adversary: { attacks: [{ kind: 'compromised-client', size: 20, beneficiary: 'unity', districts: [11] }] } }));
    // 1 - 0.5^20: detection is certain in practice.
    expect(failedIn(r, 11)).toEqual(['challenges']);
    expect(failedIn(r, 12)).toEqual([]);
    expect(r.districts[0].verdict.status).toBe('tampering-detected');
    expect(r.evidence.find((e) => e.check === 'challenges' && e.districtId === 11)!.rulesOut).toMatch(/1 − \(1 − 0\.5\)\^m/);
  });

  it('is caught at the rate 1 - (1 - c)^m over seeds (the challenges alone: no cryptography needed to draw them)', () => {
    const m = 10;
    const c = 0.1;
    const seeds = 300;
    let caught = 0;
    for (let s = 0; s < seeds; s++) {
      const scenario = parseScenario(tiny({ seed: `rate-${s}`, e2e: { challengeRate: c }, adversary: { attacks: [{ kind: 'compromised-client', size: m, beneficiary: 'unity', districts: [11] }] } }));
      const e = generateElectorate(scenario, aleaStreams);
      const casting = castVotes(scenario, e, aleaStreams);
      const plan = planAttacks(scenario, e, casting, resolveBallots(casting.ballots, casting.status, scenario.revoting.policy), aleaStreams);
      const challenged = challengedRows(scenario, casting, aleaStreams);
      let cheated = 0;
      let seen = false;
      for (let i = 0; i < casting.ballots.count; i++) {
        if (plan.tamper[i] !== Tamper.compromisedClient) continue;
        cheated++;
        if (challenged[i]) seen = true;
      }
      expect(cheated).toBe(m);
      if (seen) caught++;
    }
    const p = clientDetection(c, m); // 0.651
    const sd = Math.sqrt((p * (1 - p)) / seeds);
    expect(Math.abs(caught / seeds - p)).toBeLessThan(4 * sd);
  });
});

describe('an operator substituting ballots', () => {
  it('makes valid encrypted ballots: the proofs pass, the receipts catch it', { timeout: 300_000 }, () => {
    const r = runSimulation(tiny({ adversary: { attacks: [{ kind: 'substitute', size: 30, beneficiary: 'unity', districts: [11] }] } }));
    expect(status(r, 'ballot-proofs', 11)).toBe('passed');
    expect(status(r, 'homomorphic-tally', 11)).toBe('passed');
    expect(status(r, 'trustee-decryptions', 11)).toBe('passed');
    expect(failedIn(r, 11)).toEqual(['receipts']);
  });
});
