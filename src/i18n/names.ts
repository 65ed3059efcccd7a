/**
 * Names of places, parties and people in the language in use. In Russian, the real Moscow names
 * are shown in their original Cyrillic, and the classroom city's invented ones in Russian; in
 * English, every Cyrillic name is written in one scheme (BGN/PCGN, simplified: no apostrophes for
 * the soft and hard signs, -ий/-ый as "y"), so that the real candidates and the scenario's names
 * read alike. Scenario files and the real data keep their own spelling: this is display only.
 * "БАЖЕНОВ Тимофей Тимофеевич" → "BAZHENOV Timofey Timofeyevich".
 */
import { language } from './locale.ts';

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

/**
 * The Russian of the names the shipped scenarios use (in English they are the transliteration of
 * the Russian, checked by test/i18n/names.test.ts). A name not here is shown as it is written.
 */
export const RUSSIAN_NAMES: Readonly<Record<string, string>> = {
  // Moscow's single-member districts of 2021 (the English is the scenario's, a transliteration of these).
  Babushkinsky: 'Бабушкинский',
  Kuntsevsky: 'Кунцевский',
  Leningradsky: 'Ленинградский',
  Lyublinsky: 'Люблинский',
  Medvedkovsky: 'Медведковский',
  Nagatinsky: 'Нагатинский',
  Novomoskovsky: 'Новомосковский',
  'Orekhovo-Borisovsky': 'Орехово-Борисовский',
  Perovsky: 'Перовский',
  Preobrazhensky: 'Преображенский',
  Tushinsky: 'Тушинский',
  Khovrinsky: 'Ховринский',
  Tsentralny: 'Центральный',
  Cheremushkinsky: 'Черемушкинский',
  Chertanovsky: 'Чертановский',
  // The parties of 2021 (names in English as they are usually written, not transliterated).
  'United Russia': 'Единая Россия',
  'Communist Party': 'КПРФ',
  LDPR: 'ЛДПР',
  'A Just Russia': 'Справедливая Россия',
  Yabloko: 'Яблоко',
  'New People': 'Новые люди',
  'Self-nominated': 'Самовыдвиженец',
  // Candidates the Moscow scenario names.
  'Yevgeny Popov': 'Евгений Попов',
  'Mikhail Lobanov': 'Михаил Лобанов',
  'Aleksandr Mazhuga': 'Александр Мажуга',
  'Aleksandr Rumyantsev': 'Александр Румянцев',
  'Anastasiya Bryukhanova': 'Анастасия Брюханова',
  'Anastasiya Udaltsova': 'Анастасия Удальцова',
  'Anatoly Vasserman': 'Анатолий Вассерман',
  'Andrey Grebennik': 'Андрей Гребенник',
  'Danil Makhnitsky': 'Данил Махницкий',
  'Denis Parfenov': 'Денис Парфенов',
  'Dmitry Pevtsov': 'Дмитрий Певцов',
  'Dmitry Sablin': 'Дмитрий Саблин',
  'Galina Khovanskaya': 'Галина Хованская',
  'Igor Nikolayev': 'Игорь Николаев',
  'Irina Belykh': 'Ирина Белых',
  'Ivan Ulyanchenko': 'Иван Ульянченко',
  'Mikhail Tarantsov': 'Михаил Таранцов',
  'Oleg Leonov': 'Олег Леонов',
  'Petr Tolstoy': 'Петр Толстой',
  'Roman Romanenko': 'Роман Романенко',
  'Sergey Kurgansky': 'Сергей Курганский',
  'Sergey Mitrokhin': 'Сергей Митрохин',
  'Sergey Obukhov': 'Сергей Обухов',
  'Svetlana Razvorotneva': 'Светлана Разворотнева',
  'Tatyana Butskaya': 'Татьяна Буцкая',
  'Timofey Bazhenov': 'Тимофей Баженов',
  'Valery Rashkin': 'Валерий Рашкин',
  'Vitaly Petrov': 'Виталий Петров',
  'Yelena Gulicheva': 'Елена Гуличева',
  'Yevgeny Nifantyev': 'Евгений Нифантьев',
  // The classroom city (invented).
  'Old Town': 'Старый город',
  Riverside: 'Заречье',
  Hillcrest: 'Нагорный',
  University: 'Университетский',
  Harbour: 'Портовый',
  Village: 'Деревня',
  Unity: 'Единство',
  Progress: 'Прогресс',
  Greens: 'Зелёные',
  Liberty: 'Свобода',
};

const CYRILLIC = /[а-яё]/i;

/** A name as the page shows it in the language in use: see the file's first comment. */
export function localName(name: string): string {
  if (language() === 'ru') {
    if (Object.hasOwn(RUSSIAN_NAMES, name)) return RUSSIAN_NAMES[name];
    // The engine's default candidate name, "<party> candidate".
    const party = /^(.+) candidate$/.exec(name);
    if (party) return `кандидат партии «${localName(party[1])}»`;
    return CYRILLIC.test(name) ? russianDisplayName(name) : name;
  }
  return CYRILLIC.test(name) ? displayName(name) : name;
}

/** "ПОПОВ Евгений Вячеславович" → "Евгений Попов", as the page names people; any other form as it is. */
function russianDisplayName(ballotName: string): string {
  const parts = ballotName.trim().split(/\s+/);
  if (parts.length < 2 || parts[0] !== parts[0].toUpperCase() || parts[1] === parts[1].toUpperCase()) return ballotName;
  const surname = parts[0].toLowerCase();
  return `${parts[1]} ${surname[0].toUpperCase()}${surname.slice(1)}`;
}
