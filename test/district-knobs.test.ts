/**
 * The knobs that let a city follow a real one: a district's own support (a party with no candidate there, a
 * local candidate), the party its pressured voters are told to vote for, and a given hour-by-hour arrival curve.
 */
import { describe, expect, it } from 'vitest';
import { BallotCause, simulate } from '../src/core/index.ts';
import { smallCity } from './helpers.ts';

describe('district support and mobilisation', () => {
  const run = simulate(
    smallCity({
      mobilisation: { party: 'unity', shareByAge: [0.3, 0.3, 0.3] },
      districts: [
        { id: 11, name: 'North', registered: 3000, support: { unity: [0, 0, 0], greens: [3, 3, 3] }, mobilisedFor: 'greens' },
        { id: 12, name: 'South', registered: 2500 },
      ],
    }),
  );
  const [north, south] = run.result.districts;
  const votes = (d: typeof north, party: string) => d.truth[d.candidates.findIndex((c) => c.party === party)];

  it('gives a party with zero support in a district no votes there, pressure included', () => {
    expect(votes(north, 'unity')).toBe(0);
    expect(votes(south, 'unity')).toBeGreaterThan(0);
  });

  it('uses the district’s own support in place of the citywide one', () => {
    expect(votes(north, 'greens') / north.turnout).toBeGreaterThan(0.5);
    expect(votes(south, 'greens') / south.turnout).toBeLessThan(0.5);
  });
});

describe('online.hourlyWeights', () => {
  it('casts first online ballots only in the hours it weighs', () => {
    // 08:00 Friday to 20:00 Sunday is 60 hours; only hours 2 and 30 of the window carry weight.
    const hourlyWeights = Array.from({ length: 60 }, (_, h) => (h === 2 ? 3 : h === 30 ? 1 : 0));
    // Pressured voters sent to vote at work follow the working hours instead, so none are sent here.
    const { casting } = simulate(smallCity({ online: { hourlyWeights }, mobilisation: { workHoursShare: 0 } }));
    const { ballots } = casting;
    let early = 0;
    let late = 0;
    for (let i = 0; i < ballots.count; i++) {
      if (ballots.cause[i] !== BallotCause.first) continue;
      const hour = Math.floor(ballots.time[i] / 3600);
      expect([2, 30]).toContain(hour);
      if (hour === 2) early++;
      else late++;
    }
    expect(early / (early + late)).toBeGreaterThan(0.7);
    expect(early / (early + late)).toBeLessThan(0.8);
  });
});
