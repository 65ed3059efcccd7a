/**
 * The engine's sentences in Russian. The engine (src/core) stays language-neutral: it names checks,
 * verdicts and fields by id, and the few sentences it writes (validation errors, evidence details,
 * lessons' failed assertions) are English. Here each kind of sentence is a pattern with a Russian
 * template, so the page and the CLI can show them in Russian; test/i18n/engine-catalogue.test.ts
 * feeds every kind the engine writes through it and fails on one without a pattern. A sentence no
 * pattern knows is shown in English, never garbled.
 */
import { language } from './locale.ts';

interface Entry {
  readonly pattern: RegExp;
  /** The Russian, from the pattern's groups; `t` translates a nested engine phrase. */
  readonly ru: (m: RegExpExecArray, t: (phrase: string) => string) => string;
}

const what = (w: string) => (w === 'an integer' ? 'целым числом' : w === 'a number' ? 'числом' : w);
const says: Readonly<Record<string, string>> = {
  'a local date and time like 2021-09-19T20:00': 'местными датой и временем вида 2021-09-19T20:00',
  'a lowercase id (letters, digits, dashes)': 'идентификатором из строчных латинских букв, цифр и дефисов',
};

/** Validation (src/core/scenario): the reason, before any ", got …". */
const REASONS: readonly Entry[] = [
  { pattern: /^is required$/, ru: () => 'обязательное поле' },
  { pattern: /^must be (an integer|a number) from (\S+) to (\S+)$/, ru: (m) => `должно быть ${what(m[1])} от ${m[2]} до ${m[3]}` },
  { pattern: /^must be 0 \(off\) or (an integer|a number) from (\S+) to (\S+)$/, ru: (m) => `должно быть 0 (выключено) или ${what(m[1])} от ${m[2]} до ${m[3]}` },
  { pattern: /^must be (an integer|a number)$/, ru: (m) => `должно быть ${what(m[1])}` },
  { pattern: /^must be a positive integer$/, ru: () => 'должно быть целым положительным числом' },
  { pattern: /^must be a string$/, ru: () => 'должно быть строкой' },
  { pattern: /^must be at most (\d+) characters$/, ru: (m) => `должно быть не длиннее ${m[1]} символов` },
  { pattern: /^must be true or false$/, ru: () => 'должно быть true или false' },
  { pattern: /^must be one of (.+)$/, ru: (m) => `должно быть одним из: ${m[1]}` },
  { pattern: /^must be an object$/, ru: () => 'должно быть объектом' },
  { pattern: /^must be a list$/, ru: () => 'должно быть списком' },
  { pattern: /^must hold (\d+) to (\d+) items$/, ru: (m) => `должно содержать от ${m[1]} до ${m[2]} элементов` },
  { pattern: /^must have at most (\d+) keys$/, ru: (m) => `должно иметь не больше ${m[1]} ключей` },
  { pattern: /^must be (a local date and time like 2021-09-19T20:00|a lowercase id \(letters, digits, dashes\))$/, ru: (m) => `должно быть ${says[m[1]]}` },
  { pattern: /^unknown field \(known here: (.*)\)$/, ru: (m) => `неизвестное поле (здесь известны: ${m[1]})` },
  { pattern: /^must be unique$/, ru: () => 'должно быть уникальным' },
  { pattern: /^some party needs support in age band (\d+)$/, ru: (m) => `хотя бы у одной партии должна быть поддержка в возрастной группе ${m[1]}` },
  { pattern: /^must name a party id \((.*)\)$/, ru: (m) => `должно быть идентификатором партии (${m[1]})` },
  { pattern: /^must name a party id when any voter is pressured$/, ru: () => 'должно быть идентификатором партии, если на кого-то из избирателей давят' },
  { pattern: /^must name a district id$/, ru: () => 'должно быть идентификатором округа' },
  { pattern: /^must hold at most (\S+) registered voters in all$/, ru: (m) => `должно содержать в сумме не больше ${m[1]} зарегистрированных избирателей` },
  { pattern: /^must not exceed (\S+) \((.+)\)$/, ru: (m) => `не должно превышать ${m[1]} (${m[2]})` },
  { pattern: /^must be a real calendar time$/, ru: () => 'должно быть настоящей датой и временем' },
  { pattern: /^must fall in the years (\d+) to (\d+) \(the record keeps times as unsigned 32-bit Unix seconds\)$/, ru: (m) => `должно попадать в годы с ${m[1]} по ${m[2]} (протокол хранит время как беззнаковые 32-битные секунды Unix)` },
  { pattern: /^must be after (\S+) \((.+)\)$/, ru: (m) => `должно быть позже ${m[1]} (${m[2]})` },
  { pattern: /^must not be before (\S+) \((.+)\)$/, ru: (m) => `должно быть не раньше ${m[1]} (${m[2]})` },
  { pattern: /^voting window must span at most 14 days$/, ru: () => 'окно голосования должно длиться не больше 14 дней' },
  { pattern: /^must give a share for each of the (\d+) days of the voting window$/, ru: (m) => `должно давать долю для каждого из ${m[1]} дней окна голосования` },
  {
    pattern: /^must leave at most (\d+) checkpoints in the (\S+)-hour voting window \(every (\S+) h or more\)$/,
    ru: (m) => `должно оставлять не больше ${m[1]} контрольных точек в ${m[2]}-часовом окне голосования (раз в ${m[3]} ч или реже)`,
  },
  { pattern: /^refusing plus cheating trustees must not exceed (\S+) \((.+)\)$/, ru: (m) => `отказавшихся и жульничающих доверенных лиц вместе должно быть не больше, чем ${m[1]} (${m[2]})` },
  { pattern: /^must be "during-voting" for a compromised client \(it cheats as the voter votes\)$/, ru: () => 'должно быть "during-voting" для взломанного приложения (оно жульничает, пока избиратель голосует)' },
];

