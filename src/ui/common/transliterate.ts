/**
 * Russian names in Latin letters, one scheme for the whole page (BGN/PCGN, simplified: no
 * apostrophes for the soft and hard signs), so that the real Moscow candidates read in the same
 * script as the simulated city's names. The real file keeps its Cyrillic: this is display only.
 * "БАЖЕНОВ Тимофей Тимофеевич" → "BAZHENOV Timofey Timofeyevich".
 */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};
const VOWELS = new Set('аеёиоуыэюяъь');

/** `text` with every Cyrillic letter in Latin; anything else unchanged. */
export function transliterate(text: string): string {
  // -ий / -ый at a word's end is "y", as names are usually written in English ("Yevgeny", "Yury").
  text = text.replace(/([иы])й(?=$|[^а-яё])/gi, (_, v: string) => (v === v.toUpperCase() ? 'Ы' : 'ы'));
  let out = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    const lower = ch.toLowerCase();
    let latin = LETTERS[lower];
    if (latin === undefined) {
      out += ch;
      return;
    }
    // е is "ye" at the start of a word and after a vowel or a sign, as in "Timofeyevich".
    const before = (chars[i - 1] ?? ' ').toLowerCase();
    if (lower === 'е' && (VOWELS.has(before) || !LETTERS[before])) latin = 'ye';
    if (ch === lower || latin === '') out += latin;
    else {
      // Capitals: the whole word in capitals stays in capitals ("БАЖЕНОВ"), else only the first letter.
      const next = chars[i + 1] ?? '';
      const shouting = next !== '' && next !== next.toLowerCase();
      const prevUpper = before !== ' ' && chars[i - 1] !== undefined && chars[i - 1] !== before;
      out += shouting || prevUpper ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
    }
  });
  return out;
}

/**
 * A ballot's "SURNAME Given Patronymic" as the page names people elsewhere, "Given Surname" in
 * Latin letters ("ПОПОВ Евгений Вячеславович" → "Yevgeny Popov"); any other form is only transliterated.
 */
export function displayName(ballotName: string): string {
  const parts = ballotName.trim().split(/\s+/);
  if (parts.length < 2 || parts[0] !== parts[0].toUpperCase() || parts[1] === parts[1].toUpperCase()) return transliterate(ballotName);
  const surname = transliterate(parts[0].toLowerCase());
  return `${transliterate(parts[1])} ${surname[0].toUpperCase()}${surname.slice(1)}`;
}
