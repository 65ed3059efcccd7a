/**
 * The shipped content in Russian: the presets' titles and descriptions (what was done, and what an
 * observer is told), and the lessons' steps. Each translation keeps the English it was made from,
 * read from the preset files and lessons by id: when the English changes, test/i18n/content.test.ts
 * fails until the Russian is brought up to date, and meanwhile the page shows the new English
 * rather than a stale translation. English is the content itself.
 */
import type { Lesson } from '../content/lessons/lesson.ts';
import { msg } from '@lit/localize';
import { findPreset, OBSERVER_TITLES, observerDescription, type ObserverCity } from '../content/presets/index.ts';
import { language } from './locale.ts';

/** A translation and the English it was made from. */
export interface Translation {
  readonly en: string;
  readonly ru: string;
}

/** Each preset's title (in English the preset's id is its title). */
export const PRESET_TITLES_RU: Readonly<Record<string, string>> = {
  "classroom": "Учебный город",
  "classroom-rigged": "Учебный город, с подтасовкой",
  "classroom-injected": "Учебный город: вброс повторных голосов",
  "classroom-rewritten": "Учебный город: переписанная история",
  "classroom-substituted": "Учебный город: подмена бюллетеней",
  "classroom-coerced": "Учебный город: давление на работе",
  "village": "Деревня: всё опубликовано",
  "classroom-protocols": "Учебный город: переписанные протоколы",
  "moscow-2021": "Москва-2021",
  "moscow-2021-rigged": "Москва-2021, с подтасовкой",
  "moscow-2021-kuntsevsky": "Москва-2021: Кунцевский округ",
  "moscow-2021-audited": "Москва-2021 с проверками",
  "classroom-e2e": "Учебный город: сквозная проверяемость",
  "classroom-e2e-cheating-client": "Учебный город: подменное приложение",
  "moscow-2021-rigged-audited": "Москва-2021, с подтасовкой и проверками",
};

