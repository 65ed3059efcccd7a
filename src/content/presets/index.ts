/**
 * The named scenarios shipped with Tally Lab. Each is a scenario (any knob left out takes its
 * default); the CLI, the page and the tests look them up here by name. Variants of a city are
 * written as the changes they make to it, so "the same city" stays the same by construction.
 */
import type { ScenarioInput } from '../../core/index.ts';
import classroom from './classroom.json' with { type: 'json' };
import moscow2021 from './moscow-2021.json' with { type: 'json' };

/** Objects merge key by key; lists and values replace. */
export function withChanges<T>(base: T, changes: unknown): T {
  if (typeof base !== 'object' || base === null || Array.isArray(base) || typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    return changes as T;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) out[key] = key in out ? withChanges(out[key], value) : value;
  return out as T;
}

const moscow = moscow2021 as ScenarioInput;

/** Public re-vote resolution, hourly checkpoints, 3 % of registrants checking after the results, all paper recounted by hand. */
const audited = {
  verifiability: {
    ledger: 'public',
    revoteResolution: 'public',
    checkpointEveryHours: 1,
    checkpointAtClose: true,
    receiptCheckShare: 0.03,
    receiptCheckTime: 'after-publication',
    paperRecountShare: 1,
  },
} as const;

/** Ballots the rigged Moscow casts in each district in the name of online registrants who did not vote. */
export const MOSCOW_PHANTOMS = 13_000;

/** The party of the candidate the mayor's office backed in each district: United Russia's, or where it fielded none, `mobilisedFor`. */
const backedIn = (city: ScenarioInput) => {
  const byParty = new Map<string, number[]>();
  for (const d of city.districts ?? []) {
    const party = d?.mobilisedFor || 'ur';
    byParty.set(party, [...(byParty.get(party) ?? []), d!.id!]);
  }
  return [...byParty];
};

/**
 * A third of the voters pressured at work, fewer online registrants voting (85 % instead of 96 %), and 13,000 ballots
 * a district cast for the backed candidate in the name of online registrants who did not vote. Such ballots are
 * first ballots, not re-votes: the ledger keeps the honest city's ~60 k superseded ones, as the real dump has.
 */
const rigged = {
  description:
    'The Moscow city with a smaller legitimate swing (a third of the voters pressured at work, fewer online registrants voting) and 13,000 ballots cast in every district for the candidate the mayor’s office backed, in the name of online registrants who did not vote. It publishes nearly the same result as the honest moscow-2021, and its ledger has as many superseded ballots as the real dump.',
  mobilisation: { shareByAge: [0.02, 0.03, 0.008] },
  online: { voteRate: 0.85 },
  adversary: {
    attacks: backedIn(moscow).map(([beneficiary, districts]) => ({ kind: 'cast-for-abstainers', size: MOSCOW_PHANTOMS, beneficiary, districts, when: 'during-voting' })),
  },
};

const moscowRigged = withChanges(moscow, { name: 'moscow-2021-rigged', ...rigged });

const classroomCity = classroom as ScenarioInput;

/** Fewer voters pressured at work, and 500 re-votes injected for Unity in every district: the classroom's "two cities". */
const classroomRigged = {
  name: 'classroom-rigged',
  description:
    'The classroom city with a smaller legitimate swing (fewer voters pressured at work) and 500 re-votes injected for Unity in every district, on behalf of voters who voted once. It publishes nearly the same result as the honest classroom.',
  mobilisation: { shareByAge: [0.06, 0.1, 0.025] },
  adversary: { attacks: [{ kind: 'inject-revotes', size: 500, beneficiary: 'unity', when: 'during-voting' }] },
} as const;

