/**
 * Invariants of casting, postponed votes and the tally, over random knobs and seeds (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BallotCause, BallotState, REVOTE_POLICIES, simulate, VoterStatus, type SimulationRun } from '../src/core/index.ts';
import { smallCity } from './helpers.ts';

const knobs = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 12 }),
  policy: fc.constantFrom(...REVOTE_POLICIES),
  changeMindRate: fc.double({ min: 0, max: 1, noNaN: true }),
  escapeRate: fc.double({ min: 0, max: 1, noNaN: true }),
  repeatRate: fc.double({ min: 0, max: 0.9, noNaN: true }),
  paperOverrideRate: fc.double({ min: 0, max: 1, noNaN: true }),
  registrationShare: fc.double({ min: 0, max: 0.95, noNaN: true }),
  voteRate: fc.double({ min: 0, max: 1, noNaN: true }),
  enabled: fc.boolean(),
});

type Knobs = typeof knobs extends fc.Arbitrary<infer T> ? T : never;

function runWith(k: Knobs): SimulationRun {
  const { seed, policy, changeMindRate, escapeRate, repeatRate, paperOverrideRate, registrationShare, voteRate, enabled } = k;
  return simulate(
    smallCity({
      seed,
      revoting: { policy, changeMindRate, escapeRate, repeatRate, paperOverrideRate },
      online: { registrationShare, voteRate, enabled },
    }),
  );
}

/** Per voter: counted online ballots, all online ballots, and the voter's ballots in ledger order. */
function perVoter(run: SimulationRun) {
  const n = run.electorate.voters;
  const counted = new Uint8Array(n);
  const cast = new Uint16Array(n);
  const { ballots } = run.casting;
  for (let i = 0; i < ballots.count; i++) {
    cast[ballots.voter[i]]++;
    if (run.ballotState[i] === BallotState.counted) counted[ballots.voter[i]]++;
  }
  return { counted, cast };
}

const property = (name: string, check: (run: SimulationRun, k: Knobs) => void) =>
  it(name, () => fc.assert(fc.property(knobs, (k) => check(runWith(k), k)), { numRuns: 40 }));