/** Each preset's own description, what was done to it. */
export const PRESET_DESCRIPTIONS: Readonly<Record<string, Translation>> = {
  "classroom": {
    en: "A small city of five districts and 150,000 voters: small enough to re-run instantly, large enough for statistics. Every knob is at its default; two paper leads are close enough for the online count to reverse.",
    ru: "Небольшой город: пять округов и 150 000 избирателей. Достаточно мал, чтобы пересчитать его мгновенно, и достаточно велик для статистики. Все параметры по умолчанию; в двух округах отрыв на бумаге так мал, что онлайн-голоса могут его перевернуть.",
  },
  "classroom-rigged": {
    en: "The classroom city with a smaller legitimate swing (fewer voters pressured at work) and 500 re-votes injected for Unity in every district, on behalf of voters who voted once. It publishes nearly the same result as the honest classroom.",
    ru: "Учебный город с меньшим законным сдвигом (меньше избирателей под давлением на работе) и 500 повторными голосами за «Единство», вброшенными в каждом округе от имени тех, кто голосовал один раз. Опубликованный результат почти такой же, как у честного учебного города.",
  },
  "classroom-injected": {
    en: "The classroom city with 1,200 re-votes for Unity injected into Old Town (district 1) during voting, enough to flip it, on behalf of voters who voted once. Ballots carry one-time tokens; 3 % of online registrants check their receipts after the results. The operator publishes the online result once.",
    ru: "Учебный город, где во время голосования в Старый город (округ 1) вброшено 1200 повторных голосов за «Единство» от имени тех, кто голосовал один раз, — этого хватает, чтобы перевернуть итог. Бюллетени несут одноразовые токены; 3 % зарегистрированных онлайн проверяют свои квитанции после итогов. Оператор публикует онлайн-результат один раз.",
  },
  "classroom-rewritten": {
    en: "After the close, the operator changes 900 stored ballots in Old Town (district 1) to Unity, rebuilds the hash chain and signs it. 3 % of online registrants check their receipts, right after voting.",
    ru: "После закрытия оператор меняет 900 хранимых бюллетеней Старого города (округ 1) в пользу «Единства», заново строит хеш-цепочку и подписывает её. 3 % зарегистрированных онлайн проверяют свои квитанции сразу после голосования.",
  },
  "classroom-substituted": {
    en: "The operator stores Unity instead of the voter’s choice on 150 online ballots in Riverside (district 2). Only 0.2 % of online registrants check their receipts, after the results.",
    ru: "Оператор хранит «Единство» вместо выбора избирателя в 150 онлайн-бюллетенях Заречья (округ 2). Лишь 0,2 % зарегистрированных онлайн проверяют свои квитанции, после итогов.",
  },
  "classroom-coerced": {
    en: "The classroom city where employers take the receipts of the voters they pressure and look them up after the results. As in classroom-injected, 1,200 re-votes for Unity are injected into Old Town, and 3 % of online registrants check their receipts after the results.",
    ru: "Учебный город, где работодатели забирают квитанции у избирателей, на которых давят, и после итогов сверяют их. Как и в «вбросе повторных голосов», в Старый город вброшено 1200 повторных голосов за «Единство», и 3 % зарегистрированных онлайн проверяют свои квитанции после итогов.",
  },
  "village": {
    en: "A village of 800 voters, one district, with everything published: a public ledger with voter pseudonyms, a signed checkpoint at the close, 5 % of online registrants checking their receipts after the results, and every paper ballot recounted. Small enough to encrypt and verify every ballot in a few seconds.",
    ru: "Деревня из 800 избирателей, один округ, и опубликовано всё: открытый реестр с псевдонимами избирателей, подписанная контрольная точка при закрытии, 5 % зарегистрированных онлайн проверяют квитанции после итогов, и все бумажные бюллетени пересчитаны. Достаточно мала, чтобы за несколько секунд зашифровать и проверить каждый бюллетень.",
  },
  "classroom-protocols": {
    en: "In Old Town (district 1), precinct protocols move 1,000 paper votes to Unity; the ballots in the boxes are untouched. Nobody recounts the paper.",
    ru: "В Старом городе (округ 1) протоколы УИК переносят 1000 бумажных голосов в пользу «Единства»; бюллетени в урнах не тронуты. Бумагу никто не пересчитывает.",
  },
  "moscow-2021": {
    en: "Moscow's 15 single-member districts in the September 2021 Duma vote, honest, with each district's real winner and runner-up by name and party (calibrated to public/data/moscow-2021-districts.csv) and the real online turnout hour by hour: the online swing comes only from who votes online (younger, digital, and voters pressured at work). Paper leads for the opposition in six districts are reversed when online results arrive the next afternoon. Verifiability as in Moscow: the ledger is visible, but re-vote resolution is private, no checkpoints are published, and voters check receipts only while voting.",
    ru: "15 одномандатных округов Москвы на выборах в Госдуму в сентябре 2021 года, честно: в каждом округе настоящие победитель и второй кандидат, с именами и партиями (подобрано по public/data/moscow-2021-districts.csv), и настоящая явка онлайн по часам. Онлайн-сдвиг возникает только из-за того, кто голосует онлайн (молодые, цифровые и те, на кого давят на работе). Лидерство оппозиции на бумаге в шести округах переворачивается, когда на следующий день приходят онлайн-итоги. Проверяемость как в Москве: реестр виден, но учёт переголосования закрыт, контрольные точки не публикуются, а квитанции избиратели проверяют только во время голосования.",
  },
  "moscow-2021-rigged": {
    en: "The Moscow city with a smaller legitimate swing (a third of the voters pressured at work, fewer online registrants voting) and 13,000 ballots cast in every district for the candidate the mayor’s office backed, in the name of online registrants who did not vote. It publishes nearly the same result as the honest moscow-2021, and its ledger has as many superseded ballots as the real dump.",
    ru: "Москва с меньшим законным сдвигом (под давлением на работе втрое меньше избирателей, и онлайн голосуют не все зарегистрированные) и 13 000 бюллетеней в каждом округе за кандидата, которого поддержала мэрия, поданных от имени зарегистрированных онлайн, которые не голосовали. Опубликованный результат почти такой же, как у честной «Москвы-2021», а заменённых бюллетеней в реестре столько же, сколько в настоящем дампе.",
  },
  "moscow-2021-kuntsevsky": {
    en: "Moscow’s district 197 (Kuntsevsky) on its own, as in moscow-2021: the district whose real online vote, bin by bin, ships with Tally Lab. A one-district city runs in a second or two.",
    ru: "Только 197-й (Кунцевский) округ Москвы, как в «Москве-2021»: округ, чьё настоящее онлайн-голосование, интервал за интервалом, поставляется вместе с Tally Lab. Город из одного округа считается за секунду-две.",
  },
  "moscow-2021-audited": {
    en: "The honest Moscow city with verifiability: public re-vote resolution, hourly signed checkpoints, 3 % of online registrants checking their receipts after the results, and every paper ballot recounted by hand by observers.",
    ru: "Честная Москва с проверяемостью: открытый учёт переголосования, подписанные контрольные точки каждый час, 3 % зарегистрированных онлайн проверяют квитанции после итогов, и наблюдатели пересчитывают вручную все бумажные бюллетени.",
  },
  "classroom-e2e": {
    en: "The classroom city with end-to-end verifiable online voting (as in Helios, Belenios, ElectionGuard): every online ballot encrypted with proofs, an encrypted tally decrypted by 2 of 3 trustees, 5 % of ballots challenged by their voters, public re-vote resolution, a checkpoint at the close, 2 % of registrants checking their receipts after the results, and every paper ballot recounted by hand.",
    ru: "Учебный город со сквозной проверяемостью онлайн-голосования (как в Helios, Belenios, ElectionGuard): каждый онлайн-бюллетень зашифрован и снабжён доказательствами, зашифрованный итог расшифровывают 2 из 3 доверенных лиц, 5 % бюллетеней избиратели подвергают проверке, учёт переголосования открыт, при закрытии публикуется контрольная точка, 2 % зарегистрированных проверяют квитанции после итогов, и все бумажные бюллетени пересчитаны вручную.",
  },
  "classroom-e2e-cheating-client": {
    en: "classroom-e2e with a compromised voting app: it sends Unity instead of the choice of 40 voters per district (and shows them a receipt of what it sent). Receipts cannot see it; each voter who challenges a ballot can: with 5 % of ballots challenged, it is caught in a district with probability 1 − 0.95^40 = 87 %.",
    ru: "«Сквозная проверяемость», но приложение для голосования взломано: у 40 избирателей в каждом округе оно отправляет «Единство» вместо их выбора (и показывает квитанцию на отправленное). Квитанции этого не видят; видит каждый, кто проверяет бюллетень вызовом: при 5 % проверенных бюллетеней подмену ловят в округе с вероятностью 1 − 0,95^40 = 87 %.",
  },
  "moscow-2021-rigged-audited": {
    en: "The rigged Moscow city (ballots cast for online registrants who did not vote) under the same verifiability as moscow-2021-audited: voters checking after the results find ballots cast in their name.",
    ru: "Москва с подтасовкой (бюллетени, поданные за зарегистрированных онлайн, которые не голосовали) с той же проверяемостью, что в «Москве-2021 с проверками»: избиратели, проверяющие квитанции после итогов, находят бюллетени, поданные от их имени.",
  },
};

