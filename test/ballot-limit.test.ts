/**
 * Issue 19, item 2: the online ballots of a run are bounded (MAX_ONLINE_BALLOTS), since the schema
 * alone lets 10 million voters re-vote five times each. Reaching the bound is a ScenarioError that
 * names the knobs to lower, as a page or the CLI shows any invalid scenario; the limit is lowered
 * here so that a small city reaches it.
 */
import { describe, expect, it } from 'vitest';
import { BallotBuilder, castVotes } from '../src/core/casting/index.ts';
import { generateElectorate } from '../src/core/electorate/electorate.ts';
import { aleaStreams } from '../src/core/base/random.ts';
import { MAX_ONLINE_BALLOTS, MAX_VOTERS, parseScenario, ScenarioError } from '../src/core/index.ts';
import { MAX_REVOTES } from '../src/core/casting/casting.ts';
import { smallCity } from './helpers.ts';

const scenario = parseScenario(smallCity({ online: { registrationShare: 0.9, voteRate: 1 }, revoting: { changeMindRate: 1, repeatRate: 0.9 } }));
const electorate = generateElectorate(scenario, aleaStreams);
const cast = (limit: number) => castVotes(scenario, electorate, aleaStreams, undefined, limit);

describe('a run casts at most MAX_ONLINE_BALLOTS online ballots', () => {
  it('is a bound the schema does not already imply', () => {
    expect(MAX_VOTERS * (1 + MAX_REVOTES)).toBeGreaterThan(MAX_ONLINE_BALLOTS);
  });

  it('stops at the limit with an error naming the knobs to lower', () => {
    const all = cast(Number.MAX_SAFE_INTEGER).ballots.count;
    expect(all).toBeGreaterThan(1000);
    expect(cast(all).ballots.count).toBe(all);
    let caught: unknown;
    try {
      cast(all - 1);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    const issue = (caught as ScenarioError).issues[0];
    expect(issue.path).toBe('online');
    expect(issue.message).toMatch(new RegExp(`^the run casts more than ${(all - 1).toLocaleString('en-US')} online ballots \\(first ballots and re-votes\\)`));
    expect(issue.message).toContain('revoting.changeMindRate or revoting.repeatRate');
  });

  it('leaves the builder below its limit untouched', () => {
    const b = new BallotBuilder(4, 20);
    for (let i = 0; i < 20; i++) b.push(i, i, 0, 0, 0);
    expect(b.inLedgerOrder(30).count).toBe(20);
    expect(() => b.push(20, 20, 0, 0, 0)).toThrow(RangeError);
  });
});
