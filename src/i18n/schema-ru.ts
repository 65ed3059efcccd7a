/** The scenario schema's texts in Russian (see schema-text.ts): each knob's name by its key, and every help text, enum label and unit by its English. */

/** Each knob's name, by its key in the scenario (in English the key is humanised: `receiptCheckShare` → "Receipt check share"). */
export const KNOB_NAMES_RU: Readonly<Record<string, string>> = {
  format: "Формат",
  name: "Название",
  description: "Описание",
  seed: "Зерно",
  timeZone: "Часовой пояс",
  utcOffsetMinutes: "Смещение от UTC, мин",
  label: "Обозначение",
  parties: "Партии",
  id: "ID",
  ruling: "Правящая",
  support: "Поддержка",
  districts: "Округа",
  registered: "Зарегистрировано",
  lean: "Крен",
  candidates: "Кандидаты",
  electorate: "Избиратели",
  precinctMin: "Участок: минимум",
  precinctMax: "Участок: максимум",
  ageShares: "Доли по возрасту",
  turnoutByAge: "Явка по возрасту",
  turnoutSpread: "Разброс явки",
  digitalByAge: "Цифровая привычка по возрасту",
  precinctNoise: "Шум по участкам",
  mobilisation: "Мобилизация",
  party: "Партия",
  shareByAge: "Доля по возрасту",
  registerRate: "Доля регистрации",
  compliance: "Послушание",
  workHoursShare: "Доля в рабочие часы",
  mobilisedFor: "Под давлением — за",
  demands: "Проверка работодателем",
  online: "Онлайн",
  enabled: "Включено",
  registrationShare: "Доля регистрации",
  voteRate: "Доля голосующих",
  opens: "Открытие",
  closes: "Закрытие",
  dayShares: "Доли по дням",
  hourlyWeights: "Веса по часам",
  paper: "Бумага",
  protocolHoursMin: "Протокол: не раньше, ч",
  protocolHoursMax: "Протокол: не позже, ч",
  revoting: "Переголосование",
  policy: "Правило",
  changeMindRate: "Передумавшие",
  escapeRate: "Вырвавшиеся",
  repeatRate: "Повторные переголосования",
  paperOverrideRate: "Бумага поверх онлайна",
  deadlineHours: "Срок переголосования, ч",
  verifiability: "Проверяемость",
  ledger: "Реестр",
  revoteResolution: "Учёт переголосования",
  checkpointEveryHours: "Контрольная точка каждые, ч",
  checkpointAtClose: "Контрольная точка при закрытии",
  receiptCheckShare: "Доля проверяющих квитанции",
  receiptCheckTime: "Когда проверяют квитанции",
  paperRecountShare: "Доля пересчёта бумаги",
  paperAudit: "Аудит бумаги",
  riskLimit: "Предел риска",
  auditMaxDraws: "Максимум выборки аудита",
  e2e: "Сквозная проверяемость",
  trustees: "Доверенные лица",
  threshold: "Порог",
  refusingTrustees: "Отказавшиеся доверенные лица",
  cheatingTrustees: "Жульничающие доверенные лица",
  challengeRate: "Доля проверок вызовом",
  adversary: "Атакующий",
  attacks: "Атаки",
  kind: "Вид",
  size: "Размер",
  beneficiary: "Выгодоприобретатель",
  when: "Когда",
  avoidCheckers: "Обход проверяющих",
  release: "Публикация",
  paperUpdateMinutes: "Обновление бумаги, мин",
  onlineDelayHours: "Задержка онлайн-итогов, ч",
  onlineReleases: "Онлайн-публикации",
  releaseIntervalHours: "Между публикациями, ч",
  district: "Округ",
  attack: "Атака",
};

