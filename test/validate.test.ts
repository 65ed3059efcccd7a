import { describe, expect, it } from 'vitest';
import { checkScenario, defaultScenario, parseScenario, ScenarioError } from '../src/core/index.ts';
import { presets } from '../src/content/presets/index.ts';

/** The first issue's "path: message", or undefined when the input is valid. */
function firstIssue(input: unknown): string | undefined {
  const { issues } = checkScenario(input);
  return issues.length > 0 ? `${issues[0].path}: ${issues[0].message}` : undefined;
}

const districts = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `D${i + 1}`, registered: 1000 }));

describe('scenario validation', () => {
  it('completes an empty input with the classroom defaults', () => {
    expect(parseScenario({})).toEqual(defaultScenario());
  });

  it('accepts every preset', () => {
    for (const [name, preset] of Object.entries(presets)) expect(firstIssue(preset), name).toBeUndefined();
  });

  it('names the field path and the reason', () => {
    const input = { districts: districts(4).map((d, i) => (i === 3 ? { ...d, registered: -5 } : d)) };
    expect(firstIssue(input)).toBe('districts[3].registered: must be a positive integer, got -5');
  });

  it.each([
    [{ seed: 7 }, 'seed: must be a string, got 7'],
    [{ revoting: { policy: 'sometimes' } }, 'revoting.policy: must be one of "last-online", "paper-overrides", "none", got "sometimes"'],
    [{ online: { registrationShare: 1.5 } }, 'online.registrationShare: must be a number from 0 to 0.95, got 1.5'],
    [{ electorate: { ageShares: [0.5, 0.5] } }, 'electorate.ageShares: must hold 3 to 3 items, got a list of 2'],
    [{ release: { onlineReleases: 2.5 } }, 'release.onlineReleases: must be an integer, got 2.5'],
    [{ online: { opens: '17/09/2021 08:00' } }, 'online.opens: must be a local date and time like 2021-09-19T20:00, got "17/09/2021 08:00"'],
    [{ districts: [{ id: 1, name: 'A' }] }, 'districts[0].registered: is required'],
    [{ districts: 'many' }, 'districts: must be a list, got "many"'],
    [[1, 2], '(scenario): must be an object, got a list of 2'],
    [{ online: { voteRate: Number.NaN } }, 'online.voteRate: must be a number, got NaN'],
  ])('rejects %j', (input, message) => {
    expect(firstIssue(input)).toBe(message);
  });

  it('rejects unknown fields by name, at any depth', () => {
    expect(firstIssue({ districs: [] })).toMatch(/^districs: unknown field \(known here: format, name, /);
    expect(firstIssue({ revoting: { polcy: 'none' } })).toBe(
      'revoting.polcy: unknown field (known here: policy, changeMindRate, escapeRate, repeatRate, paperOverrideRate, deadlineHours)',
    );
    expect(firstIssue({ districts: [{ id: 1, name: 'A', registered: 10, colour: 'red' }] })).toMatch(/^districts\[0\]\.colour: unknown field/);
  });

  it('checks the rules that tie fields together', () => {
    expect(firstIssue({ districts: [...districts(2), { id: 2, name: 'Again', registered: 5 }] })).toBe('districts[2].id: must be unique, got 2 twice');
    expect(firstIssue({ districts: [{ id: 1, name: 'A', registered: 10, lean: { reds: 0.2 } }] })).toBe(
      'districts[0].lean.reds: must name a party id (unity, progress, greens, liberty)',
    );
    expect(firstIssue({ online: { opens: '2021-09-19T20:00', closes: '2021-09-17T08:00' } })).toBe(
      'online.closes: must be after online.opens (2021-09-19T20:00), got "2021-09-17T08:00"',
    );
    expect(firstIssue({ online: { opens: '2021-02-30T08:00' } })).toBe('online.opens: must be a real calendar time, got "2021-02-30T08:00"');
    expect(firstIssue({ online: { dayShares: [1, 1] } })).toBe(
      'online.dayShares: must give a share for each of the 3 days of the voting window, got a list of 2',
    );
    expect(firstIssue({ electorate: { precinctMin: 3000, precinctMax: 2000 } })).toBe(
      'electorate.precinctMin: must not exceed electorate.precinctMax (2000), got 3000',
    );
    expect(firstIssue({ districts: [{ id: 1, name: 'A', registered: 10, support: { reds: [1, 1, 1] } }] })).toBe(
      'districts[0].support.reds: must name a party id (unity, progress, greens, liberty)',
    );
    const nobody = { unity: [0, 0, 0], progress: [0, 0, 0], greens: [0, 0, 0], liberty: [0, 1, 0] };
    expect(firstIssue({ districts: [{ id: 1, name: 'A', registered: 10, support: nobody }] })).toBe('districts[0].support: leaves no party with support in age band 1 here');
    expect(firstIssue({ districts: [{ id: 1, name: 'A', registered: 10, mobilisedFor: 'reds' }] })).toBe(
      'districts[0].mobilisedFor: must name a party id (unity, progress, greens, liberty) or be empty, got "reds"',
    );
    expect(firstIssue({ online: { hourlyWeights: [1, 2, 3] } })).toBe(
      'online.hourlyWeights: must give a weight for each of the 60 hours of the voting window (or none), got a list of 3',
    );
    expect(firstIssue({ online: { hourlyWeights: Array(60).fill(0) } })).toBe('online.hourlyWeights: must have a positive weight, got all zeros');
    expect(firstIssue({ mobilisation: { party: 'nobody' } })).toBe('mobilisation.party: must name a party id when any voter is pressured, got "nobody"');
    expect(firstIssue({ districts: Array.from({ length: 6 }, (_, i) => ({ id: i + 1, name: 'Big', registered: 2_000_000 })) })).toMatch(
      /^districts: must hold at most 10,000,000 registered voters in all, got 12000000/,
    );
  });

  it('checks the verifiable mode’s knobs against each other', () => {
    expect(firstIssue({ e2e: { trustees: 3, threshold: 4 } })).toBe('e2e.threshold: must not exceed e2e.trustees (3), got 4');
    expect(firstIssue({ e2e: { trustees: 3, refusingTrustees: 2, cheatingTrustees: 2 } })).toBe(
      'e2e.cheatingTrustees: refusing plus cheating trustees must not exceed e2e.trustees (3), got 2 + 2',
    );
    expect(firstIssue({ e2e: { enabled: true }, online: { enabled: false } })).toBe('e2e.enabled: needs online.enabled: only online ballots are encrypted');
    expect(firstIssue({ e2e: { challengeRate: 1.5 } })).toBe('e2e.challengeRate: must be a number from 0 to 1, got 1.5');
    expect(firstIssue({ adversary: { attacks: [{ kind: 'compromised-client', when: 'after-close' }] } })).toBe(
      'adversary.attacks[0].when: must be "during-voting" for a compromised client (it cheats as the voter votes)',
    );
  });

  it('reports every issue, and throws a ScenarioError whose message names the first', () => {
    const input = { seed: 1, online: { voteRate: 2 }, typo: true };
    const { issues } = checkScenario(input);
    expect(issues.map((i) => i.path)).toEqual(['typo', 'seed', 'online.voteRate']);
    expect(() => parseScenario(input)).toThrow(ScenarioError);
    expect(() => parseScenario(input)).toThrow('typo: unknown field');
    expect(() => parseScenario(input)).toThrow('(and 2 more)');
  });

  it('keeps the default lists intact when a caller mutates a parsed scenario', () => {
    const a = parseScenario({});
    (a.districts[0] as { registered: number }).registered = 1;
    expect(parseScenario({}).districts[0].registered).toBe(28_000);
  });
});