describe('tally invariants', () => {
  property('every voter who voted has exactly one counted ballot; others have none', (run) => {
    const { counted } = perVoter(run);
    const { status } = run.casting;
    for (let v = 0; v < run.electorate.voters; v++) {
      const voted = (status[v] & (VoterStatus.votedOnline | VoterStatus.votedPaper)) !== 0;
      const paper = status[v] & VoterStatus.votedPaper ? 1 : 0;
      expect(counted[v] + paper, `voter ${v}`).toBe(voted ? 1 : 0);
    }
  });

  property('counted + superseded + cancelled + rejected = cast, in every district', (run) => {
    for (const d of run.result.districts) {
      let other = 0;
      const index = run.scenario.districts.findIndex((x) => x.id === d.id);
      for (let i = 0; i < run.casting.ballots.count; i++) {
        if (run.casting.ballots.district[i] === index && run.ballotState[i] !== BallotState.counted) other++;
      }
      expect(d.onlineCounted + other).toBe(d.onlineCast);
      expect(d.online.reduce((a, b) => a + b, 0)).toBe(d.onlineCounted);
    }
  });

  property('the ledger is in time order and inside the voting window', (run) => {
    const { time, count } = run.casting.ballots;
    for (let i = 1; i < count; i++) expect(time[i]).toBeGreaterThanOrEqual(time[i - 1]);
    if (count > 0) expect(time[count - 1]).toBeLessThan(run.casting.schedule.seconds);
  });

  property('each re-vote policy behaves as stated', (run, k) => {
    const { counted, cast } = perVoter(run);
    const { status } = run.casting;
    const { ballots } = run.casting;
    const lastIndex = new Int32Array(run.electorate.voters).fill(-1);
    const firstIndex = new Int32Array(run.electorate.voters).fill(-1);
    for (let i = 0; i < ballots.count; i++) {
      if (firstIndex[ballots.voter[i]] < 0) firstIndex[ballots.voter[i]] = i;
      lastIndex[ballots.voter[i]] = i;
    }
    for (let v = 0; v < run.electorate.voters; v++) {
      const registered = (status[v] & VoterStatus.registeredOnline) !== 0;
      const paper = (status[v] & VoterStatus.votedPaper) !== 0;
      if (k.policy === 'last-online') {
        // Online registrants are struck off the paper roll, and the last online ballot counts.
        if (registered) expect(status[v] & VoterStatus.struckOff).toBeTruthy();
        if (registered) expect(paper).toBe(false);
        if (cast[v] > 0) expect(run.ballotState[lastIndex[v]]).toBe(BallotState.counted);
      } else if (k.policy === 'paper-overrides') {
        // A paper vote cancels every online ballot; otherwise the last online ballot counts.
        if (paper && cast[v] > 0) expect(counted[v]).toBe(0);
        if (!paper && cast[v] > 0) expect(run.ballotState[lastIndex[v]]).toBe(BallotState.counted);
      } else {
        // No re-voting: one online ballot at most, and it counts.
        expect(cast[v]).toBeLessThanOrEqual(1);
        if (cast[v] > 0) expect(run.ballotState[firstIndex[v]]).toBe(BallotState.counted);
        if (cast[v] > 0) expect(paper).toBe(false);
      }
    }
  });

  property('an honest run publishes the truth, and the totals add up', (run) => {
    const { result } = run;
    for (const d of result.districts) {
      expect(d.published).toEqual(d.truth);
      expect(d.truth).toEqual(d.paper.map((p, i) => p + d.online[i]));
      expect(d.publishedWinner).toBe(d.truthWinner);
      expect(d.turnout).toBe(d.paperBallots + d.onlineCounted);
      expect(d.sincere.reduce((a, b) => a + b, 0)).toBe(d.turnout);
      expect(d.flipped).toBe(d.paperLeader !== null && d.paperLeader !== d.publishedWinner);
    }
    const sum = (f: (d: (typeof result.districts)[number]) => number) => result.districts.reduce((a, d) => a + f(d), 0);
    expect(result.totals.turnout).toBe(sum((d) => d.turnout));
    expect(result.totals.onlineCast).toBe(sum((d) => d.onlineCast));
    expect(result.totals.revoters).toBe(sum((d) => d.revoters));
    expect(result.totals.flips).toBe(result.districts.filter((d) => d.flipped).length);
  });

  property('re-voters are exactly the voters with more than one ballot', (run) => {
    const { cast } = perVoter(run);
    let expected = 0;
    for (let v = 0; v < run.electorate.voters; v++) {
      const paper = run.casting.status[v] & VoterStatus.votedPaper ? 1 : 0;
      if (cast[v] + paper > 1) expected++;
    }
    expect(run.result.totals.revoters).toBe(expected);
  });

  property('re-votes have causes: escapes restore the sincere preference', (run) => {
    const { ballots } = run.casting;
    for (let i = 0; i < ballots.count; i++) {
      if (ballots.cause[i] === BallotCause.escape) {
        const v = ballots.voter[i];
        expect(run.electorate.pressure[v]).not.toBe(0);
        expect(ballots.choice[i]).toBe(run.electorate.preference[v]);
      }
    }
  });
});

describe('ties', () => {
  it('give the published and the true winner the same lot', () => {
    // Found by the property above: in this small city district 12 ties on paper (nobody votes online).
    const r = simulate(smallCity({ seed: 'valueOf$valu', online: { registrationShare: 0, voteRate: 0 } }));
    const d = r.result.districts[1];
    const top = Math.max(...d.published);
    expect(d.published.filter((x) => x === top).length).toBeGreaterThan(1);
    expect(d.publishedWinner).toBe(d.truthWinner);
    // Paper is the whole count here: the same tie, the same lot, no phantom flip.
    expect(d.paperLeader).toBe(d.publishedWinner);
    expect(d.flipped).toBe(false);
  });
});
