/** One Latin spelling of Russian names on the page (BGN/PCGN, simplified), with vectors. */
import { describe, expect, it } from 'vitest';
import { displayName, transliterate } from '../../src/i18n/names.ts';

describe('transliterate', () => {
  it.each([
    ['БАЖЕНОВ Тимофей Тимофеевич', 'BAZHENOV Timofey Timofeyevich'],
    ['ВИХАРЕВА Эльвира Владимировна', 'VIKHAREVA Elvira Vladimirovna'],
    ['Щукин Ёж', 'Shchukin Yozh'],
    ['ЕГОРОВ Юрий', 'YEGOROV Yury'],
    ['Kuntsevsky 197', 'Kuntsevsky 197'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it('writes a ballot name as the page writes people: given name, then surname', () => {
    expect(displayName('ПОПОВ Евгений Вячеславович')).toBe('Yevgeny Popov');
    expect(displayName('ЛОБАНОВ Михаил Сергеевич')).toBe('Mikhail Lobanov');
    expect(displayName('Communist Party candidate')).toBe('Communist Party candidate');
  });
});
