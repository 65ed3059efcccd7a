/**
 * The scenario: every knob of a run, as one JSON-serialisable object. The schema below is the
 * single declaration of each knob's type, range, default and meaning; `Scenario` is derived from it.
 * The defaults are the `classroom` city (see src/content/presets/).
 */
import { bool, defaultOf, int, list, num, obj, oneOf, record, str, type Infer } from './schema.ts';

/** Age bands, youngest first; every per-age knob is a list in this order. */
export const AGE_BANDS = ['18-34', '35-54', '55+'] as const;

export const REVOTE_POLICIES = ['last-online', 'paper-overrides', 'none'] as const;
export type RevotePolicy = (typeof REVOTE_POLICIES)[number];

/** What an adversary can do; each kind leaves the evidence docs/integrity.md says it leaves. */
export const ATTACK_KINDS = [
  'substitute',
  'inject-revotes',
  'drop',
  'cast-for-abstainers',
  'rewrite-history',
  'stuff-paper',
  'rewrite-protocols',
  'change-between-releases',
  'compromised-client',
] as const;
export type AttackKind = (typeof ATTACK_KINDS)[number];

const perAge = (help: string, dflt: [number, number, number], max = 1) =>
  list({ help: `${help} (one value per age band: 18-34, 35-54, 55+)`, items: num({ help, min: 0, max, default: 0 }), minItems: 3, maxItems: 3, default: dflt });

/**
 * Years a scenario may fall in: the record stores times as unsigned 32-bit Unix seconds
 * (docs/record-format.md), which reach from 1970 to early 2106.
 */
export const FIRST_YEAR = 1971;
export const LAST_YEAR = 2105;

/** Most checkpoints one run may publish: each is a signature made, stored and checked (~10 ms here). */
export const MAX_CHECKPOINTS = 500;

/**
 * Most online ballots (first ballots and re-votes) one run casts: 4.5x Moscow 2021's 2.2 million.
 * The schema alone cannot bound them (10 million voters who all re-vote five times would cast 60
 * million), and a run keeps ~110 bytes per ballot: 48 million took 5.4 GB and 3 minutes, more than a
 * browser tab may hold. Casting stops at the limit with a ScenarioError that says which knobs to lower.
 */
export const MAX_ONLINE_BALLOTS = 10_000_000;

const localTime = (help: string, dflt: string) =>
  str({
    help: `${help} (local time of the scenario's zone, ${FIRST_YEAR} to ${LAST_YEAR})`,
    default: dflt,
    maxLength: 16,
    pattern: { regex: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, says: 'a local date and time like 2021-09-19T20:00' },
  });

const partyId = str({
  help: 'Short id used in leans, candidate lists and files.',
  required: true,
  default: '',
  maxLength: 24,
  pattern: { regex: /^[a-z][a-z0-9-]*$/, says: 'a lowercase id (letters, digits, dashes)' },
});

export const partySchema = obj('A party; it fields one candidate in every district.', {
  id: partyId,
  name: str({ help: 'Name shown in tables and charts.', required: true, default: '', maxLength: 80 }),
  ruling: bool({ help: 'The party in power.', default: false }),
  support: perAge('Relative support among voters of each age band (weights; normalised across parties)', [1, 1, 1], 100),
});

export const districtSchema = obj('A single-member district (constituency).', {
  id: int({ help: 'The district number.', min: 1, max: 99999, default: 1, required: true }),
  name: str({ help: 'The district name.', required: true, default: '', maxLength: 80 }),
  registered: int({ help: 'Registered voters.', min: 1, max: 2_000_000, default: 30_000, required: true }),
  lean: record({
    help: 'Per party id: log-weight added to its support here (0 = city average; +0.2 is about 22 % more).',
    values: num({ help: 'Log-weight shift.', min: -3, max: 3, default: 0 }),
    maxKeys: 32,
  }),
  candidates: record({
    help: 'Per party id: the candidate’s name (default: “<party> candidate”).',
    values: str({ help: 'Candidate name.', default: '', maxLength: 80 }),
    maxKeys: 32,
  }),
  support: record({
    help: 'Per party id: support here by age band, replacing the party’s citywide support (leans still apply); 0, 0, 0 when the party fields no candidate here.',
    values: perAge('Relative support here among voters of each age band (weights)', [1, 1, 1], 100),
    maxKeys: 32,
  }),
  mobilisedFor: str({
    help: 'Party id whose candidate pressured voters here are told to vote for (empty: the Mobilisation section’s party), e.g. where the ruling party fields no candidate and backs another.',
    default: '',
    maxLength: 24,
  }),
});

