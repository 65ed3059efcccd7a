import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/core/index.ts';
import { findPreset, presets } from '../../src/content/presets/index.ts';
import { exportScenarioFile, importScenarioFile, scenarioFileName } from '../../src/ui/controls/scenario-file.ts';
import { completePreset } from '../../src/ui/shell/scenario-url.ts';

describe('scenario files', () => {
  it('imports a partial file, completing it with defaults', () => {
    const imported = importScenarioFile('{ "name": "mine", "revoting": { "policy": "none" } }');
    expect(imported.issues).toEqual([]);
    expect(imported.input).toEqual({ name: 'mine', revoting: { policy: 'none' } });
    expect(imported.scenario).toEqual({ ...defaultScenario(), name: 'mine', revoting: { ...defaultScenario().revoting, policy: 'none' } });
  });

  it('a JSON syntax error is one issue on (file), with the parser message and where', () => {
    const imported = importScenarioFile('{\n  "name": "mine",\n  "seed" 7\n}');
    expect(imported.input).toBeUndefined();
    expect(imported.scenario).toBeUndefined();
    expect(imported.issues).toHaveLength(1);
    expect(imported.issues[0].path).toBe('(file)');
    expect(imported.issues[0].message).toMatch(/^is not valid JSON: .*JSON/);
    expect(imported.issues[0].message).toMatch(/line 3, column 10/);
    expect(importScenarioFile('').issues).toEqual([{ path: '(file)', message: expect.stringMatching(/^is empty/) }]);
  });

  it('an invalid scenario gives checkScenario’s issues, by path', () => {
    const imported = importScenarioFile(JSON.stringify({ districts: [{ id: 1, name: 'A', registered: -5 }], revoting: { polcy: 'none' } }));
    expect(imported.scenario).toBeUndefined();
    expect(imported.input).toBeDefined();
    expect(imported.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'districts[0].registered: must be a positive integer, got -5',
      expect.stringMatching(/^revoting\.polcy: unknown field/),
    ]);
  });

  it('accepts a file with a byte-order mark', () => {
    expect(importScenarioFile('\uFEFF{"name":"bom"}').scenario?.name).toBe('bom');
  });

  it('exports readable JSON that imports back to the same scenario, for every preset', () => {
    for (const name of Object.keys(presets)) {
      const scenario = completePreset(name);
      const text = exportScenarioFile(scenario);
      expect(text.endsWith('}\n')).toBe(true);
      expect(JSON.parse(text)).toEqual(scenario);
      const back = importScenarioFile(text);
      expect(back.issues).toEqual([]);
      expect(back.scenario).toEqual(scenario);
    }
    const text = exportScenarioFile(completePreset('classroom'));
    expect(text).toContain('\n  "electorate": {\n');
    expect(text).toContain('"ageShares": [0.3, 0.37, 0.33]');
    expect(text).toContain('"attacks": []');
    expect(findPreset('classroom')).toBeDefined();
  });

  it('names the file after the scenario', () => {
    expect(scenarioFileName(completePreset('moscow-2021-rigged'))).toBe('moscow-2021-rigged.scenario.json');
    expect(scenarioFileName({ name: 'Old Town / lesson 3!' })).toBe('old-town-lesson-3.scenario.json');
    expect(scenarioFileName({ name: '' })).toBe('scenario.scenario.json');
    expect(scenarioFileName(null)).toBe('scenario.scenario.json');
  });
});