/** What an observer is told, by the English text (twins share one). */
export const OBSERVER_DESCRIPTIONS_RU: readonly Translation[] = [
  {
    en: "A small city of five districts and 150,000 voters: small enough to re-run instantly, large enough for statistics. Two paper leads are close enough for the online count to reverse.",
    ru: "Небольшой город: пять округов и 150 000 избирателей. Достаточно мал, чтобы пересчитать его мгновенно, и достаточно велик для статистики. В двух округах отрыв на бумаге так мал, что онлайн-голоса могут его перевернуть.",
  },
  {
    en: "The classroom city. Ballots carry one-time tokens; 3 % of online registrants check their receipts after the results. The operator publishes the online result once.",
    ru: "Учебный город. Бюллетени несут одноразовые токены; 3 % зарегистрированных онлайн проверяют свои квитанции после итогов. Оператор публикует онлайн-результат один раз.",
  },
  {
    en: "The classroom city with its online ledger hash-chained and signed by the operator. 3 % of online registrants check their receipts, right after voting.",
    ru: "Учебный город, где онлайн-реестр связан хеш-цепочкой и подписан оператором. 3 % зарегистрированных онлайн проверяют свои квитанции сразу после голосования.",
  },
  {
    en: "The classroom city. Only 0.2 % of online registrants check their receipts, after the results.",
    ru: "Учебный город. Лишь 0,2 % зарегистрированных онлайн проверяют свои квитанции, после итогов.",
  },
  {
    en: "The classroom city where employers take the receipts of the voters they pressure and look them up after the results. 3 % of online registrants check their receipts after the results.",
    ru: "Учебный город, где работодатели забирают квитанции у избирателей, на которых давят, и после итогов сверяют их. 3 % зарегистрированных онлайн проверяют свои квитанции после итогов.",
  },
  {
    en: "The classroom city. Precinct protocols are published; nobody recounts the paper.",
    ru: "Учебный город. Протоколы УИК опубликованы; бумагу никто не пересчитывает.",
  },
  {
    en: "Moscow’s 15 single-member districts in the September 2021 Duma vote. Paper leads for the opposition are reversed when online results arrive the next afternoon. Verifiability as in Moscow: the ledger is visible, but re-vote resolution is private, no checkpoints are published, and voters check receipts only while voting.",
    ru: "15 одномандатных округов Москвы на выборах в Госдуму в сентябре 2021 года. Лидерство оппозиции на бумаге переворачивается, когда на следующий день приходят онлайн-итоги. Проверяемость как в Москве: реестр виден, но учёт переголосования закрыт, контрольные точки не публикуются, а квитанции избиратели проверяют только во время голосования.",
  },
  {
    en: "The Moscow city with verifiability: public re-vote resolution, hourly signed checkpoints, 3 % of online registrants checking their receipts after the results, and every paper ballot recounted by hand by observers.",
    ru: "Москва с проверяемостью: открытый учёт переголосования, подписанные контрольные точки каждый час, 3 % зарегистрированных онлайн проверяют квитанции после итогов, и наблюдатели пересчитывают вручную все бумажные бюллетени.",
  },
  {
    en: "The classroom city with end-to-end verifiable online voting (as in Helios, Belenios, ElectionGuard): every online ballot encrypted with proofs, an encrypted tally decrypted by 2 of 3 trustees, 5 % of ballots challenged by their voters, public re-vote resolution, a checkpoint at the close, 2 % of registrants checking their receipts after the results, and every paper ballot recounted by hand.",
    ru: "Учебный город со сквозной проверяемостью онлайн-голосования (как в Helios, Belenios, ElectionGuard): каждый онлайн-бюллетень зашифрован и снабжён доказательствами, зашифрованный итог расшифровывают 2 из 3 доверенных лиц, 5 % бюллетеней избиратели подвергают проверке, учёт переголосования открыт, при закрытии публикуется контрольная точка, 2 % зарегистрированных проверяют квитанции после итогов, и все бумажные бюллетени пересчитаны вручную.",
  },
];

