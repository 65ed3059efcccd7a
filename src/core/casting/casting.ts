/**
 * Casting: who registers for online voting, who votes and where, when online ballots are cast,
 * and the postponed votes (re-votes) that follow. Paper ballots go straight into precinct boxes
 * (counts per precinct); online ballots become rows of the ballot table, in ledger order.
 */
import { aliasTable } from '../base/alias.ts';
import { BallotBuilder, BallotCause, type BallotTable } from './ballots.ts';
import type { Electorate, Progress } from '../electorate/electorate.ts';
import type { StreamFactory } from '../base/random.ts';
import { MAX_ONLINE_BALLOTS, type Scenario } from '../scenario/scenario.ts';
import { ScenarioError } from '../scenario/validate.ts';
import { onlineSchedule, type Schedule } from './schedule.ts';

/** Bits of a voter's casting status. */
export const VoterStatus = {
  registeredOnline: 1,
  votedOnline: 2,
  votedPaper: 4,
  /** Struck off the paper roll because registered online (last-online policy). */
  struckOff: 8,
} as const;

/** Most re-votes one voter makes (a cap on the repeat chain, not a rule of any real system). */
export const MAX_REVOTES = 5;


export interface Casting {
  /** VoterStatus bits per voter. */
  readonly status: Uint8Array;
  /** Paper ballots in each precinct's box, per party: P x K row-major. */
  readonly paperCounts: Uint32Array;
  /** Every online ballot, in ledger (time) order. */
  readonly ballots: BallotTable;
  readonly schedule: Schedule;
  /** Facts about people, gathered while casting (the truth the published data is compared with). */
  readonly stats: CastingStats;
}

export interface CastingStats {
  /** Per district: online registrants. */
  readonly registered: Float64Array;
  /** Per district: voters whose ballot counts (paper, or their deciding online ballot). */
  readonly voters: Float64Array;
  /** Per district: voters who cast more than one ballot (online re-votes, or online then paper). */
  readonly revoters: Float64Array;
  /** D x K: sincere preferences of the voters counted in `voters`. */
  readonly sincere: Float64Array;
  /** Per precinct: voters left on the paper roll (not struck off for online voting). */
  readonly paperRoll: Uint32Array;
  /** Per district: what workplace pressure achieved (the truth; no observer sees it). */
  readonly coercion: CoercionStats;
}

/** Per district, pressured online voters whose first ballot went against their own preference, and what became of it. */
export interface CoercionStats {
  readonly coerced: Float64Array;
  /** Re-voted in private before re-voting closed: their own choice counts. */
  readonly escaped: Float64Array;
  /** Would have re-voted, but the employer could see a re-vote (receipt + pseudonyms on a public ledger). */
  readonly deterred: Float64Array;
  /** Re-voted too late: after the re-voting deadline, so the re-vote was refused. */
  readonly refused: Float64Array;
}

/**
 * Whether an employer holding a voter's receipt can see a later re-vote: the receipt points at the
 * voter's entry, and a pseudonym on a public ledger links it to every later ballot in that name.
 */
export const escapeIsVisible = (s: Scenario): boolean =>
  s.mobilisation.demands === 'receipt' && s.verifiability.ledger === 'public' && s.verifiability.revoteResolution === 'public';

/** `maxBallots` is MAX_ONLINE_BALLOTS but for tests, which reach a smaller limit on a small city. */
export function castVotes(scenario: Scenario, e: Electorate, streams: StreamFactory, progress?: Progress, maxBallots = MAX_ONLINE_BALLOTS): Casting {
  const K = e.parties;
  const D = scenario.districts.length;
  const schedule = onlineSchedule(scenario);
  const status = new Uint8Array(e.voters);
  const paperCounts = new Uint32Array((e.precinctStart.length - 1) * K);
  const expected = scenario.online.enabled ? e.voters * scenario.online.registrationShare * 1.3 : 0;
  const builder = new BallotBuilder(expected, maxBallots);
  const P = e.precinctStart.length - 1;
  const stats: CastingStats = {
    registered: new Float64Array(D),
    voters: new Float64Array(D),
    revoters: new Float64Array(D),
    sincere: new Float64Array(D * K),
    paperRoll: new Uint32Array(P),
    coercion: { coerced: new Float64Array(D), escaped: new Float64Array(D), deterred: new Float64Array(D), refused: new Float64Array(D) },
  };
  for (let d = 0; d < D; d++) {
    try {
      castDistrict(scenario, e, d, streams, schedule, status, paperCounts, builder, stats);
    } catch (err) {
      if (err instanceof RangeError && builder.count >= maxBallots) throw tooManyBallots(maxBallots);
      throw err;
    }
    // The last tenth is the sort into ledger order, so the bar moves past the last district.
    progress?.((0.9 * (d + 1)) / D);
  }
  const ballots = builder.inLedgerOrder(schedule.seconds);
  progress?.(1);
  return { status, paperCounts, ballots, schedule, stats };
}

