/**
 * The observer view's preset descriptions: every preset with an attack has one, it names no
 * attack (kind, size, target) and does not call a city honest, and an honest city and its rigged
 * twin read the same. The truth stays in the preset's own description, for "Reveal".
 */
import { describe, expect, it } from 'vitest';
import { hidesTruth, OBSERVER_TITLES, observerDescription, presetNames, presets } from '../src/content/presets/index.ts';
import { presetTitle } from '../src/i18n/content.ts';

const GIVEAWAYS = /inject|rewrit|substitut|compromis|instead of|honest|rigged|attack|move \d|changes? [\d,]+ stored|every knob is at its default/i;

describe('observer descriptions', () => {
  for (const name of presetNames) {
    const preset = presets[name];
    const attacks = preset.adversary?.attacks ?? [];
    it(`${name}: says nothing of what was done in secret`, () => {
      const shown = observerDescription(name, preset.description ?? '');
      expect(shown.length).toBeGreaterThan(20);
      expect(shown).not.toMatch(GIVEAWAYS);
      for (const a of attacks) {
        const size = new Intl.NumberFormat('en-US').format(a.size ?? 0);
        expect(shown).not.toContain(`${size} `);
      }
      if (attacks.length > 0) expect(hidesTruth(name, preset.description ?? '')).toBe(true);
    });
  }

  it('names every preset that hides something by its city and a letter', () => {
    const hiding = presetNames.filter((n) => hidesTruth(n, presets[n].description ?? ''));
    // Every one that hides something, and the honest twins that read the same (classroom-e2e).
    expect(hiding.filter((n) => !Object.hasOwn(OBSERVER_TITLES, n))).toEqual([]);
    expect(Object.keys(OBSERVER_TITLES).filter((n) => !hiding.includes(n))).toEqual(['classroom-e2e']);
    const titles = presetNames.map((n) => presetTitle(n, true));
    expect(new Set(titles).size).toBe(titles.length);
    for (const t of titles) expect(t).not.toMatch(/rigged|inject|rewrit|substitut|coerc|protocol|cheat|honest/i);
    expect(presetTitle('classroom-rigged', true)).toBe('Classroom city A');
    expect(presetTitle('classroom-rigged')).toBe('classroom-rigged');
    expect(presetTitle('village', true)).toBe('village');
  });

  it('gives an honest city and its rigged twin the same words', () => {
    const same = (a: string, b: string) => expect(observerDescription(a, presets[a].description ?? '')).toBe(observerDescription(b, presets[b].description ?? ''));
    same('classroom', 'classroom-rigged');
    same('moscow-2021', 'moscow-2021-rigged');
    same('moscow-2021-audited', 'moscow-2021-rigged-audited');
    same('classroom-e2e', 'classroom-e2e-cheating-client');
  });
});
