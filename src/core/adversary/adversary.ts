/**
 * The adversary: turns the scenario's attacks into a plan of what the operator stores instead of
 * what voters cast. Honest by default (an empty plan). Victims are picked per district from the
 * stream `adversary/<attack index>/<district id>`; with `avoidCheckers` the attacker prefers the
 * least digital voters, who are the least likely to check a receipt.
 */
import { BallotBuilder, type BallotTable } from '../casting/ballots.ts';
import { VoterStatus, type Casting } from '../casting/casting.ts';
import type { Electorate } from '../electorate/electorate.ts';
import type { StreamFactory } from '../base/random.ts';
import { BallotState } from '../casting/resolve.ts';
import type { Attack, Scenario } from '../scenario/scenario.ts';

/** What happened to an honest online ballot on its way into the operator's ledger. */
export const Tamper = {
  none: 0,
  /** Stored with another choice as it arrived. */
  substitutedLive: 1,
  /** Never stored, though the voter got a receipt. */
  droppedLive: 2,
  /** Changed in the database after the close; the hash chain was left as it was. */
  substitutedAfterClose: 3,
  /** Changed after the close, the chain rebuilt and the final checkpoint re-signed. */
  rewritten: 4,
  /** Removed from the database after the close. */
  droppedAfterClose: 5,
  /** Changed after the first online release, before the recounts. */
  changedBetweenReleases: 6,
  /** The voter's own client sent the beneficiary (and computed the receipt of what it sent). */
  compromisedClient: 7,
} as const;

/** What each Tamper code is called in the page (Tamper.none has no label). */
export const TAMPER_LABELS: Readonly<Record<number, string>> = {
  [Tamper.substitutedLive]: 'substituted as it arrived',
  [Tamper.droppedLive]: 'dropped as it arrived',
  [Tamper.substitutedAfterClose]: 'changed after the close',
  [Tamper.rewritten]: 'changed after the close, chain rebuilt',
  [Tamper.droppedAfterClose]: 'removed after the close',
  [Tamper.changedBetweenReleases]: 'changed between releases',
  [Tamper.compromisedClient]: 'sent for the beneficiary by a compromised voting app',
};

/** Why an added ballot exists (the `cause` column of AdversaryPlan.added). */
export const Added = { injectedRevote: 10, phantom: 11 } as const;

export interface AttackEffect {
  readonly attack: number;
  readonly kind: Attack['kind'];
  readonly beneficiary: string;
  readonly when: Attack['when'];
  readonly districtId: number;
  /** Ballots (or paper votes) actually affected: fewer than the size when too few victims exist. */
  readonly ballots: number;
}

export interface AdversaryPlan {
  readonly honest: boolean;
  /** Per honest ballot row: a Tamper code. */
  readonly tamper: Uint8Array;
  /** Per honest ballot row: the choice the operator stores (the cast one unless substituted). */
  readonly storedChoice: Uint8Array;
  /** Ballots the adversary adds, in time order; `cause` is an Added code. */
  readonly added: BallotTable;
  /** Per added row: 0 appended live during voting, 1 inserted after the close (backdated). */
  readonly addedAfterClose: Uint8Array;
  /** Some attack rebuilds the chain and re-signs the final checkpoint. */
  readonly rebuild: boolean;
  /** Paper ballots actually in the boxes (P x K) after stuffing. */
  readonly boxes: Uint32Array;
  /** Precinct protocols as the commissions publish them (P x K). */
  readonly protocols: Uint32Array;
  readonly effects: readonly AttackEffect[];
}

