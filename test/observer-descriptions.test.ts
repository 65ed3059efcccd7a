/**
 * The observer view's preset descriptions: every preset with an attack has one, it names no
 * attack (kind, size, target) and does not call a city honest, and an honest city and its rigged
 * twin read the same. The truth stays in the preset's own description, for "Reveal".
 */
import { describe, expect, it } from 'vitest';
import { hidesTruth, observerDescription, presetNames, presets } from '../src/content/presets/index.ts';

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

  it('gives an honest city and its rigged twin the same words', () => {
    const same = (a: string, b: string) => expect(observerDescription(a, presets[a].description ?? '')).toBe(observerDescription(b, presets[b].description ?? ''));
    same('classroom', 'classroom-rigged');
    same('moscow-2021', 'moscow-2021-rigged');
    same('moscow-2021-audited', 'moscow-2021-rigged-audited');
    same('classroom-e2e', 'classroom-e2e-cheating-client');
  });
});