/** Each shipped sweep's description (src/content/sweeps), by name. */
export const SWEEP_DESCRIPTIONS: Readonly<Record<string, Translation>> = {
  'receipt-checks': {
    en: "The classroom city with re-votes injected for Unity in Harbour (district 5), a public ledger with voter pseudonyms, and voters checking their receipts. How often do the checks catch it, by the share of registrants who check, the attack's size and when they check? Checking right after voting cannot catch a re-vote added later; checking after the results can, about as often as a formula for checkers drawn at random says.",
    ru: "Учебный город с повторными голосами за «Единство», вброшенными в Портовом (округ 5), открытым реестром с псевдонимами избирателей и избирателями, проверяющими квитанции. Как часто проверки ловят подмену — в зависимости от доли проверяющих, размера атаки и времени проверки? Проверка сразу после голосования не может поймать переголосование, добавленное позже; проверка после итогов может — примерно так часто, как предсказывает формула для случайно выбранных проверяющих.",
  },
};

/** A sweep file's description in the language in use (a shipped sweep's Russian, when made from this English). */
export function sweepDescription(name: string, english: string): string {
  return inUse(english, Object.hasOwn(SWEEP_DESCRIPTIONS, name) ? SWEEP_DESCRIPTIONS[name] : undefined);
}

export interface LessonText {
  readonly title: string;
  readonly question: string;
  readonly moveLabel: string;
  readonly watch: string;
  readonly takeaway: string;
}