/** Every help text, enum label and unit of the schema, by its English (units as "UNIT:<unit>"). */
export const SCHEMA_RU: Readonly<Record<string, string>> = {
  "Per party id: support here by age band, replacing the party’s citywide support (leans still apply); 0, 0, 0 when the party fields no candidate here.":
    "По id партии: поддержка в этом округе по возрастным группам вместо общегородской (крен по-прежнему действует); 0, 0, 0 — если партия здесь не выдвинула кандидата.",
  "Relative support here among voters of each age band (weights) (one value per age band: 18-34, 35-54, 55+)":
    "Относительная поддержка в этом округе среди избирателей каждой возрастной группы (веса) (по значению на группу: 18-34, 35-54, 55+)",
  "Relative support here among voters of each age band (weights)":
    "Относительная поддержка в этом округе среди избирателей каждой возрастной группы (веса)",
  "Party id whose candidate pressured voters here are told to vote for (empty: the Mobilisation section’s party), e.g. where the ruling party fields no candidate and backs another.":
    "Id партии, за кандидата которой здесь велят голосовать тем, на кого давят (пусто — «Партия» из раздела «Мобилизация»), например там, где правящая партия не выдвинула кандидата и поддерживает другого.",
  "Relative weight of first online ballots in each hour of the window from the opening, e.g. a real turnout curve (empty: the day shares times a fixed hour-of-day profile).":
    "Относительный вес первых онлайн-бюллетеней в каждый час с момента открытия, например настоящая кривая явки (пусто — «Доли по дням», умноженные на постоянный суточный профиль).",
  "Weight of one hour.":
    "Вес одного часа.",
  "A Tally Lab scenario.":
    "Сценарий Tally Lab.",
  "Scenario format version.":
    "Версия формата сценария.",
  "Short name of the scenario.":
    "Краткое название сценария.",
  "What this scenario shows.":
    "Что показывает этот сценарий.",
  "Seed of every random stream: the same scenario and seed give the same run.":
    "Зерно всех случайных потоков: тот же сценарий и то же зерно дают тот же запуск.",
  "The clock the election runs on.":
    "Часы, по которым идут выборы.",
  "Offset of local time from UTC.":
    "Смещение местного времени от UTC.",
  "UNIT:min":
    "мин",
  "Short name of the zone.":
    "Краткое обозначение пояса.",
  "Parties; each fields one candidate per district.":
    "Партии; каждая выдвигает по одному кандидату в каждом округе.",
  "A party; it fields one candidate in every district.":
    "Партия; она выдвигает по одному кандидату в каждом округе.",
  "Short id used in leans, candidate lists and files.":
    "Короткий идентификатор для кренов, списков кандидатов и файлов.",
  "Name shown in tables and charts.":
    "Название в таблицах и на графиках.",
  "The party in power.":
    "Партия власти.",
  "Relative support among voters of each age band (weights; normalised across parties) (one value per age band: 18-34, 35-54, 55+)":
    "Относительная поддержка среди избирателей каждой возрастной группы (веса; нормируются по партиям) (по значению на группу: 18-34, 35-54, 55+)",
  "Relative support among voters of each age band (weights; normalised across parties)":
    "Относительная поддержка среди избирателей каждой возрастной группы (веса; нормируются по партиям)",
  "Single-member districts.":
    "Одномандатные округа.",
  "A single-member district (constituency).":
    "Одномандатный избирательный округ.",
  "The district number.":
    "Номер округа.",
  "The district name.":
    "Название округа.",
  "Registered voters.":
    "Зарегистрированные избиратели.",
  "Per party id: log-weight added to its support here (0 = city average; +0.2 is about 22 % more).":
    "По идентификатору партии: логарифмический вес, добавляемый к её поддержке здесь (0 — как в среднем по городу; +0,2 — примерно на 22 % больше).",
  "Log-weight shift.":
    "Сдвиг логарифмического веса.",
  "Per party id: the candidate’s name (default: “<party> candidate”).":
    "По идентификатору партии: имя кандидата (по умолчанию «кандидат партии «<партия>»»).",
  "Candidate name.":
    "Имя кандидата.",
  "Who the voters are.":
    "Кто избиратели.",
  "Smallest polling station (voters).":
    "Самый маленький участок (избирателей).",
  "Largest polling station (voters).":
    "Самый большой участок (избирателей).",
  "Share of voters in each age band (normalised) (one value per age band: 18-34, 35-54, 55+)":
    "Доля избирателей в каждой возрастной группе (нормируется) (по значению на группу: 18-34, 35-54, 55+)",
  "Share of voters in each age band (normalised)":
    "Доля избирателей в каждой возрастной группе (нормируется)",
  "Average turnout propensity: the chance to vote on paper when not registered online (one value per age band: 18-34, 35-54, 55+)":
    "Средняя склонность к явке: вероятность проголосовать на бумаге, если избиратель не зарегистрирован онлайн (по значению на группу: 18-34, 35-54, 55+)",
  "Average turnout propensity: the chance to vote on paper when not registered online":
    "Средняя склонность к явке: вероятность проголосовать на бумаге, если избиратель не зарегистрирован онлайн",
  "How much voters differ around their band’s turnout propensity (0 = not at all).":
    "Насколько избиратели отличаются от склонности к явке своей группы (0 — совсем не отличаются).",
  "Average digital habit (0 = never online, 1 = lives online) (one value per age band: 18-34, 35-54, 55+)":
    "Средняя цифровая привычка (0 — никогда не бывает онлайн, 1 — живёт онлайн) (по значению на группу: 18-34, 35-54, 55+)",
  "Average digital habit (0 = never online, 1 = lives online)":
    "Средняя цифровая привычка (0 — никогда не бывает онлайн, 1 — живёт онлайн)",
  "Spread of party support between polling stations (log scale).":
    "Разброс поддержки партий между участками (логарифмическая шкала).",
  "Workplace pressure: voters told by employers to vote online, and for whom.":
    "Давление на работе: избиратели, которым работодатель велит голосовать онлайн, и за кого.",
  "Party id the pressured voters are told to vote for (empty: nobody is pressured).":
    "Идентификатор партии, за которую велят голосовать (пусто — ни на кого не давят).",
  "Share of voters under workplace pressure (one value per age band: 18-34, 35-54, 55+)":
    "Доля избирателей под давлением на работе (по значению на группу: 18-34, 35-54, 55+)",
  "Share of voters under workplace pressure":
    "Доля избирателей под давлением на работе",
  "Share of pressured voters who register for online voting.":
    "Доля избирателей под давлением, которые регистрируются на онлайн-голосование.",
  "Share of pressured online voters whose first ballot goes to the demanded party.":
    "Доля онлайн-избирателей под давлением, чей первый бюллетень уходит требуемой партии.",
  "Share of pressured voters who vote in working hours of the first day.":
    "Доля избирателей под давлением, которые голосуют в рабочие часы первого дня.",
  "How the employer checks that a pressured voter complied.":
    "Как работодатель проверяет, что избиратель под давлением подчинился.",
  "Watches the voter cast the first ballot (a later re-vote goes unseen)":
    "Смотрит, как избиратель подаёт первый бюллетень (позднее переголосование не видно)",
  "Takes the voter’s receipt and looks it up on the published ledger after the results":
    "Забирает квитанцию избирателя и после итогов сверяет её с опубликованным реестром",
  "The online channel. A run casts at most 10,000,000 online ballots, re-votes included.":
    "Онлайн-канал. За один запуск подаётся не больше 10 000 000 онлайн-бюллетеней, включая повторные.",
  "Whether online voting exists at all.":
    "Есть ли онлайн-голосование вообще.",
  "Share of the electorate registered for online voting (pressured voters included).":
    "Доля избирателей, зарегистрированных на онлайн-голосование (включая тех, на кого давят).",
  "Share of online registrants who cast an online ballot.":
    "Доля зарегистрированных онлайн, которые подают онлайн-бюллетень.",
  "When online voting opens (local time of the scenario's zone, 1971 to 2105)":
    "Когда открывается онлайн-голосование (местное время пояса сценария, с 1971 по 2105 год)",
  "When online voting closes (local time of the scenario's zone, 1971 to 2105)":
    "Когда закрывается онлайн-голосование (местное время пояса сценария, с 1971 по 2105 год)",
  "Share of first online ballots cast on each calendar day of the window (normalised).":
    "Доля первых онлайн-бюллетеней, поданных в каждый календарный день окна (нормируется).",
  "Weight of one day.":
    "Вес одного дня.",
  "The paper channel.":
    "Голосование на бумаге.",
  "When polling stations close and counting starts (local time of the scenario's zone, 1971 to 2105)":
    "Когда закрываются участки и начинается подсчёт (местное время пояса сценария, с 1971 по 2105 год)",
  "Earliest a precinct protocol reaches the results website, after the close.":
    "Самое раннее время после закрытия, когда протокол УИК попадает на сайт с итогами.",
  "UNIT:h":
    "ч",
  "Latest a precinct protocol reaches the results website, after the close.":
    "Самое позднее время после закрытия, когда протокол УИК попадает на сайт с итогами.",
  "Postponed votes: voting again, and which ballot counts.":
    "Повторное голосование: проголосовать ещё раз, и какой бюллетень учитывается.",
  "Which ballot counts when a voter voted more than once.":
    "Какой бюллетень учитывается, если избиратель голосовал больше одного раза.",
  "Last online ballot counts; online registrants are struck off the paper roll (Moscow 2021)":
    "Учитывается последний онлайн-бюллетень; зарегистрированных онлайн вычёркивают из бумажного списка (Москва, 2021)",
  "Online re-voting allowed, and a paper vote cancels the online one (Estonia)":
    "Онлайн-переголосование разрешено, а бумажный голос отменяет онлайн-голос (Эстония)",
  "No re-voting: the first ballot counts":
    "Без переголосования: учитывается первый бюллетень",
  "Share of online voters who vote again later because they changed their mind.":
    "Доля онлайн-избирателей, которые позже голосуют снова, потому что передумали.",
  "Share of pressured voters (who complied against their preference) who re-vote later in private.":
    "Доля избирателей под давлением (подчинившихся вопреки своему выбору), которые позже тайно переголосовывают.",
  "Chance that a re-voter votes yet again.":
    "Вероятность, что переголосовавший проголосует ещё раз.",
  "Share of online voters who also go to a polling station (counts only under paper-overrides).":
    "Доля онлайн-избирателей, которые ещё и приходят на участок (учитывается только при правиле paper-overrides).",
  "Re-votes are accepted until this many hours before online voting closes (0: until the close); a later re-vote is refused.":
    "Повторные голоса принимаются до стольких часов перед закрытием онлайн-голосования (0 — до закрытия); более позднее переголосование отклоняется.",
  "What is published, and who checks it.":
    "Что публикуется и кто это проверяет.",
  "Whether the ledger of online ballots is published after the close.":
    "Публикуется ли реестр онлайн-бюллетеней после закрытия.",
  "Anyone can download the ledger":
    "Любой может скачать реестр",
  "Only the operator sees it":
    "Его видит только оператор",
  "Who can tell which online ballots were superseded by a re-vote.":
    "Кто может узнать, какие онлайн-бюллетени заменены переголосованием.",
  "Ballots carry one-time tokens; only the operator knows which count (Moscow 2021)":
    "Бюллетени несут одноразовые токены; только оператор знает, какие учтены (Москва, 2021)",
  "Ballots carry voter pseudonyms; anyone can re-apply the re-vote rule":
    "Бюллетени несут псевдонимы избирателей; любой может заново применить правило переголосования",
  "Publish a signed ledger head every this many hours during voting (0: never; else at least 0.25 h, and at most 500 in the voting window).":
    "Публиковать подписанную вершину реестра каждые столько часов во время голосования (0 — никогда; иначе не реже чем раз в 0,25 ч и не больше 500 за окно голосования).",
  "Publish a signed ledger head when online voting closes.":
    "Публиковать подписанную вершину реестра при закрытии онлайн-голосования.",
  "Share of online registrants who check their receipt (digitally active people check more).":
    "Доля зарегистрированных онлайн, которые проверяют свою квитанцию (цифрово активные проверяют чаще).",
  "When those voters check.":
    "Когда эти избиратели проверяют.",
  "Right after voting":
    "Сразу после голосования",
  "After the final results are published":
    "После публикации окончательных итогов",
  "Share of precincts whose paper ballots observers count again by hand.":
    "Доля участков, бумажные бюллетени которых наблюдатели пересчитывают вручную.",
  "A risk-limiting audit of each district’s paper outcome (docs/audits.md).":
    "Аудит с ограничением риска для бумажного итога каждого округа (docs/audits.md).",
  "No audit":
    "Без аудита",
  "BRAVO ballot polling: paper ballots drawn at random until the protocols’ winner is confirmed, else a full hand count":
    "Выборка BRAVO: бумажные бюллетени тянут случайно, пока победитель по протоколам не подтвердится, иначе — полный ручной пересчёт",
  "The paper audit’s risk limit: the largest chance it confirms a wrong paper winner.":
    "Предел риска аудита бумаги: наибольшая вероятность, что он подтвердит неверного победителя.",
  "Ballots the paper audit draws in a district before it gives up and counts the district by hand.":
    "Сколько бюллетеней аудит тянет в округе, прежде чем сдаться и пересчитать округ вручную.",
  "End-to-end verifiable voting (as in Helios, Belenios, ElectionGuard): encrypted online ballots with proofs, decrypted by trustees.":
    "Сквозная проверяемость голосования (как в Helios, Belenios, ElectionGuard): зашифрованные онлайн-бюллетени с доказательствами, которые расшифровывают доверенные лица.",
  "Encrypt every online ballot, publish the proofs, and tally under encryption (needs online voting).":
    "Шифровать каждый онлайн-бюллетень, публиковать доказательства и подсчитывать в зашифрованном виде (нужно онлайн-голосование).",
  "Trustees who share the election key.":
    "Доверенные лица, разделяющие ключ выборов.",
  "Trustees needed to decrypt the tally (at most the trustees).":
    "Сколько доверенных лиц нужно для расшифровки итога (не больше, чем всего доверенных лиц).",
  "Trustees who refuse to decrypt (the highest-numbered ones).":
    "Доверенные лица, которые отказываются расшифровывать (с наибольшими номерами).",
  "Trustees who publish a wrong partial decryption (the next highest-numbered ones).":
    "Доверенные лица, которые публикуют неверную частичную расшифровку (следующие по номеру).",
  "Share of online ballots a voter challenges before casting: the app must reveal how it encrypted them (Benaloh challenge).":
    "Доля онлайн-бюллетеней, которые избиратель проверяет вызовом перед подачей: приложение должно раскрыть, как оно их зашифровало (вызов Бенало).",
  "Who tampers, and how. Honest by default.":
    "Кто вмешивается и как. По умолчанию все честны.",
  "The attacks (none: an honest election).":
    "Атаки (нет — честные выборы).",
  "One attack: what, how big, for whom, where and when.":
    "Одна атака: что, какого размера, в чью пользу, где и когда.",
  "What the adversary does.":
    "Что делает атакующий.",
  "Change the content of stored online ballots to the beneficiary":
    "Подменить содержимое хранимых онлайн-бюллетеней в пользу выгодоприобретателя",
  "Add a re-vote for the beneficiary on behalf of voters who voted once (their real ballot is then superseded)":
    "Добавить повторный голос за выгодоприобретателя от имени тех, кто голосовал один раз (их настоящий бюллетень тогда заменяется)",
  "Silently drop online ballots that were not for the beneficiary":
    "Тихо выбросить онлайн-бюллетени, поданные не за выгодоприобретателя",
  "Cast online ballots for the beneficiary in the name of online registrants who never voted":
    "Подать онлайн-бюллетени за выгодоприобретателя от имени зарегистрированных онлайн, которые не голосовали",
  "After the close, change stored ballots, rebuild the hash chain and re-sign the final checkpoint":
    "После закрытия изменить хранимые бюллетени, заново построить хеш-цепочку и переподписать последнюю контрольную точку",
  "Add paper ballots for the beneficiary to polling-station boxes":
    "Вбросить бумажные бюллетени за выгодоприобретателя в урны на участках",
  "Move votes to the beneficiary in precinct protocols (the boxes are untouched)":
    "Переписать голоса в протоколах УИК в пользу выгодоприобретателя (урны не тронуты)",
  "After the first online release, change stored ballots before the recounts are released":
    "После первой онлайн-публикации изменить хранимые бюллетени до публикации пересчётов",
  "The voting app sends the beneficiary instead of the voter’s choice (size: voters per district whose client cheats; during voting only)":
    "Приложение для голосования отправляет выгодоприобретателя вместо выбора избирателя (размер — сколько избирателей в округе с подменным приложением; только во время голосования)",
  "Ballots affected in each targeted district.":
    "Сколько бюллетеней затронуто в каждом выбранном округе.",
  "Party id the attack helps.":
    "Идентификатор партии, которой помогает атака.",
  "District ids to target (empty: every district).":
    "Идентификаторы округов-целей (пусто — все округа).",
  "A district id.":
    "Идентификатор округа.",
  "When online ballots are tampered with (paper attacks happen at the count).":
    "Когда вмешиваются в онлайн-бюллетени (атаки на бумагу происходят при подсчёте).",
  "As ballots arrive, in real time":
    "По мере поступления бюллетеней, в реальном времени",
  "In the database after voting closes":
    "В базе данных после закрытия голосования",
  "How well the attacker picks victims unlikely to check (0: at random; 1: always the least digital voters).":
    "Насколько умело атакующий выбирает жертв, которые вряд ли будут проверять (0 — наугад; 1 — всегда наименее цифровые избиратели).",
  "How results are published after the close.":
    "Как итоги публикуются после закрытия.",
  "How often the results website adds newly arrived precinct protocols.":
    "Как часто сайт с итогами добавляет новые поступившие протоколы УИК.",
  "Hours after the close until the first online result is published.":
    "Сколько часов после закрытия до публикации первого онлайн-результата.",
  "How many times online results are published (each a recount of the operator’s database).":
    "Сколько раз публикуются онлайн-итоги (каждый раз — пересчёт базы данных оператора).",
  "Hours between successive online releases.":
    "Часов между последовательными онлайн-публикациями.",
};