/** What comes after ", got " (a value, or a phrase about it). */
const GOT: readonly Entry[] = [
  { pattern: /^(.+) twice$/, ru: (m) => `${m[1]} дважды` },
  { pattern: /^all zeros$/, ru: () => 'все нули' },
  { pattern: /^a list of (\d+)$/, ru: (m) => `список из ${m[1]}` },
  { pattern: /^(\S+) \((\d+) checkpoints\)$/, ru: (m) => `${m[1]} (${m[2]} контрольных точек)` },
  { pattern: /^a list$/, ru: () => 'список' },
  { pattern: /^an object$/, ru: () => 'объект' },
  { pattern: /^a string$/, ru: () => 'строка' },
  { pattern: /^nothing$/, ru: () => 'ничего' },
];

/** Whole sentences of the engine (and of the page about the engine). */
const SENTENCES: readonly Entry[] = [
  { pattern: /^(.+) \(and (\d+) more\)$/, ru: (m, t) => `${t(m[1])} (и ещё ${m[2]})` },
  { pattern: /^([^\s:]+): (.+)$/, ru: (m, t) => `${m[1]}: ${t(m[2])}` },
];

function apply(entries: readonly Entry[], text: string, t: (phrase: string) => string): string | undefined {
  for (const e of entries) {
    const m = e.pattern.exec(text);
    if (m) return e.ru(m, t);
  }
  return undefined;
}

/** `text`, an engine sentence, in Russian; undefined when no pattern knows it. */
export function engineRussian(text: string): string | undefined {
  const t = (phrase: string) => engineRussian(phrase) ?? phrase;
  const got = /^(.+?), got (.+)$/s.exec(text);
  if (got) {
    const reason = apply(REASONS, got[1], t);
    if (reason !== undefined) return `${reason}, получено ${apply(GOT, got[2], t) ?? got[2]}`;
  }
  return apply(REASONS, text, t) ?? apply(SENTENCES, text, t);
}

/** An engine sentence in the language in use (English as it is, or when no pattern knows it). */
export function engineText(text: string): string {
  return language() === 'ru' ? (engineRussian(text) ?? text) : text;
}