/** Each lesson's words, by lesson id: English as in src/content/lessons, and Russian. */
export const LESSON_TEXTS: Readonly<Record<string, { readonly en: LessonText; readonly ru: LessonText }>> = {
  "recounts": {
    en: {
      title: "Four recounts of the same database",
      question: "Re-votes were injected in Old Town and it flipped. If the operator recounts the online ballots three more times, will the recounts find it?",
      moveLabel: "Publish the online result four times (three recounts)",
      watch: "The online releases on the night’s timeline, and Old Town’s winner and verdict.",
      takeaway: "Every recount repeats the same numbers, because it counts the same database the attacker already changed. Recounting what the operator stored can only show that its arithmetic is consistent; it cannot show that the stored ballots are the ones voters cast.",
    },
    ru: {
      title: "Четыре пересчёта одной базы данных",
      question: "В Старый город вбросили повторные голоса, и итог там перевернулся. Если оператор пересчитает онлайн-бюллетени ещё три раза, найдут ли пересчёты вброс?",
      moveLabel: "Опубликовать онлайн-результат четыре раза (три пересчёта)",
      watch: "Онлайн-публикации на шкале времени ночи, а также победитель и вердикт Старого города.",
      takeaway: "Каждый пересчёт повторяет те же числа, потому что считает ту же базу данных, которую атакующий уже изменил. Пересчёт того, что хранит оператор, может показать лишь, что его арифметика сходится; он не может показать, что хранятся именно те бюллетени, которые подали избиратели.",
    },
  },
  "who-sees-revotes": {
    en: {
      title: "Who can see a re-vote?",
      question: "Re-votes were injected in Old Town in the names of voters who voted once. 3 % of voters check their receipts after the results, and every receipt matches. Why, and what would change that?",
      moveLabel: "Ballots carry voter pseudonyms instead of one-time tokens (public re-vote resolution)",
      watch: "A victim’s receipts (teacher view): with pseudonyms they find a later ballot cast in their name. Then the verdict.",
      takeaway: "A receipt shows that your ballot is stored, not that it counts. With one-time tokens only the operator knows which ballot superseded which, so an injected re-vote is invisible to every check; with pseudonyms anyone can re-apply the last-ballot rule, and victims who check find ballots they never cast.",
    },
    ru: {
      title: "Кто видит переголосование?",
      question: "В Старый город вбросили повторные голоса от имени избирателей, голосовавших один раз. 3 % избирателей проверяют квитанции после итогов, и все квитанции совпадают. Почему — и что могло бы это изменить?",
      moveLabel: "Бюллетени несут псевдонимы избирателей вместо одноразовых токенов (открытый учёт переголосования)",
      watch: "Квитанции пострадавшего (вид учителя): с псевдонимами он находит более поздний бюллетень, поданный от его имени. Затем вердикт.",
      takeaway: "Квитанция показывает, что ваш бюллетень хранится, а не что он учтён. С одноразовыми токенами только оператор знает, какой бюллетень заменил какой, и вброшенное переголосование не видит ни одна проверка; с псевдонимами любой может заново применить правило «считается последний бюллетень», и пострадавшие, проверив квитанции, находят бюллетени, которых не подавали.",
    },
  },
  "coercion": {
    en: {
      title: "Re-voting against coercion",
      question: "Employers pressure voters to vote online for Unity and take their receipts. Voters can re-vote later in private, and re-votes were also injected in Old Town. Make re-votes public, so that victims can find ballots cast in their name: what does that do to the pressured voters?",
      moveLabel: "Ballots carry voter pseudonyms (public re-vote resolution)",
      watch: "With the teacher view on: the pressured voters who escaped or were deterred, and Old Town’s verdict.",
      takeaway: "The same pseudonyms that let victims catch injected re-votes let an employer holding a receipt see an escape, so pressured voters stop escaping. Public re-vote resolution buys detection with coercion resistance: postponed votes protect against a coercer only if the coercer cannot see them.",
    },
    ru: {
      title: "Переголосование против принуждения",
      question: "Работодатели заставляют избирателей голосовать онлайн за «Единство» и забирают квитанции. Позже избиратели могут тайно переголосовать, а в Старый город ещё и вбросили повторные голоса. Сделайте переголосование открытым, чтобы пострадавшие могли найти бюллетени, поданные от их имени: что это даст избирателям под давлением?",
      moveLabel: "Бюллетени несут псевдонимы избирателей (открытый учёт переголосования)",
      watch: "С видом учителя: избиратели под давлением, которые вырвались или были запуганы, и вердикт Старого города.",
      takeaway: "Те же псевдонимы, которые помогают пострадавшим поймать вброшенные повторные голоса, позволяют работодателю с квитанцией увидеть, что избиратель переголосовал, — и избиратели под давлением перестают переголосовывать. Открытый учёт переголосования покупает обнаружение ценой защиты от принуждения: повторное голосование защищает от принуждающего, только если он его не видит.",
    },
  },
  "two-cities": {
    en: {
      title: "Two cities, one result",
      question: "Here is an honest city. Swap in a rigged one: would you be able to tell from what is published?",
      moveLabel: "Swap in the rigged city: fewer voters pressured at work, and 500 re-votes injected for Unity in every district",
      watch: "The published numbers and the verdict; then turn on the teacher view and compare the truth.",
      takeaway: "Both cities publish nearly the same result (every published share within 2 percentage points), and both verdicts are “unverifiable”: the published numbers are consistent with an honest election and with a rigged one, though the rigged city often publishes a winner its voters did not choose. Only evidence that voters and observers can check independently tells the two apart.",
    },
    ru: {
      title: "Два города, один результат",
      question: "Перед вами честный город. Подмените его подтасованным: сможете ли вы это заметить по опубликованным данным?",
      moveLabel: "Подменить город подтасованным: меньше избирателей под давлением на работе и по 500 вброшенных повторных голосов за «Единство» в каждом округе",
      watch: "Опубликованные числа и вердикт; затем включите вид учителя и сравните с правдой.",
      takeaway: "Оба города публикуют почти одинаковый результат (каждая опубликованная доля в пределах 2 процентных пунктов), и у обоих вердикт «непроверяемо»: опубликованные числа согласуются и с честными выборами, и с подтасованными, хотя подтасованный город часто объявляет победителя, которого избиратели не выбирали. Отличить их могут только доказательства, которые избиратели и наблюдатели проверяют независимо.",
    },
  },
  "early-receipts": {
    en: {
      title: "A receipt checked too early",
      question: "3 % of online voters check their receipt right after voting, and every one matches. After the close, the operator rewrites 900 ballots and rebuilds the chain. Will anyone notice?",
      moveLabel: "Voters check their receipts after the results are published",
      watch: "The verdict, and the receipts line of the evidence.",
      takeaway: "A receipt proves something only about the ledger it is checked against. Checked during voting, it says nothing about what the operator does after the close; checked against the published ledger, the same receipts expose the rewrite.",
    },
    ru: {
      title: "Квитанция, проверенная слишком рано",
      question: "3 % онлайн-избирателей проверяют квитанцию сразу после голосования, и все совпадают. После закрытия оператор переписывает 900 бюллетеней и заново строит цепочку. Заметит ли кто-нибудь?",
      moveLabel: "Избиратели проверяют квитанции после публикации итогов",
      watch: "Вердикт и строка квитанций в доказательствах.",
      takeaway: "Квитанция доказывает что-то лишь о том реестре, с которым её сверяют. Проверенная во время голосования, она ничего не говорит о том, что оператор делает после закрытия; сверенные с опубликованным реестром, те же квитанции раскрывают подмену.",
    },
  },
  "how-many-check": {
    en: {
      title: "How many voters must check",
      question: "The operator changed 150 of Riverside’s ~11,000 online ballots. If 1 in 500 online voters checks their receipt, how likely is someone to notice? And 1 in 20?",
      moveLabel: "Raise the share of voters who check from 0.2 % to 5 %",
      watch: "Riverside’s verdict; try several seeds (New seed) before and after.",
      takeaway: "Detection needs one checker among the victims: with c checkers and a share f of ballots changed, the chance is about 1 − (1 − f)^c. A few checkers catch a small attack only sometimes; a few hundred catch it almost surely, without anyone checking everything.",
    },
    ru: {
      title: "Сколько избирателей должны проверять",
      question: "Оператор изменил 150 из примерно 11 000 онлайн-бюллетеней Заречья. Если квитанцию проверяет один онлайн-избиратель из 500, насколько вероятно, что кто-то заметит? А если один из 20?",
      moveLabel: "Поднять долю проверяющих избирателей с 0,2 % до 5 %",
      watch: "Вердикт Заречья; попробуйте несколько зёрен («Новое зерно») до и после.",
      takeaway: "Для обнаружения нужен один проверяющий среди пострадавших: при c проверяющих и доле f изменённых бюллетеней шанс примерно 1 − (1 − f)^c. Несколько проверяющих ловят небольшую атаку лишь иногда; несколько сотен — почти наверняка, и никому не нужно проверять всё.",
    },
  },
  "paper-recount": {
    en: {
      title: "Paper makes recounts real",
      question: "Old Town’s precinct protocols moved 1,000 paper votes to Unity, and Unity won. What would it take to find out?",
      moveLabel: "Observers recount the paper ballots of every precinct by hand",
      watch: "Old Town’s verdict and the paper-recount line of the evidence.",
      takeaway: "Paper ballots are evidence that exists outside the operator’s computers: counting them again is an independent check, unlike recounting a database. The changed protocols no longer match the boxes.",
    },
    ru: {
      title: "Бумага делает пересчёт настоящим",
      question: "Протоколы УИК Старого города перенесли 1000 бумажных голосов в пользу «Единства», и «Единство» победило. Что нужно, чтобы это выяснить?",
      moveLabel: "Наблюдатели вручную пересчитывают бумажные бюллетени всех участков",
      watch: "Вердикт Старого города и строка пересчёта бумаги в доказательствах.",
      takeaway: "Бумажные бюллетени — доказательство, существующее вне компьютеров оператора: пересчитать их — независимая проверка, в отличие от пересчёта базы данных. Изменённые протоколы больше не сходятся с урнами.",
    },
  },
  "paper-audit": {
    en: {
      title: "Auditing paper without counting it all",
      question: "Counting every paper ballot again found the rewritten protocols. Could observers find them by reading only a sample of ballots, and how many?",
      moveLabel: "Run a risk-limiting audit (BRAVO) of each district’s paper outcome at a 5 % risk limit",
      watch: "The paper-audit line of the evidence: how many ballots each district drew, which were confirmed and which went to a full hand count.",
      takeaway: "A risk-limiting audit draws ballots until they confirm the protocols’ winner, a few hundred where the margin is wide. Where the winner does not hold up, the sample cannot confirm it and the district is counted by hand: Old Town’s rewrite is found. If the reported winner is wrong, the audit confirms it anyway at most 5 % of the time.",
    },
    ru: {
      title: "Аудит бумаги без полного пересчёта",
      question: "Полный пересчёт бумажных бюллетеней нашёл переписанные протоколы. Могли бы наблюдатели найти их, прочитав лишь выборку бюллетеней, — и сколько нужно?",
      moveLabel: "Провести аудит с ограничением риска (BRAVO) бумажного итога каждого округа при пределе риска 5 %",
      watch: "Строка аудита бумаги в доказательствах: сколько бюллетеней вытянул каждый округ, где итог подтвердился, а где дошло до полного ручного пересчёта.",
      takeaway: "Аудит с ограничением риска тянет бюллетени, пока они не подтвердят победителя по протоколам, — несколько сотен, где отрыв велик. Где победитель не подтверждается, выборка не может его подтвердить, и округ пересчитывают вручную: подмена в Старом городе найдена. Если объявленный победитель неверен, аудит всё же подтвердит его не более чем в 5 % случаев.",
    },
  },
  "verify-everything": {
    en: {
      title: "The cost of verifying everything",
      question: "The village publishes everything a plain online system can: the ledger with pseudonyms, a checkpoint, receipts, the paper. Now encrypt every ballot on the voter’s device, with proofs, and let trustees decrypt only the tally. What does that add, and what does it cost?",
      moveLabel: "Turn on end-to-end verifiable voting (encrypted ballots, proofs, 2-of-3 trustees, 5 % of ballots challenged)",
      watch: "The evidence: ballot proofs, the homomorphic tally and the trustees’ decryptions; the verdict’s bound; and the cost line under the run.",
      takeaway: "Anyone can now check that every counted ballot is one well-formed vote and that the published count is exactly their sum, without seeing a single vote, where before the ledger showed every choice. It costs milliseconds of computation per ballot on every side (the page shows how many), and it still does not say whose votes they are: the bound of what could change unnoticed rests on voters checking receipts and challenging their voting app. It is larger than before only because the plain run silently trusts every voting app; the verifiable run prices that trust in.",
    },
    ru: {
      title: "Цена проверки всего",
      question: "Деревня публикует всё, что может обычная онлайн-система: реестр с псевдонимами, контрольную точку, квитанции, бумагу. Теперь зашифруем каждый бюллетень на устройстве избирателя, с доказательствами, и пусть доверенные лица расшифровывают только итог. Что это добавляет и чего это стоит?",
      moveLabel: "Включить сквозную проверяемость (зашифрованные бюллетени, доказательства, 2 из 3 доверенных лиц, проверка вызовом 5 % бюллетеней)",
      watch: "Доказательства: доказательства бюллетеней, гомоморфный итог и расшифровки доверенных лиц; граница в вердикте; и строка стоимости под запуском.",
      takeaway: "Теперь любой может проверить, что каждый учтённый бюллетень — один правильно оформленный голос и что опубликованный итог — ровно их сумма, не видя ни одного голоса, тогда как раньше реестр показывал каждый выбор. Это стоит миллисекунд вычислений на бюллетень с каждой стороны (страница показывает сколько) и всё равно не говорит, чьи это голоса: граница того, что могло измениться незаметно, держится на избирателях, которые проверяют квитанции и проверяют своё приложение вызовом. Она больше, чем раньше, лишь потому, что обычный запуск молча доверяет каждому приложению для голосования; проверяемый запуск учитывает цену этого доверия.",
    },
  },
  "real-stream": {
    en: {
      title: "What the real stream shows, and what it cannot prove",
      question: "In Kuntsevsky the real online stream gave Popov 41 % and Lobanov 24 %, and Popov’s share fell from 44 % in the first third of the three days to 37 % in the last. The honest model of the district copies the real stream’s volume hour by hour, not who voted when. Swap in a rigged one, where Lobanov truly won and 13,000 ballots were cast for Popov in the names of registrants who did not vote: does either reproduce the fall, and what would that prove?",
      moveLabel: "Swap in the rigged district: a third of the voters pressured at work, fewer online voters, and 13,000 ballots cast for Popov in the name of registrants who did not vote",
      watch: "District 197: the real stream above, the simulated one below; then the verdict and, in the teacher view, the truth.",
      takeaway: "Both models publish Popov’s win over the paper leader Lobanov, both are unverifiable, and neither reproduces the fall of his share: the real stream’s leader loses 6 points from the first third of the bins to the last, the honest model’s about 2 (between −4 and −0.5 in each of 20 seeds), while the rigged one’s gains about 7 (between +4 and +11), because its phantom ballots are spread evenly over the three days, later than the real turnout. So the honest model is the closer one, and that proves nothing: the fall depends on who voted when, which neither model knows (an honest city whose pressured voters voted at the opening would fade, and so would a rigging that cast its ballots early), and the stream records only when ballots were stored and for whom. Nor does the stream’s size tell: its 2,003,956 ballots for 1,943,590 voters bound the re-votes at about 60,000, but a ballot cast in the name of a registrant who did not vote is a first ballot. Only checks against independent evidence, receipts or paper, could tell the two models apart.",
    },
    ru: {
      title: "Что показывает настоящий поток голосов и чего он не доказывает",
      question: "В Кунцевском округе настоящий онлайн-поток дал Попову 41 %, а Лобанову 24 %, и доля Попова упала с 44 % в первую треть трёх дней до 37 % в последнюю. Честная модель округа повторяет объём настоящего потока час за часом, но не то, кто когда голосовал. Подмените её подтасованной, где на самом деле победил Лобанов, а 13 000 бюллетеней за Попова поданы от имени зарегистрированных, которые не голосовали: воспроизводит ли падение хоть одна из них и что бы это доказало?",
      moveLabel: "Подменить округ подтасованным: втрое меньше избирателей под давлением на работе, меньше голосующих онлайн и 13 000 бюллетеней за Попова от имени зарегистрированных, которые не голосовали",
      watch: "Округ 197: настоящий поток сверху, смоделированный снизу; затем вердикт и, в виде учителя, правда.",
      takeaway: "Обе модели публикуют победу Попова над лидером на бумаге Лобановым, обе непроверяемы, и ни одна не воспроизводит падения его доли: в настоящем потоке лидер теряет 6 пунктов от первой трети интервалов к последней, в честной модели — около 2 (от −4 до −0,5 в каждом из 20 зёрен), а в подтасованной он прибавляет около 7 (от +4 до +11), потому что её фиктивные бюллетени равномерно распределены по трём дням, позже настоящей явки. Значит, честная модель ближе, и это ничего не доказывает: падение зависит от того, кто когда голосовал, а этого не знает ни одна модель (честный город, где люди под давлением голосовали сразу после открытия, тоже дал бы падение, как и подтасовка, вбросившая бюллетени рано), а поток фиксирует только, когда и за кого бюллетени были сохранены. Не помогает и размер потока: 2 003 956 бюллетеней на 1 943 590 избирателей ограничивают переголосование примерно 60 000, но бюллетень, поданный от имени зарегистрированного, который не голосовал, — это первый бюллетень. Отличить две модели друг от друга могут только проверки по независимым доказательствам — квитанциям или бумаге.",
    },
  },
};