/** The lessons' starting points (src/content/lessons): the classroom city with one thing done to it. */
const lessonCities = {
  'classroom-injected': {
    description:
      'The classroom city with 1,200 re-votes for Unity injected into Old Town (district 1) during voting, enough to flip it, on behalf of voters who voted once. Ballots carry one-time tokens; 3 % of online registrants check their receipts after the results. The operator publishes the online result once.',
    verifiability: { receiptCheckShare: 0.03, receiptCheckTime: 'after-publication' },
    adversary: { attacks: [{ kind: 'inject-revotes', size: 1200, beneficiary: 'unity', districts: [1], when: 'during-voting' }] },
  },
  'classroom-rewritten': {
    description: 'After the close, the operator changes 900 stored ballots in Old Town (district 1) to Unity, rebuilds the hash chain and signs it. 3 % of online registrants check their receipts, right after voting.',
    verifiability: { receiptCheckShare: 0.03, receiptCheckTime: 'during-voting' },
    adversary: { attacks: [{ kind: 'rewrite-history', size: 900, beneficiary: 'unity', districts: [1], when: 'after-close' }] },
  },
  'classroom-substituted': {
    description: 'The operator stores Unity instead of the voter’s choice on 150 online ballots in Riverside (district 2). Only 0.2 % of online registrants check their receipts, after the results.',
    verifiability: { receiptCheckShare: 0.002, receiptCheckTime: 'after-publication' },
    adversary: { attacks: [{ kind: 'substitute', size: 150, beneficiary: 'unity', districts: [2], when: 'during-voting' }] },
  },
  'classroom-coerced': {
    description:
      'The classroom city where employers take the receipts of the voters they pressure and look them up after the results. As in classroom-injected, 1,200 re-votes for Unity are injected into Old Town, and 3 % of online registrants check their receipts after the results.',
    mobilisation: { demands: 'receipt' },
    verifiability: { receiptCheckShare: 0.03, receiptCheckTime: 'after-publication' },
    adversary: { attacks: [{ kind: 'inject-revotes', size: 1200, beneficiary: 'unity', districts: [1], when: 'during-voting' }] },
  },
  village: {
    description:
      'A village of 800 voters, one district, with everything published: a public ledger with voter pseudonyms, a signed checkpoint at the close, 5 % of online registrants checking their receipts after the results, and every paper ballot recounted. Small enough to encrypt and verify every ballot in a few seconds.',
    districts: [{ id: 1, name: 'Village', registered: 800, lean: { progress: 0.1 } }],
    verifiability: { ledger: 'public', revoteResolution: 'public', checkpointAtClose: true, receiptCheckShare: 0.05, receiptCheckTime: 'after-publication', paperRecountShare: 1 },
  },
  'classroom-protocols': {
    description: 'In Old Town (district 1), precinct protocols move 1,000 paper votes to Unity; the ballots in the boxes are untouched. Nobody recounts the paper.',
    adversary: { attacks: [{ kind: 'rewrite-protocols', size: 1000, beneficiary: 'unity', districts: [1] }] },
  },
} as const;

/** Kuntsevsky (district 197) alone: the district of the real online stream the Real data tab shows first. */
const kuntsevsky = withChanges(moscow, {
  name: 'moscow-2021-kuntsevsky',
  description:
    'Moscow’s district 197 (Kuntsevsky) on its own, as in moscow-2021: the district whose real online vote, bin by bin, ships with Tally Lab. A one-district city runs in a second or two.',
  districts: (moscow.districts ?? []).filter((d) => d?.id === 197),
});

/** The classroom city, end-to-end verifiable: encrypted ballots, public re-vote resolution, a checkpoint at the close, 2 % checking receipts after the results. */
const classroomE2e = withChanges(classroom as ScenarioInput, {
  name: 'classroom-e2e',
  description:
    'The classroom city with end-to-end verifiable online voting (as in Helios, Belenios, ElectionGuard): every online ballot encrypted with proofs, an encrypted tally decrypted by 2 of 3 trustees, 5 % of ballots challenged by their voters, public re-vote resolution, a checkpoint at the close, 2 % of registrants checking their receipts after the results, and every paper ballot recounted by hand.',
  e2e: { enabled: true },
  verifiability: { ledger: 'public', revoteResolution: 'public', checkpointAtClose: true, receiptCheckShare: 0.02, receiptCheckTime: 'after-publication', paperRecountShare: 1 },
});

export const presets: Readonly<Record<string, ScenarioInput>> = {
  classroom: classroomCity,
  'classroom-rigged': withChanges(classroomCity, classroomRigged),
  ...Object.fromEntries(Object.entries(lessonCities).map(([name, changes]) => [name, withChanges(classroomCity, { name, ...changes })])),
  'moscow-2021': moscow,
  'moscow-2021-rigged': moscowRigged,
  'moscow-2021-kuntsevsky': kuntsevsky,
  'moscow-2021-audited': withChanges(moscow, {
    name: 'moscow-2021-audited',
    description: 'The honest Moscow city with verifiability: public re-vote resolution, hourly signed checkpoints, 3 % of online registrants checking their receipts after the results, and every paper ballot recounted by hand by observers.',
    ...audited,
  }),
  'classroom-e2e': classroomE2e,
  'classroom-e2e-cheating-client': withChanges(classroomE2e, {
    name: 'classroom-e2e-cheating-client',
    description:
      'classroom-e2e with a compromised voting app: it sends Unity instead of the choice of 40 voters per district (and shows them a receipt of what it sent). Receipts cannot see it; each voter who challenges a ballot can: with 5 % of ballots challenged, it is caught in a district with probability 1 − 0.95^40 = 87 %.',
    adversary: { attacks: [{ kind: 'compromised-client', size: 40, beneficiary: 'unity', when: 'during-voting' }] },
  }),
  'moscow-2021-rigged-audited': withChanges(moscowRigged, {
    name: 'moscow-2021-rigged-audited',
    description: 'The rigged Moscow city (ballots cast for online registrants who did not vote) under the same verifiability as moscow-2021-audited: voters checking after the results find ballots cast in their name.',
    ...audited,
  }),
};

export const presetNames = Object.keys(presets);

/** The preset of that name, or undefined. */
export function findPreset(name: string): ScenarioInput | undefined {
  return Object.hasOwn(presets, name) ? presets[name] : undefined;
}

export * from './observer-descriptions.ts';
