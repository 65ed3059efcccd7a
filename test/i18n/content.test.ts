/**
 * Every preset and lesson shipped has Russian, made from the English it has today: the texts are
 * read from the preset files and lessons by id, so an edit to a preset's description (say, a
 * recalibrated moscow-2021.json) fails here until its translation follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessons } from '../../src/content/lessons/index.ts';
import { observerDescription, presetNames, presets } from '../../src/content/presets/index.ts';
import { SHIPPED_SWEEPS } from '../../src/content/sweeps/index.ts';
import { LESSON_TEXTS, OBSERVER_DESCRIPTIONS_RU, SWEEP_DESCRIPTIONS, PRESET_DESCRIPTIONS, PRESET_TITLES_RU, lessonText, presetDescription, presetObserverDescription, presetTitle } from '../../src/i18n/content.ts';
import { setLanguage } from '../../src/i18n/locale.ts';
import { useLanguage } from './use-language.ts';

describe('each preset in Russian', () => {
  it.each(presetNames)('%s: a title, and a description made from its English', (name) => {
    expect(PRESET_TITLES_RU[name], 'no Russian title').toMatch(/[а-яё]/i);
    expect(PRESET_DESCRIPTIONS[name]?.en, 'the Russian description was made from other English: translate the new text').toBe(presets[name].description);
    expect(PRESET_DESCRIPTIONS[name].ru).toMatch(/[а-яё]{3}/i);
    const observer = observerDescription(name, presets[name].description ?? '');
    if (observer !== presets[name].description) {
      expect(OBSERVER_DESCRIPTIONS_RU.find((t) => t.en === observer), 'no Russian for what an observer is told').toBeDefined();
    }
  });
});

describe('each lesson in Russian', () => {
  it.each(lessons.map((l) => [l.id, l] as const))('%s: every step, made from its English', (id, lesson) => {
    const t = LESSON_TEXTS[id];
    expect(t, 'no Russian for this lesson').toBeDefined();
    expect(t.en).toEqual({ title: lesson.title, question: lesson.question, moveLabel: lesson.move.label, watch: lesson.watch.what, takeaway: lesson.takeaway });
    for (const text of Object.values(t.ru)) expect(text).toMatch(/[а-яё]{3}/i);
  });
});

describe('each shipped sweep in Russian', () => {
  it.each(Object.keys(SHIPPED_SWEEPS))('%s: a description made from its English', (name) => {
    expect(SWEEP_DESCRIPTIONS[name]?.en).toBe((SHIPPED_SWEEPS[name] as { description: string }).description);
    expect(SWEEP_DESCRIPTIONS[name].ru).toMatch(/[а-яё]{3}/i);
  });
});

describe('the words follow the language in use', () => {
  useLanguage('ru', beforeAll, afterAll);

  it('shows the Russian, and the English where a translation was made from other English', async () => {
    expect(presetTitle('moscow-2021')).toBe('Москва-2021');
    expect(presetDescription('classroom')).toMatch(/^Небольшой город/);
    expect(presetObserverDescription('classroom-rigged')).toBe(presetObserverDescription('classroom'));
    const changed = { ...lessons[0], title: 'A new title' };
    expect(lessonText(changed).title).toBe('A new title');
    expect(lessonText(changed).question).toBe(LESSON_TEXTS[lessons[0].id].ru.question);
    await setLanguage('en');
    expect(presetTitle('moscow-2021')).toBe('moscow-2021');
    expect(presetDescription('classroom')).toBe(presets.classroom.description);
    await setLanguage('ru');
  });
});