/**
 * The preset's title in the language in use: in English its id, in Russian a title (the id if it has
 * none). For an observer (`observer`: neither "Reveal" nor the teacher view), a preset whose description
 * hides something is named by its city and a letter (OBSERVER_TITLES), since its id says what was done.
 */
export function presetTitle(name: string, observer = false): string {
  if (observer && Object.hasOwn(OBSERVER_TITLES, name)) {
    const { city, letter } = OBSERVER_TITLES[name];
    return `${observerCities()[city]} ${letter}`;
  }
  return language() === 'ru' && Object.hasOwn(PRESET_TITLES_RU, name) ? PRESET_TITLES_RU[name] : name;
}

const observerCities = (): Record<ObserverCity, string> => ({
  classroom: msg('Classroom city'),
  moscow: msg('Moscow 2021'),
  'moscow-audited': msg('Moscow 2021 with checks'),
  'classroom-e2e': msg('Classroom city, verifiable'),
});

/** `english` in the language in use, when `translation` was made from exactly it; else the English. */
const inUse = (english: string, translation: Translation | undefined): string =>
  language() === 'ru' && translation && translation.en === english ? translation.ru : english;

/** What was done in preset `name`, in the language in use ("" for a name that is not a preset). */
export function presetDescription(name: string): string {
  const english = findPreset(name)?.description ?? '';
  return inUse(english, Object.hasOwn(PRESET_DESCRIPTIONS, name) ? PRESET_DESCRIPTIONS[name] : undefined);
}

/** What an observer is told of preset `name`, in the language in use. */
export function presetObserverDescription(name: string): string {
  const english = observerDescription(name, findPreset(name)?.description ?? '');
  if (Object.hasOwn(PRESET_DESCRIPTIONS, name) && PRESET_DESCRIPTIONS[name].en === english) return presetDescription(name);
  return inUse(english, OBSERVER_DESCRIPTIONS_RU.find((t) => t.en === english));
}

/** The lesson's words in the language in use (its own English where the Russian is missing or stale). */
export function lessonText(lesson: Lesson): LessonText {
  const own: LessonText = { title: lesson.title, question: lesson.question, moveLabel: lesson.move.label, watch: lesson.watch.what, takeaway: lesson.takeaway };
  const t = Object.hasOwn(LESSON_TEXTS, lesson.id) ? LESSON_TEXTS[lesson.id] : undefined;
  if (language() !== 'ru' || !t) return own;
  const pick = (key: keyof LessonText) => (t.en[key] === own[key] ? t.ru[key] : own[key]);
  return { title: pick('title'), question: pick('question'), moveLabel: pick('moveLabel'), watch: pick('watch'), takeaway: pick('takeaway') };
}