export const attackSchema = obj('One attack: what, how big, for whom, where and when.', {
  kind: oneOf({
    help: 'What the adversary does.',
    values: ATTACK_KINDS,
    default: 'inject-revotes',
    labels: {
      substitute: 'Change the content of stored online ballots to the beneficiary',
      'inject-revotes': 'Add a re-vote for the beneficiary on behalf of voters who voted once (their real ballot is then superseded)',
      drop: 'Silently drop online ballots that were not for the beneficiary',
      'cast-for-abstainers': 'Cast online ballots for the beneficiary in the name of online registrants who never voted',
      'rewrite-history': 'After the close, change stored ballots, rebuild the hash chain and re-sign the final checkpoint',
      'stuff-paper': 'Add paper ballots for the beneficiary to polling-station boxes',
      'rewrite-protocols': 'Move votes to the beneficiary in precinct protocols (the boxes are untouched)',
      'change-between-releases': 'After the first online release, change stored ballots before the recounts are released',
      'compromised-client': 'The voting app sends the beneficiary instead of the voter’s choice (size: voters per district whose client cheats; during voting only)',
    },
  }),
  size: int({ help: 'Ballots affected in each targeted district.', min: 0, max: 1_000_000, default: 500 }),
  beneficiary: str({ help: 'Party id the attack helps.', default: 'unity', maxLength: 24 }),
  districts: list({
    help: 'District ids to target (empty: every district).',
    items: int({ help: 'A district id.', min: 1, max: 99999, default: 1 }),
    minItems: 0,
    maxItems: 250,
    default: [],
  }),
  when: oneOf({
    help: 'When online ballots are tampered with (paper attacks happen at the count).',
    values: ['during-voting', 'after-close'],
    default: 'during-voting',
    labels: { 'during-voting': 'As ballots arrive, in real time', 'after-close': 'In the database after voting closes' },
  }),
});