function tooManyBallots(limit: number): ScenarioError {
  const most = limit.toLocaleString('en-US');
  return new ScenarioError([
    {
      path: 'online',
      message:
        `the run casts more than ${most} online ballots (first ballots and re-votes), the most one run holds (Moscow 2021 stored 2.2 million); ` +
        'lower the districts\' registered voters, online.registrationShare or online.voteRate, or revoting.changeMindRate or revoting.repeatRate',
    },
  ]);
}

function castDistrict(
  scenario: Scenario,
  e: Electorate,
  d: number,
  streams: StreamFactory,
  schedule: Schedule,
  status: Uint8Array,
  paperCounts: Uint32Array,
  ballots: BallotBuilder,
  stats: CastingStats,
): void {
  const K = e.parties;
  const id = scenario.districts[d].id;
  const { online, mobilisation, revoting } = scenario;
  const policy = revoting.policy;
  const seed = scenario.seed;
  const rReg = streams(seed, `casting/registration/${id}`);
  const rTurn = streams(seed, `casting/turnout/${id}`);
  const rOnline = streams(seed, `casting/online/${id}`);
  const rRevote = streams(seed, `casting/revote/${id}`);

  const reach = registrationReach(scenario, e, d);
  const { preference, pressure, propensity, digital } = e;
  const { slotStart, general, workHours, seconds } = schedule;
  const newMind = aliasTable(e.districtPreferenceShares.subarray(d * K, d * K + K));
  const canRevote = policy !== 'none';
  const paperOverrides = policy === 'paper-overrides';
  const struckOff = policy === 'last-online';
  const voteRate = online.voteRate;
  const registerRate = mobilisation.registerRate;
  const compliance = mobilisation.compliance;
  const workHoursShare = mobilisation.workHoursShare;
  const { escapeRate, changeMindRate, repeatRate, paperOverrideRate } = revoting;
  // Re-votes after the deadline are refused; a voter who knows the employer would see a re-vote does not try.
  const revoteUntil = seconds - revoting.deadlineHours * 3600;
  const escapeSeen = escapeIsVisible(scenario);
  let coerced = 0;
  let escaped = 0;
  let deterred = 0;
  let refused = 0;
  const enabled = online.enabled;
  // Imported objects are read through getters in some module loaders: copy what the loop needs.
  const REGISTERED = VoterStatus.registeredOnline;
  const ONLINE = VoterStatus.votedOnline;
  const PAPER = VoterStatus.votedPaper;
  const STRUCK_OFF = VoterStatus.struckOff;
  const FIRST = BallotCause.first;
  const ESCAPE = BallotCause.escape;
  const CHANGED_MIND = BallotCause.changedMind;
  let registrants = 0;
  let voters = 0;
  let revoters = 0;
  const sincere = stats.sincere;
  const sincereAt = d * K;

  for (let p = e.districtPrecinctStart[d]; p < e.districtPrecinctStart[d + 1]; p++) {
    const box = p * K;
    let struck = 0;
    for (let v = e.precinctStart[p]; v < e.precinctStart[p + 1]; v++) {
      const pref = preference[v];
      const pressed = pressure[v];
      const pi = propensity[v] * (1 / 255);
      // One registration draw and one turnout draw per voter, whatever the knobs.
      const uReg = rReg();
      const registered = enabled && (pressed !== 0 ? uReg < registerRate : uReg < reach * (digital[v] * (1 / 255)) * (0.5 + pi));
      const uTurn = rTurn();
      if (!registered) {
        if (uTurn < pi) {
          status[v] = PAPER;
          paperCounts[box + pref]++;
          voters++;
          sincere[sincereAt + pref]++;
        }
        continue;
      }
      registrants++;
      if (struckOff) struck++;
      let st: number = REGISTERED | (struckOff ? STRUCK_OFF : 0);
      if (uTurn >= voteRate) {
        // A registrant who does not vote online may still vote on paper, unless struck off the roll.
        if (!struckOff && (uTurn - voteRate) / (1 - voteRate) < pi) {
          st |= PAPER;
          paperCounts[box + pref]++;
          voters++;
          sincere[sincereAt + pref]++;
        }
        status[v] = st;
        continue;
      }
      st |= ONLINE;
      voters++;
      sincere[sincereAt + pref]++;
      // First online ballot: four draws (slot, second, compliance, working hours).
      const uSlot = rOnline();
      const uSecond = rOnline();
      const complied = pressed !== 0 && rOnline() < compliance;
      const atWork = pressed !== 0 && rOnline() < workHoursShare;
      if (pressed === 0) {
        rOnline();
        rOnline();
      }
      const table = atWork ? workHours : general;
      const xs = uSlot * table.size;
      const xi = xs | 0;
      const slot = xs - xi < table.keep[xi] ? xi : table.alias[xi];
      let t = slotStart[slot] + Math.floor(uSecond * (slotStart[slot + 1] - slotStart[slot]));
      const first = complied ? pressed - 1 : pref;
      ballots.push(v, t, first, d, FIRST);

      // Postponed votes: two draws always (re-vote? paper later?), more only for re-voters.
      const uRevote = rRevote();
      const uPaper = rRevote();
      let revoted = false;
      const against = complied && first !== pref;
      if (against) coerced++;
      if (canRevote) {
        const escapeP = against ? escapeRate : 0;
        let cause = -1;
        if (uRevote < escapeP) cause = ESCAPE;
        else if (escapeP < 1 && (uRevote - escapeP) / (1 - escapeP) < changeMindRate) cause = CHANGED_MIND;
        if (cause === ESCAPE && escapeSeen) {
          deterred++;
          cause = -1;
        }
        // The draws below happen whether or not a re-vote is refused, so the deadline reshuffles nothing else.
        for (let n = 0; cause >= 0 && n < MAX_REVOTES; n++) {
          t += Math.floor(rRevote() * (seconds - t));
          let choice = pref;
          if (cause === CHANGED_MIND) {
            const xm = rRevote() * K;
            const im = xm | 0;
            choice = xm - im < newMind.keep[im] ? im : newMind.alias[im];
          }
          if (t > revoteUntil) {
            if (cause === ESCAPE) refused++;
            break;
          }
          if (cause === ESCAPE) escaped++;
          ballots.push(v, t, choice, d, cause);
          revoted = true;
          cause = rRevote() < repeatRate ? CHANGED_MIND : -1;
        }
      }
      if (paperOverrides && uPaper < paperOverrideRate) {
        st |= PAPER;
        paperCounts[box + pref]++;
        revoted = true;
      }
      if (revoted) revoters++;
      status[v] = st;
    }
    stats.paperRoll[p] = e.precinctStart[p + 1] - e.precinctStart[p] - struck;
  }
  stats.registered[d] = registrants;
  stats.voters[d] = voters;
  stats.revoters[d] = revoters;
  stats.coercion.coerced[d] = coerced;
  stats.coercion.escaped[d] = escaped;
  stats.coercion.deterred[d] = deterred;
  stats.coercion.refused[d] = refused;
}

