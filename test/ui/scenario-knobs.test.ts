import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/core/index.ts';
import type { ArrayField } from '../../src/core/scenario/schema.ts';
import {
  controlKind,
  editorSections,
  humanise,
  issueText,
  leafKnobPaths,
  newRow,
  parseList,
  pathText,
  setIn,
  singular,
  sliderStep,
  unclaimedIssues,
} from '../../src/ui/controls/scenario-knobs.ts';
import { completePreset } from '../../src/ui/shell/scenario-url.ts';

const fields = scenarioSchema.fields;

describe('scenario editor knobs', () => {
  it('puts every top-level knob in exactly one section, in the agreed order', () => {
    const sections = editorSections();
    expect(sections.map((s) => s.title)).toEqual(['Electorate', 'Channels', 'Postponed votes', 'Adversary', 'Verifiability', 'Recounts and release', 'Scenario']);
    expect(sections[0].keys).toEqual(['electorate', 'mobilisation', 'parties', 'districts']);
    expect(sections.at(-1)!.keys).toEqual(['format', 'name', 'description', 'seed', 'timeZone']);
    expect(sections.flatMap((s) => s.keys).sort()).toEqual(Object.keys(fields).sort());
  });

  it('lists leaf knobs with tables as one knob', () => {
    const paths = leafKnobPaths();
    expect(paths).toContain('districts');
    expect(paths).toContain('adversary.attacks');
    expect(paths).toContain('electorate.ageShares');
    expect(paths).toContain('timeZone.utcOffsetMinutes');
    expect(paths.some((p) => p.startsWith('districts.'))).toBe(false);
  });

  it('chooses a control by kind', () => {
    expect(controlKind(fields.parties)).toBe('table');
    expect(controlKind(fields.electorate.fields.ageShares)).toBe('per-age');
    expect(controlKind(fields.online.fields.dayShares)).toBe('list');
    expect(controlKind(fields.description)).toBe('text');
    expect(controlKind(fields.seed)).toBe('string');
    expect(controlKind(fields.districts.items.fields.lean)).toBe('record');
    expect(controlKind(fields.revoting.fields.policy)).toBe('enum');
    expect(controlKind(fields.online.fields.enabled)).toBe('boolean');
  });

  it('labels and steps', () => {
    expect(humanise('utcOffsetMinutes')).toBe('UTC offset minutes');
    expect(humanise('registrationShare')).toBe('Registration share');
    expect(singular('parties')).toBe('party');
    expect(singular('districts')).toBe('district');
    expect(sliderStep(fields.electorate.fields.precinctMin)).toBe(1);
    expect(sliderStep(fields.online.fields.registrationShare)).toBe(0.01);
    expect(sliderStep(fields.revoting.fields.repeatRate)).toBe(0.01);
    expect(sliderStep(fields.paper.fields.protocolHoursMin)).toBe(0.5);
    expect(sliderStep(fields.release.fields.onlineDelayHours)).toBe(2);
    expect(sliderStep(fields.districts.items.fields.lean.values as never)).toBe(0.05);
  });

  it('new rows take the defaults, with a fresh id', () => {
    const s = completePreset('classroom');
    expect(newRow(fields.districts as ArrayField, s.districts, 'districts')).toEqual({ id: 6, name: 'District 6', registered: 30_000, lean: {}, candidates: {}, support: {}, mobilisedFor: '' });
    expect(newRow(fields.parties as ArrayField, s.parties, 'parties')).toEqual({ id: 'party-5', name: 'Party 5', ruling: false, support: [1, 1, 1] });
    expect(newRow(fields.adversary.fields.attacks as ArrayField, [], 'attacks')).toEqual({
      kind: 'inject-revotes',
      size: 500,
      beneficiary: 'unity',
      districts: [],
      when: 'during-voting',
    });
  });

  it('updates by path into new objects, sharing the rest', () => {
    const s = completePreset('classroom');
    const next = setIn(s, ['districts', 0, 'registered'], -5) as typeof s;
    expect(next.districts[0].registered).toBe(-5);
    expect(s.districts[0].registered).toBe(28_000);
    expect(next.districts[1]).toBe(s.districts[1]);
    expect(next.revoting).toBe(s.revoting);
    const noLean = setIn(s, ['districts', 0, 'lean', 'progress'], undefined) as typeof s;
    expect(noLean.districts[0].lean).toEqual({});
    expect(pathText(['districts', 3, 'registered'])).toBe('districts[3].registered');
  });

  it('parses typed lists, keeping what is not a number for validation to name', () => {
    expect(parseList('0.6, 0.25 ,0.15', fields.online.fields.dayShares.items)).toEqual([0.6, 0.25, 0.15]);
    expect(parseList('1, x', fields.online.fields.dayShares.items)).toEqual([1, 'x']);
    expect(parseList('', fields.online.fields.dayShares.items)).toEqual([]);
  });

  it('places issues on the deepest control that claims them', () => {
    const issues = [
      { path: 'districts[0].registered', message: 'must be a positive integer, got -5' },
      { path: 'districts[2].colour', message: 'unknown field' },
      { path: 'districts', message: 'must hold at most …' },
    ];
    const cells = [0, 1, 2].flatMap((i) => ['id', 'name', 'registered'].map((c) => `districts[${i}].${c}`));
    expect(unclaimedIssues(issues, 'districts', cells).map((i) => i.path)).toEqual(['districts[2].colour', 'districts']);
    expect(issueText(issues[0], 'districts[0].registered')).toBe('must be a positive integer, got -5');
    expect(issueText({ path: 'electorate.ageShares[1]', message: 'm' }, 'electorate.ageShares', 'per-age')).toBe('35-54: m');
    expect(issueText({ path: 'online.dayShares[1]', message: 'm' }, 'online.dayShares', 'list')).toBe('value 2: m');
  });
});