export const scenarioSchema = obj('A Tally Lab scenario.', {
  format: oneOf({ help: 'Scenario format version.', values: ['tally-lab/scenario@1'], default: 'tally-lab/scenario@1' }),
  name: str({ help: 'Short name of the scenario.', default: 'classroom', maxLength: 80 }),
  description: str({ help: 'What this scenario shows.', default: '', maxLength: 2000 }),
  seed: str({ help: 'Seed of every random stream: the same scenario and seed give the same run.', default: '2021', maxLength: 64 }),
  timeZone: obj('The clock the election runs on.', {
    utcOffsetMinutes: int({ help: 'Offset of local time from UTC.', min: -720, max: 840, default: 180, unit: 'min' }),
    label: str({ help: 'Short name of the zone.', default: 'MSK', maxLength: 12 }),
  }),
  parties: list({
    help: 'Parties; each fields one candidate per district.',
    items: partySchema,
    minItems: 2,
    maxItems: 12,
    default: [
      { id: 'unity', name: 'Unity', ruling: true, support: [0.7, 0.85, 1.2] },
      { id: 'progress', name: 'Progress', support: [1.4, 1.2, 1.1] },
      { id: 'greens', name: 'Greens', support: [0.7, 0.45, 0.3] },
      { id: 'liberty', name: 'Liberty', support: [0.5, 0.35, 0.3] },
    ],
  }),
  districts: list({
    help: 'Single-member districts.',
    items: districtSchema,
    minItems: 1,
    maxItems: 250,
    default: [
      { id: 1, name: 'Old Town', registered: 28_000, lean: { progress: 0.2 } },
      { id: 2, name: 'Riverside', registered: 32_000, lean: { unity: 0.05 } },
      { id: 3, name: 'Hillcrest', registered: 30_000, lean: { unity: 0.1 } },
      { id: 4, name: 'University', registered: 26_000, lean: { progress: 0.25, greens: 0.3 } },
      { id: 5, name: 'Harbour', registered: 34_000, lean: { unity: 0.3 } },
    ],
  }),
  electorate: obj('Who the voters are.', {
    precinctMin: int({ help: 'Smallest polling station (voters).', min: 100, max: 10_000, default: 1500 }),
    precinctMax: int({ help: 'Largest polling station (voters).', min: 100, max: 10_000, default: 3000 }),
    ageShares: perAge('Share of voters in each age band (normalised)', [0.3, 0.37, 0.33]),
    turnoutByAge: perAge('Average turnout propensity: the chance to vote on paper when not registered online', [0.3, 0.42, 0.55]),
    turnoutSpread: num({ help: 'How much voters differ around their band’s turnout propensity (0 = not at all).', min: 0, max: 1, default: 0.5 }),
    digitalByAge: perAge('Average digital habit (0 = never online, 1 = lives online)', [0.85, 0.65, 0.3]),
    precinctNoise: num({ help: 'Spread of party support between polling stations (log scale).', min: 0, max: 1, default: 0.1 }),
  }),
  mobilisation: obj('Workplace pressure: voters told by employers to vote online, and for whom.', {
    party: str({ help: 'Party id the pressured voters are told to vote for (empty: nobody is pressured).', default: 'unity', maxLength: 24 }),
    shareByAge: perAge('Share of voters under workplace pressure', [0.1, 0.16, 0.04]),
    registerRate: num({ help: 'Share of pressured voters who register for online voting.', min: 0, max: 1, default: 0.9 }),
    compliance: num({ help: 'Share of pressured online voters whose first ballot goes to the demanded party.', min: 0, max: 1, default: 0.85 }),
    workHoursShare: num({ help: 'Share of pressured voters who vote in working hours of the first day.', min: 0, max: 1, default: 0.7 }),
    demands: oneOf({
      help: 'How the employer checks that a pressured voter complied.',
      values: ['watch', 'receipt'],
      default: 'watch',
      labels: {
        watch: 'Watches the voter cast the first ballot (a later re-vote goes unseen)',
        receipt: 'Takes the voter’s receipt and looks it up on the published ledger after the results',
      },
    }),
  }),
  online: obj(`The online channel. A run casts at most ${MAX_ONLINE_BALLOTS.toLocaleString('en-US')} online ballots, re-votes included.`, {
    enabled: bool({ help: 'Whether online voting exists at all.', default: true }),
    registrationShare: num({ help: 'Share of the electorate registered for online voting (pressured voters included).', min: 0, max: 0.95, default: 0.35 }),
    voteRate: num({ help: 'Share of online registrants who cast an online ballot.', min: 0, max: 1, default: 0.95 }),
    opens: localTime('When online voting opens', '2021-09-17T08:00'),
    closes: localTime('When online voting closes', '2021-09-19T20:00'),
    dayShares: list({
      help: 'Share of first online ballots cast on each calendar day of the window (normalised).',
      items: num({ help: 'Weight of one day.', min: 0, max: 1, default: 0 }),
      minItems: 1,
      maxItems: 14,
      default: [0.6, 0.25, 0.15],
    }),
    hourlyWeights: list({
      help: 'Relative weight of first online ballots in each hour of the window from the opening, e.g. a real turnout curve (empty: the day shares times a fixed hour-of-day profile).',
      items: num({ help: 'Weight of one hour.', min: 0, max: 1_000_000, default: 0 }),
      minItems: 0,
      maxItems: 336,
      default: [],
    }),
  }),
  paper: obj('The paper channel.', {
    closes: localTime('When polling stations close and counting starts', '2021-09-19T20:00'),
    protocolHoursMin: num({ help: 'Earliest a precinct protocol reaches the results website, after the close.', min: 0, max: 48, default: 1, unit: 'h' }),
    protocolHoursMax: num({ help: 'Latest a precinct protocol reaches the results website, after the close.', min: 0, max: 48, default: 8, unit: 'h' }),
  }),
  revoting: obj('Postponed votes: voting again, and which ballot counts.', {
    policy: oneOf({
      help: 'Which ballot counts when a voter voted more than once.',
      values: REVOTE_POLICIES,
      default: 'last-online',
      labels: {
        'last-online': 'Last online ballot counts; online registrants are struck off the paper roll (Moscow 2021)',
        'paper-overrides': 'Online re-voting allowed, and a paper vote cancels the online one (Estonia)',
        none: 'No re-voting: the first ballot counts',
      },
    }),
    changeMindRate: num({ help: 'Share of online voters who vote again later because they changed their mind.', min: 0, max: 1, default: 0.08 }),
    escapeRate: num({ help: 'Share of pressured voters (who complied against their preference) who re-vote later in private.', min: 0, max: 1, default: 0.3 }),
    repeatRate: num({ help: 'Chance that a re-voter votes yet again.', min: 0, max: 0.9, default: 0.1 }),
    paperOverrideRate: num({ help: 'Share of online voters who also go to a polling station (counts only under paper-overrides).', min: 0, max: 1, default: 0.02 }),
    deadlineHours: num({
      help: 'Re-votes are accepted until this many hours before online voting closes (0: until the close); a later re-vote is refused.',
      min: 0,
      max: 72,
      default: 0,
      unit: 'h',
    }),
  }),
  verifiability: obj('What is published, and who checks it.', {
    ledger: oneOf({
      help: 'Whether the ledger of online ballots is published after the close.',
      values: ['public', 'private'],
      default: 'public',
      labels: { public: 'Anyone can download the ledger', private: 'Only the operator sees it' },
    }),
    revoteResolution: oneOf({
      help: 'Who can tell which online ballots were superseded by a re-vote.',
      values: ['private', 'public'],
      default: 'private',
      labels: {
        private: 'Ballots carry one-time tokens; only the operator knows which count (Moscow 2021)',
        public: 'Ballots carry voter pseudonyms; anyone can re-apply the re-vote rule',
      },
    }),
    checkpointEveryHours: num({
      help: `Publish a signed ledger head every this many hours during voting (0: never; else at least 0.25 h, and at most ${MAX_CHECKPOINTS} in the voting window).`,
      min: 0,
      minAboveZero: 0.25,
      max: 72,
      default: 0,
      unit: 'h',
    }),
    checkpointAtClose: bool({ help: 'Publish a signed ledger head when online voting closes.', default: false }),
    receiptCheckShare: num({ help: 'Share of online registrants who check their receipt (digitally active people check more).', min: 0, max: 1, default: 0.02 }),
    receiptCheckTime: oneOf({
      help: 'When those voters check.',
      values: ['during-voting', 'after-publication'],
      default: 'during-voting',
      labels: { 'during-voting': 'Right after voting', 'after-publication': 'After the final results are published' },
    }),
    paperRecountShare: num({ help: 'Share of precincts whose paper ballots observers count again by hand.', min: 0, max: 1, default: 0 }),
    paperAudit: oneOf({
      help: 'A risk-limiting audit of each district’s paper outcome (docs/audits.md).',
      values: ['none', 'bravo'],
      default: 'none',
      labels: {
        none: 'No audit',
        bravo: 'BRAVO ballot polling: paper ballots drawn at random until the protocols’ winner is confirmed, else a full hand count',
      },
    }),
    riskLimit: num({ help: 'The paper audit’s risk limit: the largest chance it confirms a wrong paper winner.', min: 0.001, max: 0.5, default: 0.05 }),
    auditMaxDraws: int({ help: 'Ballots the paper audit draws in a district before it gives up and counts the district by hand.', min: 1, max: 100_000, default: 2000 }),
  }),
  e2e: obj('End-to-end verifiable voting (as in Helios, Belenios, ElectionGuard): encrypted online ballots with proofs, decrypted by trustees.', {
    enabled: bool({ help: 'Encrypt every online ballot, publish the proofs, and tally under encryption (needs online voting).', default: false }),
    trustees: int({ help: 'Trustees who share the election key.', min: 1, max: 9, default: 3 }),
    threshold: int({ help: 'Trustees needed to decrypt the tally (at most the trustees).', min: 1, max: 9, default: 2 }),
    refusingTrustees: int({ help: 'Trustees who refuse to decrypt (the highest-numbered ones).', min: 0, max: 9, default: 0 }),
    cheatingTrustees: int({ help: 'Trustees who publish a wrong partial decryption (the next highest-numbered ones).', min: 0, max: 9, default: 0 }),
    challengeRate: num({ help: 'Share of online ballots a voter challenges before casting: the app must reveal how it encrypted them (Benaloh challenge).', min: 0, max: 1, default: 0.05 }),
  }),
  adversary: obj('Who tampers, and how. Honest by default.', {
    attacks: list({ help: 'The attacks (none: an honest election).', items: attackSchema, minItems: 0, maxItems: 16, default: [] }),
    avoidCheckers: num({
      help: 'How well the attacker picks victims unlikely to check (0: at random; 1: always the least digital voters).',
      min: 0,
      max: 1,
      default: 0,
    }),
  }),
  release: obj('How results are published after the close.', {
    paperUpdateMinutes: int({ help: 'How often the results website adds newly arrived precinct protocols.', min: 1, max: 240, default: 15, unit: 'min' }),
    onlineDelayHours: num({ help: 'Hours after the close until the first online result is published.', min: 0, max: 168, default: 10, unit: 'h' }),
    onlineReleases: int({ help: 'How many times online results are published (each a recount of the operator’s database).', min: 1, max: 12, default: 1 }),
    releaseIntervalHours: num({ help: 'Hours between successive online releases.', min: 0, max: 48, default: 2, unit: 'h' }),
  }),
});

export type Scenario = Infer<typeof scenarioSchema>;
export type Party = Infer<typeof partySchema>;
export type DistrictSpec = Infer<typeof districtSchema>;
export type Attack = Infer<typeof attackSchema>;

/** A scenario as a file or link may give it: any knob may be left out. */
export type ScenarioInput = DeepPartial<Scenario>;
type DeepPartial<T> = T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** A candidate's id: its district id and its party's id (the record's reader holds every candidate to it). */
export const candidateId = (districtId: number, partyId: string): string => `${districtId}-${partyId}`;

/** A district's candidates, one per party in party order: `<district id>-<party id>`, named or "<party> candidate". */

export function candidatesOf(scenario: Scenario, district: DistrictSpec): { id: string; name: string; party: string }[] {
  return scenario.parties.map((p) => ({ id: candidateId(district.id, p.id), name: (Object.hasOwn(district.candidates, p.id) && district.candidates[p.id]) || `${p.name} candidate`, party: p.id }));
}

/** The classroom city, every knob at its default. */
export const defaultScenario = (): Scenario => defaultOf(scenarioSchema);