/**
 * The factor `reach` for unpressured voters' registration chance, min(1, reach · digital · (0.5 + propensity)),
 * chosen so that the district's expected registrations, pressured voters included, meet
 * online.registrationShare. Solved by bisection over a histogram of (digital, propensity) bytes.
 */
function registrationReach(scenario: Scenario, e: Electorate, d: number): number {
  const lo = e.districtStart[d];
  const hi = e.districtStart[d + 1];
  const hist = new Uint32Array(256 * 256);
  let pressured = 0;
  for (let v = lo; v < hi; v++) {
    if (e.pressure[v] !== 0) pressured++;
    else hist[(e.digital[v] << 8) | e.propensity[v]]++;
  }
  const target = scenario.online.registrationShare * (hi - lo) - pressured * scenario.mobilisation.registerRate;
  if (target <= 0) return 0;
  const weights = new Float64Array(hist.length);
  const counts = new Float64Array(hist.length);
  let bins = 0;
  for (let b = 0; b < hist.length; b++) {
    const w = ((b >> 8) / 255) * (0.5 + (b & 255) / 255);
    if (hist[b] > 0 && w > 0) {
      weights[bins] = w;
      counts[bins] = hist[b];
      bins++;
    }
  }
  const expected = (k: number) => {
    let sum = 0;
    for (let i = 0; i < bins; i++) sum += counts[i] * Math.min(1, k * weights[i]);
    return sum;
  };
  let kHi = 1;
  while (expected(kHi) < target && kHi < 1e9) kHi *= 2;
  if (expected(kHi) < target) return kHi; // everyone who can register does
  let kLo = 0;
  for (let i = 0; i < 40; i++) {
    const mid = (kLo + kHi) / 2;
    if (expected(mid) < target) kLo = mid;
    else kHi = mid;
  }
  return kHi;
}