export function planAttacks(scenario: Scenario, e: Electorate, casting: Casting, ballotState: Uint8Array, streams: StreamFactory): AdversaryPlan {
  const { ballots } = casting;
  const tamper = new Uint8Array(ballots.count);
  const storedChoice = ballots.choice.slice();
  const boxes = casting.paperCounts.slice();
  const protocols = casting.paperCounts.slice();
  const attacks = scenario.adversary.attacks;
  const builder = new BallotBuilder(16);
  const afterCloseOf: number[] = [];
  const effects: AttackEffect[] = [];
  if (attacks.length === 0) {
    return { honest: true, tamper, storedChoice, added: builder.inLedgerOrder(casting.schedule.seconds), addedAfterClose: new Uint8Array(0), rebuild: false, boxes, protocols, effects };
  }

  const K = e.parties;
  const avoid = scenario.adversary.avoidCheckers;
  const seconds = casting.schedule.seconds;
  const ballotsOf = new Uint8Array(e.voters);
  for (let i = 0; i < ballots.count; i++) if (ballotsOf[ballots.voter[i]] < 255) ballotsOf[ballots.voter[i]]++;
  const abstainerUsed = new Uint8Array(e.voters);
  const partyIndex = (id: string) => scenario.parties.findIndex((p) => p.id === id);

  attacks.forEach((attack, a) => {
    const beneficiary = partyIndex(attack.beneficiary);
    const targets = attack.districts.length > 0 ? attack.districts : scenario.districts.map((d) => d.id);
    for (const districtId of targets) {
      const d = scenario.districts.findIndex((x) => x.id === districtId);
      const rng = streams(scenario.seed, `adversary/${a}/${districtId}`);
      /** Picks up to `size` of the candidates, least digital first as far as `avoid` says. */
      const pick = (candidates: number[], voterOf: (c: number) => number): number[] => {
        if (avoid === 0) {
          // Random victims: a partial Fisher-Yates shuffle, one draw per victim.
          const take = Math.min(attack.size, candidates.length);
          for (let i = 0; i < take; i++) {
            const j = i + Math.floor(rng() * (candidates.length - i));
            [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
          }
          return candidates.slice(0, take);
        }
        const score = new Float64Array(candidates.length);
        for (let i = 0; i < candidates.length; i++) score[i] = avoid * (e.digital[voterOf(candidates[i])] / 255) + (1 - avoid) * rng();
        const order = Array.from(candidates.keys()).sort((x, y) => score[x] - score[y] || x - y);
        return order.slice(0, attack.size).map((i) => candidates[i]);
      };
      const countedRows = (onlySingle: boolean) => {
        const rows: number[] = [];
        for (let i = 0; i < ballots.count; i++) {
          if (ballots.district[i] !== d || tamper[i] !== Tamper.none || ballotState[i] !== BallotState.counted) continue;
          if (ballots.choice[i] === beneficiary) continue;
          if (onlySingle && ballotsOf[ballots.voter[i]] !== 1) continue;
          rows.push(i);
        }
        return rows;
      };
      let affected = 0;
      switch (attack.kind) {
        case 'substitute':
        case 'rewrite-history':
        case 'change-between-releases':
        case 'drop': {
          const code =
            attack.kind === 'substitute'
              ? attack.when === 'during-voting'
                ? Tamper.substitutedLive
                : Tamper.substitutedAfterClose
              : attack.kind === 'rewrite-history'
                ? Tamper.rewritten
                : attack.kind === 'change-between-releases'
                  ? Tamper.changedBetweenReleases
                  : attack.when === 'during-voting'
                    ? Tamper.droppedLive
                    : Tamper.droppedAfterClose;
          for (const row of pick(countedRows(false), (r) => ballots.voter[r])) {
            tamper[row] = code;
            if (attack.kind !== 'drop') storedChoice[row] = beneficiary;
            affected++;
          }
          break;
        }
        case 'compromised-client': {
          // Voters with a single ballot: m cheated voters are m cheated ballots, each challenged independently.
          for (const row of pick(countedRows(true), (r) => ballots.voter[r])) {
            tamper[row] = Tamper.compromisedClient;
            storedChoice[row] = beneficiary;
            affected++;
          }
          break;
        }
        case 'inject-revotes': {
          for (const row of pick(countedRows(true), (r) => ballots.voter[r])) {
            const t = ballots.time[row];
            builder.push(ballots.voter[row], t + Math.floor(rng() * (seconds - t)), beneficiary, d, Added.injectedRevote);
            afterCloseOf.push(attack.when === 'after-close' ? 1 : 0);
            affected++;
          }
          break;
        }
        case 'cast-for-abstainers': {
          const voters: number[] = [];
          for (let v = e.districtStart[d]; v < e.districtStart[d + 1]; v++) {
            const st = casting.status[v];
            if (st & VoterStatus.registeredOnline && !(st & (VoterStatus.votedOnline | VoterStatus.votedPaper)) && !abstainerUsed[v]) voters.push(v);
          }
          for (const v of pick(voters, (x) => x)) {
            abstainerUsed[v] = 1;
            builder.push(v, Math.floor(rng() * seconds), beneficiary, d, Added.phantom);
            afterCloseOf.push(attack.when === 'after-close' ? 1 : 0);
            affected++;
          }
          break;
        }
        case 'stuff-paper':
        case 'rewrite-protocols': {
          affected = tamperPaper(attack, e, d, beneficiary, K, boxes, protocols, rng);
          break;
        }
      }
      effects.push({ attack: a, kind: attack.kind, beneficiary: attack.beneficiary, when: attack.when, districtId, ballots: affected });
    }
  });

  // Added rows go into time order; their after-close flags follow them.
  const flagged = builder.inLedgerOrderWith(seconds, Uint8Array.from(afterCloseOf));
  return {
    honest: false,
    tamper,
    storedChoice,
    added: flagged.table,
    addedAfterClose: flagged.extra,
    rebuild: attacks.some((x) => x.kind === 'rewrite-history'),
    boxes,
    protocols,
    effects,
  };
}

/**
 * Paper attacks, about 200 ballots per precinct in randomly chosen precincts of the district:
 * stuffing adds ballots to the box (and so to its honest count); rewriting moves votes from the
 * strongest rival to the beneficiary in the protocol only.
 */
function tamperPaper(attack: Attack, e: Electorate, d: number, beneficiary: number, K: number, boxes: Uint32Array, protocols: Uint32Array, rng: () => number): number {
  const first = e.districtPrecinctStart[d];
  const count = e.districtPrecinctStart[d + 1] - first;
  const perPrecinct = 200;
  const chosen = new Set<number>();
  const want = Math.min(count, Math.ceil(attack.size / perPrecinct));
  while (chosen.size < want) chosen.add(first + Math.floor(rng() * count));
  let left = attack.size;
  let done = 0;
  for (const p of [...chosen].sort((a, b) => a - b)) {
    if (left <= 0) break;
    const n = Math.min(left, Math.ceil(attack.size / want));
    if (attack.kind === 'stuff-paper') {
      boxes[p * K + beneficiary] += n;
      protocols[p * K + beneficiary] += n;
      done += n;
      left -= n;
    } else {
      let rival = -1;
      for (let k = 0; k < K; k++) if (k !== beneficiary && (rival < 0 || protocols[p * K + k] > protocols[p * K + rival])) rival = k;
      const moved = Math.min(n, protocols[p * K + rival]);
      protocols[p * K + rival] -= moved;
      protocols[p * K + beneficiary] += moved;
      done += moved;
      left -= moved;
    }
  }
  return done;
}
