/**
 * The closed-form chance that voters' receipt checks catch one run's attack, computed from that
 * run's own victim pool and checkers. Victims are drawn uniformly from a pool E per targeted district
 * (adversary.ts), independently of who checks (checks/receipts streams), so given the n_E checkers
 * in E the chance that none of the M victims checks is hypergeometric, C(|E| - n_E, M) / C(|E|, M)
 * (stats.ts `missProbability`), and districts miss independently:
 *
 *   P(detect) = 1 - prod_d P(miss | |E_d|, M_d, n_d)
 *
 * It assumes random victims: with `adversary.avoidCheckers` above 0 the observed rate falls below it,
 * which is the point a class can see. Only attacks that receipts alone can reveal have this form.
 */
import { BallotState } from '../casting/resolve.ts';
import type { SimulationRun } from '../run/simulate.ts';
import { missProbability } from '../stats/stats.ts';

/**
 * The closed form for the run, or null when it has none: more than one attack, an attack made after
 * the close (the chain walk, not only receipts, can reveal it), or a kind other than `substitute` and
 * `inject-revotes`. It is 0 when receipts cannot reveal the attack at all: a private ledger (the
 * operator answers lookups in its own database), or injected re-votes checked during voting (the
 * re-vote comes later) or without voter pseudonyms (the voter's own ballot is intact).
 */
export function receiptDetectionProbability(run: Pick<SimulationRun, 'scenario' | 'electorate' | 'casting' | 'ballotState' | 'integrity'>): number | null {
  const { scenario, electorate: e, casting, ballotState, integrity } = run;
  const attacks = scenario.adversary.attacks;
  if (attacks.length !== 1) return null;
  const [attack] = attacks;
  if (attack.when !== 'during-voting' || (attack.kind !== 'substitute' && attack.kind !== 'inject-revotes')) return null;
  const v = scenario.verifiability;
  if (v.ledger !== 'public') return 0;
  const inject = attack.kind === 'inject-revotes';
  if (inject && (v.receiptCheckTime !== 'after-publication' || v.revoteResolution !== 'public')) return 0;

  const { ballots } = casting;
  const beneficiary = scenario.parties.findIndex((p) => p.id === attack.beneficiary);
  // The adversary's pool (adversary.ts countedRows): counted ballots not already for the beneficiary;
  // for injected re-votes only voters who voted once.
  const ballotsOf = new Uint8Array(e.voters);
  for (let i = 0; i < ballots.count; i++) if (ballotsOf[ballots.voter[i]] < 255) ballotsOf[ballots.voter[i]]++;
  const D = scenario.districts.length;
  const pool = new Float64Array(D);
  const checkersInPool = new Float64Array(D);
  const counted = BallotState.counted;
  for (let i = 0; i < ballots.count; i++) {
    if (ballotState[i] !== counted || ballots.choice[i] === beneficiary) continue;
    const voter = ballots.voter[i];
    if (inject && ballotsOf[voter] !== 1) continue;
    pool[ballots.district[i]]++;
    if (integrity.checkers[voter]) checkersInPool[ballots.district[i]]++;
  }
  const targets = attack.districts.length > 0 ? attack.districts : scenario.districts.map((d) => d.id);
  let miss = 1;
  for (const id of targets) {
    const d = scenario.districts.findIndex((x) => x.id === id);
    miss *= missProbability(pool[d], Math.min(attack.size, pool[d]), checkersInPool[d]);
  }
  return 1 - miss;
}
