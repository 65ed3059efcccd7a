import { describe, expect, it } from 'vitest';
import { checkScenario, type Scenario } from '../../src/core/index.ts';
import { applyDiff, completePreset, decodePageState, diff, encodeScenarioParam, toBase64Url, type PageState } from '../../src/ui/shell/scenario-url.ts';
import { linkProblemText } from '../../src/ui/shell/link-problems.ts';

/** The page's words for a link's problem (English: the tests' language). */
const problemText = (state: PageState) => (state.problem ? linkProblemText(state.problem) : undefined);

const classroom = () => completePreset('classroom');
const link = (query: Record<string, string>) => `?${new URLSearchParams(query).toString()}`;

/** Encodes, decodes, and expects the very scenario back with no problem. */
function roundTrip(input: Scenario, base = 'classroom'): string {
  const search = encodeScenarioParam(input, base);
  const state = decodePageState(search);
  expect(state.problem).toBeUndefined();
  expect(state.preset).toBe(base);
  expect(state.input).toEqual(input);
  return search;
}

describe('scenario links', () => {
  it('an unchanged preset is just its name', () => {
    expect(encodeScenarioParam(classroom())).toBe('?preset=classroom');
    expect(encodeScenarioParam(completePreset('moscow-2021'), 'moscow-2021')).toBe('?preset=moscow-2021');
    expect(decodePageState('?preset=classroom')).toEqual({ preset: 'classroom', input: classroom() });
    expect(decodePageState('')).toEqual({ preset: 'classroom', input: classroom() });
  });

  it('a changed seed is a readable parameter of its own, as in the links the page already makes', () => {
    const search = roundTrip({ ...classroom(), seed: 'k3x9' });
    expect(search).toBe('?preset=classroom&seed=k3x9');
    expect(decodePageState('?preset=moscow-2021&seed=abc').input.seed).toBe('abc');
    // An empty seed is a real value too: it must not read back as "the preset's seed".
    roundTrip({ ...classroom(), seed: '' });
  });

  it('round-trips several edits: values, nested objects, lists, districts and attacks added', () => {
    const base = classroom();
    const edited: Scenario = {
      ...base,
      revoting: { ...base.revoting, policy: 'none', changeMindRate: 0.12 },
      verifiability: { ...base.verifiability, checkpointEveryHours: 2.5, checkpointAtClose: true, receiptCheckTime: 'after-publication' },
      electorate: { ...base.electorate, ageShares: [0.25, 0.4, 0.35] },
      online: { ...base.online, dayShares: [0.5, 0.3, 0.2] },
      districts: [...base.districts, { id: 6, name: 'Airport', registered: 12_000, lean: { greens: -0.1 }, candidates: { unity: 'A. Smith' }, support: {}, mobilisedFor: '' }],
      adversary: { ...base.adversary, attacks: [{ kind: 'substitute', size: 250, beneficiary: 'unity', districts: [2, 5], when: 'after-close' }] },
      timeZone: { utcOffsetMinutes: 120, label: 'EET' },
    };
    roundTrip(edited);

    // A key removed from a record (a district's lean) survives too: districts are a list, replaced whole.
    const noLean: Scenario = { ...base, districts: base.districts.map((d, i) => (i === 0 ? { ...d, lean: {} } : d)) };
    roundTrip(noLean);

    // Edits to a bigger preset.
    const moscow = completePreset('moscow-2021');
    roundTrip({ ...moscow, release: { ...moscow.release, onlineReleases: 4 }, parties: moscow.parties.map((p) => (p.id === 'ldpr' ? { ...p, name: 'Liberal Democrats' } : p)) }, 'moscow-2021');
  });

  it('a partial input means its defaults, even on a preset that changes them', () => {
    // moscow-2021 has 15 districts; an input that leaves districts out means the default five.
    const state = decodePageState(encodeScenarioParam({ name: 'five' }, 'moscow-2021'));
    expect(state.problem).toBeUndefined();
    expect(state.input).toEqual(checkScenario({ name: 'five' }).scenario);
  });

  it('deep diff: objects key by key, lists whole, null removes a key', () => {
    expect(diff({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { b: 1, c: 3 }, l: [1, 2] })).toEqual({ a: { c: 3 } });
    expect(diff({ l: [1, 2, 3] }, { l: [1, 2, 4] })).toEqual({ l: [1, 2, 4] });
    expect(diff({ r: { x: 1, y: 2 } }, { r: { x: 1 } })).toEqual({ r: { y: null } });
    expect(applyDiff({ r: { x: 1, y: 2 }, k: 1 }, { r: { y: null, z: 3 } })).toEqual({ r: { x: 1, z: 3 }, k: 1 });
  });

  it('keeps a classroom lesson’s link short', () => {
    const base = classroom();
    const lesson: Scenario = {
      ...base,
      seed: 'lesson-3',
      revoting: { ...base.revoting, policy: 'paper-overrides' },
      verifiability: { ...base.verifiability, revoteResolution: 'public', checkpointEveryHours: 1, receiptCheckShare: 0.05 },
      adversary: { ...base.adversary, attacks: [{ kind: 'inject-revotes', size: 800, beneficiary: 'unity', districts: [1], when: 'during-voting' }] },
      release: { ...base.release, onlineReleases: 4 },
    };
    const search = roundTrip(lesson);
    expect(`https://tally-lab.example/${search}`.length).toBeLessThan(400);
    // Items of a replaced list leave out the knobs at their defaults.
    const s = new URLSearchParams(search).get('s')!;
    expect(JSON.parse(Buffer.from(s, 'base64url').toString('utf8')).adversary.attacks).toEqual([{ size: 800, districts: [1] }]);

    // Adding a district writes the whole (changed) list of districts, still well under 1 kB.
    const bigger: Scenario = { ...lesson, districts: [...base.districts, { id: 6, name: 'District 6', registered: 30_000, lean: {}, candidates: {}, support: {}, mobilisedFor: '' }] };
    const search2 = roundTrip(bigger);
    expect(`https://tally-lab.example/${search2}`.length).toBeLessThan(1000);
    const json = JSON.parse(Buffer.from(new URLSearchParams(search2).get('s')!, 'base64url').toString('utf8'));
    expect(json.districts[5]).toEqual({ id: 6, name: 'District 6', registered: 30_000 });
  });

  describe('a malformed or outdated link says what is wrong and falls back to the preset', () => {
    it('unknown preset', () => {
      const state = decodePageState('?preset=nope&s=' + toBase64Url('{"name":"x"}'));
      expect(state.preset).toBe('classroom');
      expect(state.input).toEqual(classroom());
      expect(problemText(state)).toMatch(/scenario called “nope”/);
      expect(problemText(state)).toMatch(/showing “classroom” instead/);
    });

    it('bad base64', () => {
      const state = decodePageState('?preset=moscow-2021&s=%%%not*base64');
      expect(state.preset).toBe('moscow-2021');
      expect(state.input).toEqual(completePreset('moscow-2021'));
      expect(problemText(state)).toMatch(/s=… part\) are damaged: they are not base64url/);
      // Cut off mid-character: a length no base64 text has.
      expect(problemText(decodePageState('?s=' + toBase64Url('{"name":"x"}').slice(0, 5)))).toMatch(/not base64url/);
    });

    it('bad JSON', () => {
      const state = decodePageState('?s=' + toBase64Url('{"revoting":{"policy":'));
      expect(state.input).toEqual(classroom());
      expect(problemText(state)).toMatch(/not valid JSON \(.*JSON.*\)/);
    });

    it('JSON that is not an object of changes', () => {
      expect(problemText(decodePageState('?s=' + toBase64Url('[1,2]')))).toMatch(/must be a JSON object of changed fields, got a list/);
      expect(problemText(decodePageState('?s=' + toBase64Url('"hi"')))).toMatch(/got a string/);
    });

    it('unknown field (a link from another version)', () => {
      const state = decodePageState(link({ preset: 'classroom', seed: 'keep', s: toBase64Url('{"revoting":{"polcy":"none"},"name":"kept?"}') }));
      expect(problemText(state)).toMatch(/does not know: revoting\.polcy\. It may come from another version/);
      // The preset, without the link's changes (its readable seed is kept).
      expect(state.input).toEqual({ ...classroom(), seed: 'keep' });
    });

    it('invalid value, named with its path and reason', () => {
      const districts = classroom().districts.map((d, i) => (i === 0 ? { ...d, registered: -5 } : d));
      const state = decodePageState(link({ preset: 'classroom', s: toBase64Url(JSON.stringify({ districts })) }));
      expect(problemText(state)).toContain('districts[0].registered: must be a positive integer, got -5');
      expect(state.input).toEqual(classroom());
      const two = decodePageState('?s=' + toBase64Url('{"release":{"onlineReleases":0,"paperUpdateMinutes":0}}'));
      expect(problemText(two)).toMatch(/release\.paperUpdateMinutes: .* \(and 1 more\)/);
    });

    it('invalid seed parameter', () => {
      const state = decodePageState(link({ preset: 'classroom', seed: 'x'.repeat(65) }));
      expect(problemText(state)).toMatch(/seed: must be at most 64 characters/);
      expect(state.input).toEqual(classroom());
    });

    it('never throws, whatever the address holds', () => {
      for (const search of ['?s=', '?preset=', '?s=e30', '?s=bnVsbA', '?preset=%E0%A4%A', '?s=' + '_'.repeat(10), '?s=gA']) {
        expect(() => decodePageState(search)).not.toThrow();
      }
      expect(decodePageState('?s=e30')).toEqual({ preset: 'classroom', input: classroom() }); // {} changes nothing
      expect(problemText(decodePageState('?s=gA'))).toMatch(/not base64url/); // a byte that is not UTF-8
    });
  });
});
