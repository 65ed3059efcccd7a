/**
 * voterView / checkVoterReceipts: a voter as they know themselves, and the receipt check a voter
 * can make against the published record. An injected re-vote in a victim's name is found with
 * public re-vote resolution (their pseudonym is on it) and cannot be found with private resolution.
 */
import { describe, expect, it } from 'vitest';
import { Added, simulate, VoterStatus, type ScenarioInput, type SimulationRun } from '../../src/core/index.ts';
import { checkVoterReceipts, randomOnlineVoter, voterView } from '../../src/core/inspect/voter-view.ts';
import { FULL, smallCity } from '../helpers.ts';

const INJECT = { adversary: { attacks: [{ kind: 'inject-revotes', size: 40, beneficiary: 'unity' }] } } as const satisfies ScenarioInput;

function run(extra: ScenarioInput, seed = 'voter-view'): SimulationRun {
  return simulate(smallCity(extra), { seed });
}

/** A voter who has an injected re-vote in their name. */
function victimOf(r: SimulationRun): number {
  const p = r.integrity.published;
  for (let i = 0; i < p.count; i++) if (p.honestRow[i] < 0 && p.cause[i] === Added.injectedRevote) return p.voter[i];
  throw new Error('no victim');
}

const honest = run(FULL);
const publicInjected = run({ ...FULL, ...INJECT });
const privateInjected = run({ ...FULL, verifiability: { ...FULL.verifiability, revoteResolution: 'private' }, ...INJECT });

describe('voterView', () => {
  it('shows an online voter with their ballots and receipts, and no truth outside the teacher view', () => {
    const v = randomOnlineVoter(honest, 0);
    expect(v).toBeGreaterThanOrEqual(0);
    expect(honest.casting.status[v] & VoterStatus.votedOnline).toBeTruthy();
    expect(randomOnlineVoter(honest, 0)).toBe(v);
    const view = voterView(honest, v, false);
    expect(view.registeredOnline && view.votedOnline).toBe(true);
    expect(view.ballots.length).toBeGreaterThan(0);
    expect(view.ballots.filter((b) => b.fate === 'counted').length).toBeLessThanOrEqual(1);
    for (const b of view.ballots) {
      expect(b.receipt.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(b.localTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    }
    expect(view.pseudonym).toMatch(/^[0-9a-f]{16}$/);
    expect(view.teacher).toBeUndefined();
    expect(voterView(honest, v, true).teacher).toEqual({ tamper: view.ballots.map(() => null), foreign: [] });
    expect(() => voterView(honest, honest.electorate.voters, false)).toThrow(/no voter/);
  });

  it('picks different voters for different counters', () => {
    const picks = new Set(Array.from({ length: 10 }, (_, i) => randomOnlineVoter(honest, i)));
    expect(picks.size).toBeGreaterThan(5);
  });
});

describe('checkVoterReceipts', () => {
  it('passes for an honest voter, and says what it proves and what it cannot', () => {
    const check = checkVoterReceipts(honest, randomOnlineVoter(honest, 1));
    expect(check.status).toBe('passed');
    expect(check.receipts.every((l) => l.present && l.unaltered && l.coveredBy !== null)).toBe(true);
    expect(check.foreign).toEqual([]);
    expect(check.proves.length).toBeGreaterThan(0);
    expect(check.cannot.length).toBeGreaterThan(0);
  });

  it('finds a re-vote injected in a victim’s name with public re-vote resolution', () => {
    const victim = victimOf(publicInjected);
    expect(voterView(publicInjected, victim, true).teacher!.foreign.length).toBeGreaterThan(0);
    const check = checkVoterReceipts(publicInjected, victim);
    expect(check.status).toBe('failed');
    expect(check.foreign!.length).toBeGreaterThan(0);
    expect(check.summary).toMatch(/did not cast/);
    // A failed check says what went wrong, and never also reassures.
    expect(check.proves.join(' ')).not.toMatch(/No ballot you did not cast was recorded/);
    expect(check.proves.join(' ')).toMatch(/cast a ballot in your name/);
  });

  it('says, when a receipt does not match, what went wrong and nothing reassuring', () => {
    const r = run({ ...FULL, adversary: { attacks: [{ kind: 'substitute', size: 40, beneficiary: 'unity' }] } });
    const row = r.integrity.plan.tamper.findIndex((t) => t !== 0);
    expect(row).toBeGreaterThanOrEqual(0);
    const check = checkVoterReceipts(r, r.casting.ballots.voter[row]);
    expect(check.status).toBe('failed');
    expect(check.receipts.some((l) => !l.present || !l.unaltered)).toBe(true);
    const proves = check.proves.join(' ');
    expect(proves).not.toMatch(/exactly as your device recorded it/);
    expect(proves).toMatch(/does not hold your ballot/);
  });

  it('cannot find it with private resolution, and says so', () => {
    const victim = victimOf(privateInjected);
    expect(voterView(privateInjected, victim, true).teacher!.foreign.length).toBeGreaterThan(0);
    const check = checkVoterReceipts(privateInjected, victim);
    expect(check.status).toBe('passed');
    expect(check.foreign).toBeNull();
    expect(check.cannot.join(' ')).toMatch(/private re-vote resolution/);
  });

  it('proves nothing without a public ledger', () => {
    const r = run({ verifiability: { ledger: 'private' } });
    const check = checkVoterReceipts(r, randomOnlineVoter(r, 0));
    expect(check.status).toBe('not-possible');
    expect(check.cannot[0]).toMatch(/^Nothing/);
  });

  it('mentions the limit of checking during voting', () => {
    const r = run({ ...FULL, verifiability: { ...FULL.verifiability, receiptCheckTime: 'during-voting' } });
    expect(checkVoterReceipts(r, randomOnlineVoter(r, 0)).cannot.join(' ')).toMatch(/during voting/);
  });
});
