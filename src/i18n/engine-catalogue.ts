/**
 * The engine's sentences in Russian. The engine (src/core) stays language-neutral: it names checks,
 * verdicts and fields by id, and the few sentences it writes (validation errors, evidence details,
 * lessons' failed assertions) are English. Here each kind of sentence is a pattern with a Russian
 * template, so the page and the CLI can show them in Russian; test/i18n/engine-catalogue.test.ts
 * feeds every kind the engine writes through it and fails on one without a pattern. A sentence no
 * pattern knows is shown in English, never garbled.
 */
import { language } from './locale.ts';
import { localName } from './names.ts';

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
  { pattern: /^must name a party id \((.*)\) or be empty$/, ru: (m) => `должно быть идентификатором партии (${m[1]}) или пустым` },
  { pattern: /^leaves no party with support in age band (\d+) here$/, ru: (m) => `не оставляет здесь ни одной партии с поддержкой в возрастной группе ${m[1]}` },
  { pattern: /^must give a weight for each of the (\d+) hours of the voting window \(or none\)$/, ru: (m) => `должно давать вес для каждого из ${m[1]} часов окна голосования (или ни одного)` },
  { pattern: /^must have a positive weight$/, ru: () => 'должно содержать хотя бы один положительный вес' },
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
  {
    pattern: /^the run casts more than (\S+) online ballots \(first ballots and re-votes\), the most one run holds \(Moscow 2021 stored 2\.2 million\); lower the districts' registered voters, (\S+) or (\S+), or (\S+) or (\S+)$/,
    ru: (m) =>
      `запуск подаёт больше ${m[1].replace(/,/g, ' ')} онлайн-бюллетеней (первых и повторных) — больше, чем вмещает один запуск (в Москве в 2021 году их было 2,2 млн); уменьшите число зарегистрированных в округах, ${m[2]} или ${m[3]}, либо ${m[4]} или ${m[5]}`,
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

/** A number as the engine writes it ("56,578", "0.95") in Russian ("56 578", "0,95"). */
const n = (text: string): string => {
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(value)) return text;
  const digits = text.includes('.') ? text.split('.')[1].length : 0;
  return new Intl.NumberFormat('ru-RU', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
};
const N = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const re = (source: string) => new RegExp(`^${source.replace(/#/g, N)}$`, 's');

/** Why a district cannot be verified (verdict.ts), item by item. */
const MISSING: Readonly<Record<string, string>> = {
  'the ledger was not recounted': 'реестр не пересчитан',
  'which online ballots count cannot be re-checked (private re-vote resolution)': 'какие онлайн-бюллетени учтены, перепроверить нельзя (закрытый учёт переголосования)',
  'the encrypted ballots’ proofs could not be checked': 'доказательства зашифрованных бюллетеней проверить не удалось',
  'the encrypted tally could not be recomputed from the counted ballots': 'зашифрованный итог не удалось пересчитать по учтённым бюллетеням',
  'the tally was not decrypted': 'итог не расшифрован',
  'no voter checked a receipt against the published ledger after the results': 'ни один избиратель не сверил квитанцию с опубликованным реестром после итогов',
  'no paper was recounted by hand': 'бумага вручную не пересчитывалась',
};

/** Whole sentences of the engine: verdicts and evidence (what was checked, what was found, what a pass rules out). */
const SENTENCES: readonly Entry[] = [
  // Verdicts (src/core/verdict).
  {
    pattern: /^Consistent, but nothing independent confirms it: (.+)\.$/s,
    ru: (m, t) => `Всё сходится, но ничто независимое этого не подтверждает: ${m[1].split('; ').map((x) => MISSING[x] ?? t(x)).join('; ')}.`,
  },
  { pattern: re('# of # districts cannot be verified: (.+)'), ru: (m, t) => `${n(m[1])} из ${n(m[2])} округов нельзя проверить: ${t(m[3])}` },
  { pattern: re('All # districts verified; the winner is confirmed \\(the bound is below half the margin\\) in # of them\\.'), ru: (m) => `Все округа (${n(m[1])}) проверены; победитель подтверждён (граница меньше половины отрыва) в ${n(m[2])} из них.` },
  { pattern: re('Tampering detected in # of # districts \\(([^)]*)\\)\\.'), ru: (m) => `Подделка обнаружена в ${n(m[1])} из ${n(m[2])} округов (${m[3]}).` },
  {
    pattern: re('Every independent check passed; a manipulation of more than # ballots would have been caught with # % confidence, well short of the # needed to change the winner\\.'),
    ru: (m) => `Все независимые проверки пройдены; вмешательство больше чем в ${n(m[1])} бюллетеней было бы поймано с уверенностью ${n(m[2])} % — намного меньше ${n(m[3])}, нужных, чтобы сменить победителя.`,
  },
  {
    pattern: re('Every independent check passed; a manipulation of more than # ballots would have been caught with # % confidence, which is not enough to rule out a changed winner \\(margin #\\)\\.'),
    ru: (m) => `Все независимые проверки пройдены; вмешательство больше чем в ${n(m[1])} бюллетеней было бы поймано с уверенностью ${n(m[2])} %, но этого мало, чтобы исключить смену победителя (отрыв ${n(m[3])}).`,
  },
  { pattern: /^(declaration|operator-recount|release-consistency|published-sum|checkpoint-signatures|chain-walk|ledger-recount|revote-resolution|eligibility|receipts|paper-recount|paper-audit|ballot-proofs|homomorphic-tally|trustee-decryptions|spoiled-ballots|challenges): (.+)$/s, ru: (m, t) => `${m[1]}: ${t(m[2])}` },

  // The operator's recount and the releases.
  { pattern: /^The operator counted its own database once\.$/, ru: () => 'Оператор один раз подсчитал собственную базу данных.' },
  { pattern: re('The operator recounted its own database # times\\.'), ru: (m) => `Оператор пересчитал собственную базу данных ${n(m[1])} раз.` },
  { pattern: /^Every recount agrees with the first\.$/, ru: () => 'Все пересчёты совпадают с первым.' },
  { pattern: /^The recounts disagree: the database changed between them\.$/, ru: () => 'Пересчёты расходятся: база данных менялась между ними.' },
  { pattern: /^Nothing: a recount of data nobody else can see only repeats it, whatever the truth\.$/, ru: () => 'Ничего: пересчёт данных, которых больше никто не видит, лишь повторяет их, какой бы ни была правда.' },
  { pattern: /^The online release was compared with the others \(there are none\)\.$/, ru: () => 'Онлайн-публикацию сравнили с остальными (их нет).' },
  { pattern: /^There was a single release\.$/, ru: () => 'Публикация была одна.' },
  { pattern: /^Counts changing after the close without new ballots\. It says nothing about whether the count itself is true\.$/, ru: () => 'Изменение итогов после закрытия без новых бюллетеней. О том, верен ли сам подсчёт, это ничего не говорит.' },
  { pattern: /^The published result was added up from the precinct protocols and the final online release\.$/, ru: () => 'Опубликованный результат сложен из протоколов УИК и последней онлайн-публикации.' },
  { pattern: /^The sums agree\.$/, ru: () => 'Суммы сходятся.' },
  { pattern: /^Arithmetic slips between the protocols, the online count and the published total; not tampering with either\.$/, ru: () => 'Арифметические ошибки между протоколами, онлайн-подсчётом и опубликованным итогом; но не подделку ни того, ни другого.' },

  // The declaration.
  { pattern: /^The operator's signed declaration of what the record publishes was verified and held against the record\.$/, ru: () => 'Подписанное оператором объявление о том, что публикует протокол, проверено и сверено с протоколом.' },
  {
    pattern: /^The signature verifies and the record holds every piece of evidence it declares, with the declared times, registers and audit parameters\.$/,
    ru: () => 'Подпись верна, и протокол содержит все объявленные доказательства, с объявленными временами, списками избирателей и параметрами аудита.',
  },
  {
    pattern: /^Evidence removed from the record after publication \(the ledger, checkpoints, releases, the paper audit\), and edited voting windows, registers and audit parameters\. Not what the operator chose not to publish in the first place\.$/,
    ru: () => 'Удаление доказательств из протокола после публикации (реестра, контрольных точек, публикаций, аудита бумаги) и правку окон голосования, списков избирателей и параметров аудита. Но не то, что оператор изначально решил не публиковать.',
  },

  // Checkpoints and the hash chain.
  { pattern: re("The operator's Ed25519 signatures on # published checkpoints were verified\\."), ru: (m) => `Проверены подписи Ed25519 оператора на опубликованных контрольных точках (${n(m[1])}).` },
  { pattern: /^No checkpoint was published\.$/, ru: () => 'Ни одной контрольной точки не опубликовано.' },
  { pattern: /^All signatures verify\.$/, ru: () => 'Все подписи верны.' },
  { pattern: /^Forged checkpoints: each published ledger head really comes from the operator\.$/, ru: () => 'Поддельные контрольные точки: каждая опубликованная вершина реестра действительно от оператора.' },
  { pattern: re('The hash chain of the # published ledger entries was recomputed and compared with # checkpoints\\.'), ru: (m) => `Хеш-цепочка опубликованного реестра (записей: ${n(m[1])}) пересчитана и сверена с контрольными точками (${n(m[2])}).` },
  { pattern: /^No checkpoint was published, so the operator could have rebuilt the chain at will\.$/, ru: () => 'Ни одной контрольной точки не опубликовано, так что оператор мог перестроить цепочку как угодно.' },
  { pattern: /^The published ledger reproduces every checkpoint\.$/, ru: () => 'Опубликованный реестр воспроизводит каждую контрольную точку.' },
  {
    pattern: re('The published ledger does not reproduce checkpoint # of (\\S+ \\S+ UTC) \\(entries # to #\\): entries before it were changed, added or removed after it was published\\.'),
    ru: (m) => `Опубликованный реестр не воспроизводит контрольную точку ${n(m[1])} от ${m[2]} (записи с ${n(m[3])} по ${n(m[4])}): записи до неё изменили, добавили или удалили после её публикации.`,
  },
  {
    pattern: /^Any change to ledger entries already covered by a checkpoint when it was published, and entries added after it but dated before it\.$/,
    ru: () => 'Любое изменение записей реестра, уже покрытых контрольной точкой на момент её публикации, и записи, добавленные после неё, но датированные раньше.',
  },

  // Counting the ledger, re-votes, eligibility.
  { pattern: /^The online ballots in the published ledger were counted\.$/, ru: () => 'Подсчитаны онлайн-бюллетени в опубликованном реестре.' },
  { pattern: re('# ballots, as released\\.'), ru: (m) => `${n(m[1])} бюллетеней, как опубликовано.` },
  { pattern: /^A released ballot count that does not match the published ledger\.$/, ru: () => 'Опубликованное число бюллетеней, не совпадающее с опубликованным реестром.' },
  { pattern: /^Re-applying the re-vote rule to the ledger\.$/, ru: () => 'Повторное применение правила переголосования к реестру.' },
  { pattern: /^Re-vote resolution is private: ballots carry one-time tokens, so only the operator knows which ones were superseded\.$/, ru: () => 'Учёт переголосования закрыт: бюллетени несут одноразовые токены, и только оператор знает, какие из них заменены.' },
  { pattern: /^Nothing\.$/, ru: () => 'Ничего.' },
  { pattern: /^The re-vote rule \(([\w-]+)\) was re-applied to the ledger's pseudonyms and the counted ballots tallied\.$/, ru: (m) => `Правило переголосования (${m[1]}) заново применено к псевдонимам реестра, и учтённые бюллетени подсчитаны.` },
  { pattern: /^The tally from the ledger equals the released online count\.$/, ru: () => 'Подсчёт по реестру совпадает с опубликованным онлайн-итогом.' },
  { pattern: /^An online count that differs from what the published ballots and the published rule give\.$/, ru: () => 'Онлайн-итог, отличающийся от того, что дают опубликованные бюллетени и опубликованное правило.' },
  {
    pattern: /^Counted online ballots were compared with the online roll, all counted ballots with the district’s register, and ballot tokens checked for repeats\.$/,
    ru: () => 'Учтённые онлайн-бюллетени сверены со списком онлайн-избирателей, все учтённые бюллетени — со списком избирателей округа, а токены бюллетеней проверены на повторы.',
  },
  { pattern: re('# counted ballots for # registrants\\.'), ru: (m) => `${n(m[1])} учтённых бюллетеней на ${n(m[2])} зарегистрированных.` },
  {
    pattern: /^More counted ballots than eligible voters, and replayed ballots\. Not ballots cast in the name of registrants who did not vote\.$/,
    ru: () => 'Больше учтённых бюллетеней, чем избирателей, и повторно вставленные бюллетени. Но не бюллетени, поданные от имени зарегистрированных, которые не голосовали.',
  },

  // Receipts.
  { pattern: re('# voters looked their receipts up in the public ledger right after voting\\.'), ru: (m) => `${n(m[1])} избирателей сразу после голосования нашли свои квитанции в открытом реестре.` },
  { pattern: re('# voters looked their receipts up in the operator’s ledger right after voting\\.'), ru: (m) => `${n(m[1])} избирателей сразу после голосования нашли свои квитанции в реестре оператора.` },
  { pattern: re('# of # online registrants checked their receipts against the published ledger\\.'), ru: (m) => `${n(m[1])} из ${n(m[2])} зарегистрированных онлайн сверили свои квитанции с опубликованным реестром.` },
  { pattern: /^Nobody checked\.$/, ru: () => 'Никто не проверял.' },
  { pattern: /^Every receipt was found, unaltered\.$/, ru: () => 'Каждая квитанция найдена и не изменена.' },
  { pattern: /^Every receipt matches the published ledger\.$/, ru: () => 'Каждая квитанция совпадает с опубликованным реестром.' },
  { pattern: re('# problems; first: (.+)\\.'), ru: (m, t) => `Проблем: ${n(m[1])}; первая: ${t(m[2])}.` },
  { pattern: re('entry # is missing'), ru: (m) => `записи ${n(m[1])} нет` },
  { pattern: re('entry # does not match its receipt'), ru: (m) => `запись ${n(m[1])} не совпадает со своей квитанцией` },
  { pattern: re('a voter finds entry # cast in their name'), ru: (m) => `избиратель находит запись ${n(m[1])}, поданную от его имени` },
  {
    pattern: /^Tampering with those ballots before the voters looked\. Nothing done afterwards: a re-vote added in their name later, or changes after the close\.$/,
    ru: () => 'Вмешательство в эти бюллетени до того, как избиратели посмотрели. Но ничего сделанного позже: переголосования от их имени потом или изменений после закрытия.',
  },
  { pattern: /^Nothing: the operator answers lookups in its own database\.$/, ru: () => 'Ничего: на запросы отвечает сам оператор из своей базы данных.' },
  {
    pattern: /^Changed or dropped ballots of the checkers\. Not re-votes added in their name: tokens are one-time, so a voter cannot see them\.$/,
    ru: () => 'Изменённые или выброшенные бюллетени проверяющих. Но не повторные голоса от их имени: токены одноразовые, и избиратель их не видит.',
  },
  {
    pattern: re('With # % confidence, any manipulation of more ballots than the bound: changed, dropped, or added in a checker’s name \\(if checkers are a random sample\\)\\.'),
    ru: (m) => `С уверенностью ${n(m[1])} % — любое вмешательство в большее число бюллетеней, чем граница: изменённые, выброшенные или добавленные от имени проверяющего (если проверяющие — случайная выборка).`,
  },

  // Paper: recounts and audits.
  { pattern: re('Observers counted the paper ballots of # of # precincts by hand\\.'), ru: (m) => `Наблюдатели вручную пересчитали бумажные бюллетени ${n(m[1])} из ${n(m[2])} участков.` },
  { pattern: /^No precinct was recounted\.$/, ru: () => 'Ни один участок не пересчитан.' },
  { pattern: /^Every recounted box matches its protocol and its roll book\.$/, ru: () => 'Каждая пересчитанная урна совпадает со своим протоколом и книгой списка избирателей.' },
  { pattern: /^Rewritten protocols and stuffed boxes in the recounted precincts, and \(as a sample\) beyond them\.$/, ru: () => 'Переписанные протоколы и вбросы в урны на пересчитанных участках и (как выборка) за их пределами.' },
  {
    pattern: re('# precincts disagree \\(first: precinct #: the box holds # ballots split differently from the protocol\\)\\.'),
    ru: (m) => `Расхождения на участках: ${n(m[1])} (первый: участок ${n(m[2])}: в урне ${n(m[3])} бюллетеней, распределённых иначе, чем в протоколе).`,
  },
  {
    pattern: re('Paper audit \\(BRAVO, risk limit # %\\): # of the # paper ballots drawn at random from the public audit seed and read by hand, then every box of the district counted by hand\\.'),
    ru: (m) => `Аудит бумаги (BRAVO, предел риска ${n(m[1])} %): ${n(m[2])} из ${n(m[3])} бумажных бюллетеней вытянуты случайно по открытому зерну аудита и прочитаны вручную, затем все урны округа пересчитаны вручную.`,
  },
  {
    pattern: re('Paper audit \\(BRAVO, risk limit # %\\): # of the # paper ballots drawn at random from the public audit seed and read by hand\\.'),
    ru: (m) => `Аудит бумаги (BRAVO, предел риска ${n(m[1])} %): ${n(m[2])} из ${n(m[3])} бумажных бюллетеней вытянуты случайно по открытому зерну аудита и прочитаны вручную.`,
  },
  { pattern: re('The paper outcome \\((.+) wins\\) is confirmed at risk # % after # draws\\.'), ru: (m) => `Бумажный итог (побеждает ${localName(m[1])}) подтверждён при риске ${n(m[2])} % после ${n(m[3])} вытягиваний.` },
  {
    pattern: re('Escalated \\(not confirmed within # draws\\): the full hand count of the # boxes matches every protocol and roll book, so the paper outcome \\((.+) wins\\) stands\\.'),
    ru: (m) => `Передано на полный пересчёт (не подтверждено за ${n(m[1])} вытягиваний): ручной пересчёт всех урн (${n(m[2])}) совпадает с каждым протоколом и книгой списка, так что бумажный итог (побеждает ${localName(m[3])}) остаётся в силе.`,
  },
  {
    pattern: re('Escalated \\(not confirmed within # draws\\); the full hand count finds # boxes that disagree \\(first: precinct #: the box holds # ballots split differently from its protocol\\); the ballots make (.+) the winner, not (.+)\\.'),
    ru: (m) =>
      `Передано на полный пересчёт (не подтверждено за ${n(m[1])} вытягиваний); ручной пересчёт находит урны с расхождениями: ${n(m[2])} (первая: участок ${n(m[3])}: в урне ${n(m[4])} бюллетеней, распределённых иначе, чем в протоколе); по бюллетеням побеждает ${localName(m[5])}, а не ${localName(m[6])}.`,
  },
  {
    pattern: re('A wrong paper winner, at risk # %: if the protocols name a winner the ballots in the boxes do not, the audit goes on to a full hand count with probability at least # %\\. Not stuffed boxes: stuffed ballots are in the boxes, so drawing them counts them as votes; only the roll books \\(paper-recount\\) show them\\. Not the online count\\.'),
    ru: (m) =>
      `Неверного победителя на бумаге, при риске ${n(m[1])} %: если протоколы называют победителя, которого не дают бюллетени в урнах, аудит с вероятностью не меньше ${n(m[2])} % доходит до полного ручного пересчёта. Но не вбросы: вброшенные бюллетени лежат в урнах, и при вытягивании считаются голосами; их показывают только книги списка (paper-recount). И не онлайн-итог.`,
  },

  // More evidence: what a run writes when something is missing or wrong.
  { pattern: /^The hash chain of the ledger\.$/, ru: () => 'Хеш-цепочка реестра.' },
  { pattern: /^The ledger was not published\.$/, ru: () => 'Реестр не опубликован.' },
  { pattern: /^Nothing: without the ledger, no one outside can check how the online count was made\.$/, ru: () => 'Ничего: без реестра никто снаружи не может проверить, как получен онлайн-итог.' },
  { pattern: /^Recount of online ballots from the ledger\.$/, ru: () => 'Пересчёт онлайн-бюллетеней по реестру.' },
  { pattern: /^There was no online release to compare with\.$/, ru: () => 'Не было онлайн-публикации, с которой можно сравнить.' },
  { pattern: /^There was no online release\.$/, ru: () => 'Онлайн-публикации не было.' },
  { pattern: /^The ledger was not published: a receipt can only be looked up in the operator’s own database\.$/, ru: () => 'Реестр не опубликован: квитанцию можно найти только в собственной базе данных оператора.' },
  { pattern: re('The # online releases were compared with each other\\.'), ru: (m) => `Онлайн-публикации (${n(m[1])}) сравнены друг с другом.` },
  { pattern: /^Every release gave the same online count\.$/, ru: () => 'Все публикации дали один и тот же онлайн-итог.' },
  {
    pattern: re('Release # \\((.+)\\) changed the online count of ([\\d, ]+) after voting had closed\\.'),
    ru: (m, t) => `Публикация ${n(m[1])} (${t(m[2])}) изменила онлайн-итог округов ${m[3]} после закрытия голосования.`,
  },
  { pattern: /^Online results published$/, ru: () => 'Онлайн-итоги опубликованы' },
  { pattern: re('Online results republished after recount #'), ru: (m) => `Онлайн-итоги опубликованы заново после пересчёта ${n(m[1])}` },
  {
    pattern: re('# precincts disagree \\(first: precinct #: # ballots in the box but # signatures in the roll book\\)\\.'),
    ru: (m) => `Расхождения на участках: ${n(m[1])} (первый: участок ${n(m[2])}: в урне ${n(m[3])} бюллетеней, а в книге списка ${n(m[4])} подписей).`,
  },
  { pattern: re('Checkpoint # \\((\\S+ \\S+ UTC)\\) covers entry #, which is dated after it\\.'), ru: (m) => `Контрольная точка ${n(m[1])} (${m[2]}) покрывает запись ${n(m[3])}, датированную позже неё.` },
  { pattern: re('Checkpoint # \\((\\S+ \\S+ UTC)\\) covers # entries, but the ledger holds only #\\.'), ru: (m) => `Контрольная точка ${n(m[1])} (${m[2]}) покрывает записей: ${n(m[3])}, а в реестре их только ${n(m[4])}.` },
  { pattern: re('Checkpoint # \\((\\S+ \\S+ UTC)\\) has a signature that does not verify\\.'), ru: (m) => `Подпись контрольной точки ${n(m[1])} (${m[2]}) неверна.` },
  { pattern: re('Entry # is dated (\\S+ \\S+ UTC), outside the voting window \\(opens to close\\)\\.'), ru: (m) => `Запись ${n(m[1])} датирована ${m[2]}, вне окна голосования.` },
  { pattern: re('Entry # is dated before entry #: the ledger is out of time order\\.'), ru: (m) => `Запись ${n(m[1])} датирована раньше записи ${n(m[2])}: реестр нарушает порядок времени.` },
  {
    pattern: re('Entry # is dated before checkpoint # \\((\\S+ \\S+ UTC)\\) but is not covered by it: it was added after the checkpoint and backdated\\.'),
    ru: (m) => `Запись ${n(m[1])} датирована раньше контрольной точки ${n(m[2])} (${m[3]}), но не покрыта ею: её добавили после контрольной точки задним числом.`,
  },
  { pattern: re('The ledger holds # ballots for this district; the release says #\\.'), ru: (m) => `В реестре ${n(m[1])} бюллетеней этого округа; публикация говорит ${n(m[2])}.` },
  { pattern: re('(.+): the ledger gives #, the release says #\\.'), ru: (m) => `${localName(m[1])}: по реестру ${n(m[2])}, в публикации ${n(m[3])}.` },
  { pattern: re('(.+): published #, but protocols plus online give #\\.'), ru: (m) => `${localName(m[1])}: опубликовано ${n(m[2])}, а протоколы плюс онлайн дают ${n(m[3])}.` },
  {
    pattern: re('The protocols give # paper ballots and the online count #: # ballots, but only # registered voters\\.'),
    ru: (m) => `Протоколы дают ${n(m[1])} бумажных бюллетеней, онлайн-итог — ${n(m[2])}: всего ${n(m[3])} бюллетеней при ${n(m[4])} зарегистрированных избирателях.`,
  },
  { pattern: /^The audit record does not hold up: (.+)$/s, ru: (m) => `Запись аудита не выдерживает проверки: ${m[1]}` },
  { pattern: /^The declaration does not hold: (.+)\.$/s, ru: (m) => `Объявление не выполнено: ${m[1]}.` },
  {
    pattern: /^The record carries no declaration: without the signed statement of what it publishes, evidence removed from it cannot be told from evidence never promised, so the record cannot be held to anything\.$/,
    ru: () => 'В протоколе нет объявления: без подписанного заявления о том, что он публикует, удалённые доказательства не отличить от никогда не обещанных, и протокол ни к чему не обязывает.',
  },
  { pattern: /^Nobody challenged a ballot\.$/, ru: () => 'Никто не проверял бюллетени вызовом.' },
  { pattern: /^No voter challenged a ballot\.$/, ru: () => 'Ни один избиратель не проверял бюллетень вызовом.' },
  { pattern: /^Every challenged ballot opened to the voter’s own choice\.$/, ru: () => 'Каждый проверенный вызовом бюллетень раскрылся на собственный выбор избирателя.' },
  { pattern: /^Every challenged ballot opens to the choice its app revealed\.$/, ru: () => 'Каждый проверенный вызовом бюллетень раскрывается на выбор, который показало приложение.' },
  { pattern: re('# voters saw their challenged ballot open to a candidate they had not chosen: their voting app cheats\\.'), ru: (m) => `${n(m[1])} избирателей увидели, что их проверенный бюллетень раскрылся на кандидата, которого они не выбирали: приложение жульничает.` },
  { pattern: /^Every proof verifies\.$/, ru: () => 'Все доказательства верны.' },
  { pattern: re('# ballots fail; first: (.+)\\.'), ru: (m) => `Не проходят бюллетени: ${n(m[1])}; первый: ${m[2]}.` },
  {
    pattern: re('The zero-knowledge proofs of the # encrypted ballots in the published ledger were verified \\(each candidate 0 or 1, exactly one choice\\)\\.'),
    ru: (m) => `Проверены доказательства с нулевым разглашением для зашифрованных бюллетеней в опубликованном реестре (${n(m[1])}): по каждому кандидату 0 или 1, ровно один выбор.`,
  },
  {
    pattern: /^Malformed ballots: a ballot worth two votes, a negative vote, or none\. Not a valid ballot made for another candidate than the voter chose \(receipts and challenges catch those\)\.$/,
    ru: () => 'Неправильные бюллетени: бюллетень на два голоса, отрицательный голос или ни одного. Но не правильный бюллетень за другого кандидата, чем выбрал избиратель (такие ловят квитанции и проверки вызовом).',
  },
  { pattern: /^The encrypted tally was recomputed from the counted encrypted ballots\.$/, ru: () => 'Зашифрованный итог пересчитан по учтённым зашифрованным бюллетеням.' },
  { pattern: /^Re-vote resolution is private: nobody outside can tell which encrypted ballots count\.$/, ru: () => 'Учёт переголосования закрыт: никто снаружи не может сказать, какие зашифрованные бюллетени учтены.' },
  {
    pattern: /^The counted encrypted ballots \(by the re-vote rule, ([\w-]+)\) were multiplied together and compared with the published encrypted tally\.$/,
    ru: (m) => `Учтённые зашифрованные бюллетени (по правилу переголосования ${m[1]}) перемножены и сравнены с опубликованным зашифрованным итогом.`,
  },
  { pattern: /^The published encrypted tally is exactly the product of the counted ballots\.$/, ru: () => 'Опубликованный зашифрованный итог — ровно произведение учтённых бюллетеней.' },
  { pattern: /^The published encrypted tally differs from the product of the counted ballots\.$/, ru: () => 'Опубликованный зашифрованный итог отличается от произведения учтённых бюллетеней.' },
  { pattern: re("The re-vote rule \\(([\\w-]+)\\) was re-applied to the ledger's pseudonyms: which encrypted ballots count\\."), ru: (m) => `Правило переголосования (${m[1]}) заново применено к псевдонимам реестра: какие зашифрованные бюллетени учтены.` },
  { pattern: re('# entries count, as many as the released online count\\.'), ru: (m) => `Учтено записей: ${n(m[1])}, столько же, сколько в опубликованном онлайн-итоге.` },
  { pattern: re('The rule leaves # counted entries; the release counts # ballots\\.'), ru: (m) => `По правилу остаётся учтённых записей: ${n(m[1])}; публикация насчитывает ${n(m[2])} бюллетеней.` },
  {
    pattern: /^Counting superseded or extra ballots\. What the counted ballots hold is checked under encryption \(homomorphic tally, trustee decryptions\)\.$/,
    ru: () => 'Учёт заменённых или лишних бюллетеней. Что в учтённых бюллетенях, проверяется в зашифрованном виде (гомоморфный подсчёт, расшифровка доверенными лицами).',
  },
  { pattern: re('Trustees ([\\d, ]+) decrypt exactly the released online count\\.'), ru: (m) => `Доверенные лица ${m[1]} расшифровывают ровно опубликованный онлайн-итог.` },
  {
    pattern: re('Each trustee’s partial decryption of the encrypted tally was checked against its public key share, and # of them combined\\.'),
    ru: (m) => `Частичная расшифровка итога каждым доверенным лицом сверена с его открытой долей ключа, и ${n(m[1])} из них объединены.`,
  },

  { pattern: /^A tally that leaves out, adds or swaps ballots: what the trustees decrypt is exactly the counted ballots\.$/, ru: () => 'Подсчёт, который пропускает, добавляет или подменяет бюллетени: доверенные лица расшифровывают ровно учтённые бюллетени.' },
  { pattern: /^A released online count that is not what the encrypted ballots hold, and a trustee publishing a wrong decryption\.$/, ru: () => 'Опубликованный онлайн-итог, не совпадающий с содержимым зашифрованных бюллетеней, и доверенное лицо, публикующее неверную расшифровку.' },
  { pattern: re('# ballots that voters challenged instead of casting were opened with their revealed randomness\\.'), ru: (m) => `Бюллетени, которые избиратели проверили вызовом вместо подачи (${n(m[1])}), раскрыты по показанной случайности.` },
  {
    pattern: /^An app that reveals a different encryption from the one it made\. Whether the revealed choice is the voter’s is for the voter to see \(challenges\)\.$/,
    ru: () => 'Приложение, которое показывает не то шифрование, что сделало. Совпадает ли показанный выбор с выбором избирателя, видит сам избиратель (проверки вызовом).',
  },
  {
    pattern: re('# of # online ballots were challenged by their voters \\(rate # %\\): the app revealed how it had encrypted them\\.'),
    ru: (m) => `${n(m[1])} из ${n(m[2])} онлайн-бюллетеней избиратели проверили вызовом (доля ${n(m[3])} %): приложение показало, как их зашифровало.`,
  },
  {
    pattern: re('A voting app that encrypts another choice than the voter’s: one cheating on m voters is caught with probability 1 − \\(1 − #\\)\\^m \\((.+)\\), so more than # cheated voters are caught with # % confidence\\.'),
    ru: (m) =>
      `Приложение, которое шифрует не тот выбор, что сделал избиратель: жульничающее на m избирателях ловят с вероятностью 1 − (1 − ${n(m[1])})^m (${m[2].replace(/(\d+) voters/g, '$1 избирателей')}), так что больше ${n(m[3])} обманутых избирателей ловят с уверенностью ${n(m[4])} %.`,
  },

  // One voter's view (src/core/inspect): ballot causes and states, what was done, the receipt check.
  ...Object.entries({
    'first ballot': 'первый бюллетень',
    're-vote: changed their mind': 'переголосование: передумал',
    're-vote in private, away from pressure': 'тайное переголосование, вдали от давления',
    counted: 'учтён',
    superseded: 'заменён',
    'cancelled by paper': 'отменён бумажным',
    'rejected repeat': 'отклонённый повтор',
    'ballot for an abstainer': 'бюллетень за не голосовавшего',
    'injected re-vote': 'вброшенное переголосование',
    'substituted as it arrived': 'подменён при поступлении',
    'dropped as it arrived': 'выброшен при поступлении',
    'changed after the close': 'изменён после закрытия',
    'changed after the close, chain rebuilt': 'изменён после закрытия, цепочка перестроена',
    'removed after the close': 'удалён после закрытия',
    'changed between releases': 'изменён между публикациями',
    'sent for the beneficiary by a compromised voting app': 'отправлен за выгодоприобретателя взломанным приложением',
    'Nothing to check.': 'Проверять нечего.',
    'Your receipt matches the published ledger': 'Ваша квитанция совпадает с опубликованным реестром',
    'no other ballot carries your pseudonym': 'ни один другой бюллетень не несёт ваш псевдоним',
    'There is no public ledger to check against: the only place to look a receipt up is the operator’s own database.':
      'Открытого реестра для сверки нет: найти квитанцию можно только в собственной базе данных оператора.',
    'Nothing: the operator answers the lookup from its own database, so it can show you whatever your receipt says whatever it counted.':
      'Ничего: оператор отвечает на запрос из своей базы данных и может показать вам то, что написано в квитанции, что бы он ни учёл.',
    'A published ledger (and checkpoints signed as it grows) is what would make this check mean something.':
      'Смысл этой проверке придал бы опубликованный реестр (и контрольные точки, подписываемые по мере его роста).',
    'This voter cast no online ballot, so there is no receipt to check.': 'Этот избиратель не подавал онлайн-бюллетень, так что проверять нечего.',
    'Each ballot you cast is in the published ledger, at the place your receipt names, exactly as your device recorded it (the chain hash would differ otherwise).':
      'Каждый поданный вами бюллетень есть в опубликованном реестре, на месте, указанном в квитанции, ровно таким, каким его записало ваше устройство (иначе хеш цепочки отличался бы).',
    'A signed checkpoint covers it: the operator cannot later remove or change it without its own signature giving it away.':
      'Его покрывает подписанная контрольная точка: оператор не может позже удалить или изменить его так, чтобы его же подпись этого не выдала.',
    'The published ledger does not hold your ballot as your device recorded it: the operator changed or dropped it after you cast it. Keep your receipt: it is evidence anyone can recheck.':
      'В опубликованном реестре нет вашего бюллетеня в том виде, в каком его записало устройство: оператор изменил или выбросил его после подачи. Сохраните квитанцию: это доказательство, которое может перепроверить любой.',
    'No ballot you did not cast was recorded under your pseudonym, so no re-vote in your name replaced yours.':
      'Под вашим псевдонимом не записано ни одного бюллетеня, которого вы не подавали, так что ничьё переголосование от вашего имени не заменило ваш.',
    'Someone cast a ballot in your name that you did not cast: under this scenario’s re-vote rule it may have replaced yours. Your pseudonym on it is evidence anyone can recheck.':
      'Кто-то подал от вашего имени бюллетень, которого вы не подавали: по правилу переголосования этого сценария он мог заменить ваш. Ваш псевдоним на нём — доказательство, которое может перепроверить любой.',
    'In this scenario voters check during voting: a check made then says nothing about a re-vote injected in their name afterwards. Checking again after the results (as here) is what catches it.':
      'В этом сценарии избиратели проверяют во время голосования: такая проверка ничего не говорит о переголосовании, вброшенном от их имени позже. Поймать его помогает повторная проверка после итогов (как здесь).',
    'With private re-vote resolution your entries carry one-time tokens: nobody, you included, can see whether a later ballot superseded yours. Your receipt can match and your vote still not count.':
      'При закрытом учёте переголосования ваши записи несут одноразовые токены: никто, и вы тоже, не видит, заменил ли ваш бюллетень более поздний. Квитанция может совпасть, а голос всё равно не учтён.',
    'It checks your ballots only: the tally of everyone else’s rests on other voters checking theirs, and on observers re-counting the published ledger.':
      'Проверяются только ваши бюллетени: подсчёт остальных держится на том, что другие избиратели проверяют свои, а наблюдатели пересчитывают опубликованный реестр.',
    'It does not prove your ballot says what you meant: a receipt proves what was recorded, not that your device recorded your choice (the sandbox has no malware).':
      'Это не доказывает, что в бюллетене то, что вы хотели: квитанция доказывает, что было записано, а не то, что устройство записало ваш выбор (в песочнице нет вредоносных программ).',
    'A paper ballot cast in your name would cancel your online ballot, and the online receipt cannot show it.':
      'Бумажный бюллетень, поданный от вашего имени, отменил бы ваш онлайн-бюллетень, и онлайн-квитанция этого не покажет.',
  }).map(([en, ru]): Entry => ({ pattern: new RegExp(`^${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), ru: () => ru })),
  { pattern: re('All # of your receipts match the published ledger'), ru: (m) => `Все ваши квитанции (${n(m[1])}) совпадают с опубликованным реестром` },
  { pattern: re('entry # was altered'), ru: (m) => `запись ${n(m[1])} изменена` },
  { pattern: re('no signed checkpoint covers (it|them)'), ru: (m) => (m[1] === 'it' ? 'её не покрывает ни одна подписанная контрольная точка' : 'их не покрывает ни одна подписанная контрольная точка') },
  { pattern: re('# not covered by a signed checkpoint'), ru: (m) => `не покрыто подписанной контрольной точкой: ${n(m[1])}` },
  { pattern: re('# ballots? you did not cast carr(?:ies|y) your pseudonym'), ru: (m) => `бюллетеней, которых вы не подавали, с вашим псевдонимом: ${n(m[1])}` },
  { pattern: /^([^;]+(?:; [^;]+)+)\.$/s, ru: (m, t) => `${m[1].split('; ').map((x) => t(x)).join('; ')}.` },

  // The night's timeline (src/core/publication/release.ts).
  { pattern: re('# of # precinct protocols'), ru: (m) => `протоколов УИК: ${n(m[1])} из ${n(m[2])}` },

  // The scenario file (src/ui/controls/scenario-file.ts).
  { pattern: /^is empty: a scenario file is a JSON object, like (.+)$/, ru: (m) => `пуст: файл сценария — это JSON-объект, например ${m[1]}` },
  { pattern: /^is not valid JSON: (.+)$/s, ru: (m) => `не является корректным JSON: ${m[1]}` },
  { pattern: /^(.+) \(and (\d+) more\)$/s, ru: (m, t) => `${t(m[1])} (и ещё ${m[2]})` },
  // "path: message", as a scenario error names its field.
  { pattern: /^([\w.[\]()]+): (.+)$/s, ru: (m, t) => `${m[1]}: ${t(m[2])}` },
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
