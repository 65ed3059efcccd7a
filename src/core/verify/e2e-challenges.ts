/**
 * Benaloh challenges, seen by voters: a voter who challenges a ballot sees how the app encrypted
 * it and compares that with what they chose. A compromised app cannot tell in advance which
 * ballots will be challenged, so with challenge rate c a client that cheats on m voters (one
 * ballot each) escapes only if none of them challenges:
 *
 *   P(detected) = 1 - (1 - c)^m
 *
 * and any client cheating on more than ln(0.05) / ln(1 - c) voters is caught with 95 % confidence
 * (c = 5 %: 58 voters; 40 voters are caught with probability 87 %).
 */
import { Tamper, type AdversaryPlan } from '../adversary/adversary.ts';
import type { Casting } from '../casting/casting.ts';
import type { Evidence } from './evidence.ts';
import type { Scenario } from '../scenario/scenario.ts';

/** Probability that a client cheating on m single-ballot voters is caught, with challenge rate c. */
export function clientDetection(c: number, m: number): number {
  return 1 - Math.pow(1 - c, m);
}

/** The most cheated voters that escape with probability at least 5 % (all N when nobody challenges). */
export function clientBound(c: number, N: number, confidence = 0.95): number {
  if (c <= 0) return N;
  if (c >= 1) return 0;
  return Math.min(N, Math.floor(Math.log(1 - confidence) / Math.log(1 - c) + 1e-9));
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const fmt = (n: number) => n.toLocaleString('en-US');

/** Per district: what the challenging voters saw. */
export function challengeEvidence(scenario: Scenario, casting: Casting, plan: AdversaryPlan, challenged: Uint8Array): Evidence[] {
  const { ballots } = casting;
  const c = scenario.e2e.challengeRate;
  return scenario.districts.map((spec, d) => {
    let n = 0;
    let cast = 0;
    let noticed = 0;
    for (let i = 0; i < ballots.count; i++) {
      if (ballots.district[i] !== d) continue;
      cast++;
      if (!challenged[i]) continue;
      n++;
      // The app reveals the beneficiary where it cheats; the voter chose someone else (victims never chose the beneficiary).
      if (plan.tamper[i] === Tamper.compromisedClient) noticed++;
    }
    const bound = clientBound(c, casting.stats.registered[d]);
    return {
      check: 'challenges',
      districtId: spec.id,
      status: n === 0 ? 'not-possible' : noticed > 0 ? 'failed' : 'passed',
      independent: true,
      what: `${fmt(n)} of ${fmt(cast)} online ballots were challenged by their voters (rate ${pct(c)}): the app revealed how it had encrypted them.`,
      detail: n === 0 ? 'Nobody challenged a ballot.' : noticed > 0 ? `${fmt(noticed)} voters saw their challenged ballot open to a candidate they had not chosen: their voting app cheats.` : 'Every challenged ballot opened to the voter’s own choice.',
      rulesOut: `A voting app that encrypts another choice than the voter’s: one cheating on m voters is caught with probability 1 − (1 − ${c})^m (${[10, 40, 100].map((m) => `${m} voters: ${pct(clientDetection(c, m))}`).join('; ')}), so more than ${fmt(bound)} cheated voters are caught with 95 % confidence.`,
      checked: n,
      population: cast,
    };
  });
}
