/**
 * Every sentence the engine writes has Russian: small runs that make every check pass, fail and
 * be impossible (the village, with each kind of attack and each kind of evidence), and scenarios
 * broken in every way validation names. A new sentence in the engine with no pattern in
 * src/i18n/engine-catalogue.ts fails here, with the sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScenario, parseScenario, runSimulation, ScenarioError, simulate, type ScenarioInput, type SimulationResult } from '../../src/core/index.ts';
import { castVotes } from '../../src/core/casting/index.ts';
import { generateElectorate } from '../../src/core/electorate/electorate.ts';
import { aleaStreams } from '../../src/core/base/random.ts';
import { checkVoterReceipts, randomOnlineVoter, voterView } from '../../src/core/inspect/voter-view.ts';
import { ledgerRows } from '../../src/core/inspect/ledger-rows.ts';
import { presets, withChanges } from '../../src/content/presets/index.ts';
import { engineRussian, engineText } from '../../src/i18n/engine-catalogue.ts';
import { useLanguage } from './use-language.ts';

const village = presets.village;
const open = { ledger: 'public', revoteResolution: 'public', checkpointEveryHours: 6, checkpointAtClose: true, receiptCheckShare: 0.2, receiptCheckTime: 'after-publication', paperRecountShare: 1 };
const variants: ScenarioInput[] = [
  village,
  withChanges(village, { verifiability: { ledger: 'private', revoteResolution: 'private', checkpointAtClose: false, receiptCheckShare: 0, paperRecountShare: 0 } }),
  withChanges(village, { verifiability: { ...open, receiptCheckTime: 'during-voting' }, adversary: { attacks: [{ kind: 'rewrite-history', size: 60, beneficiary: 'unity', when: 'after-close' }] } }),
  withChanges(village, { verifiability: open, release: { onlineReleases: 3 }, adversary: { attacks: [{ kind: 'inject-revotes', size: 80, beneficiary: 'unity', when: 'during-voting' }] } }),
  withChanges(village, { verifiability: { ...open, paperAudit: 'bravo' }, adversary: { attacks: [{ kind: 'rewrite-protocols', size: 150, beneficiary: 'unity' }] } }),
  withChanges(village, { verifiability: { ...open, paperAudit: 'bravo' } }),
  withChanges(village, { verifiability: open, adversary: { attacks: [{ kind: 'substitute', size: 60, beneficiary: 'unity', when: 'during-voting' }] } }),
  withChanges(village, { verifiability: open, adversary: { attacks: [{ kind: 'stuff-paper', size: 60, beneficiary: 'unity' }] } }),
  withChanges(village, { verifiability: open, adversary: { attacks: [{ kind: 'drop', size: 60, beneficiary: 'unity', when: 'after-close' }] } }),
  withChanges(village, { verifiability: open, adversary: { attacks: [{ kind: 'cast-for-abstainers', size: 60, beneficiary: 'unity', when: 'during-voting' }] } }),
  withChanges(village, { verifiability: open, release: { onlineReleases: 3 }, adversary: { attacks: [{ kind: 'change-between-releases', size: 60, beneficiary: 'unity', when: 'after-close' }] } }),
  // The verifiable mode, with a voting app that cheats: proofs, the encrypted tally, trustees, challenges.
  withChanges(village, { e2e: { enabled: true }, adversary: { attacks: [{ kind: 'compromised-client', size: 30, beneficiary: 'unity', when: 'during-voting' }] } }),
];

/** Every sentence a run writes: its verdicts and each piece of evidence. */
const sentences = (r: SimulationResult) => [r.verdict.reason, ...r.districts.map((d) => d.verdict.reason), ...r.evidence.flatMap((e) => [e.what, e.detail, e.rulesOut])];

const broken: unknown[] = [
  { parties: 'none' },
  { seed: 'x'.repeat(65) },
  { districts: [{ id: 1, name: 'A', registered: -5 }] },
  { districts: [{ id: 1, name: 'A', registered: 100, lean: { nobody: 1 } }, { id: 1, name: 'B', registered: 100 }] },
  { revoting: { policy: 'sometimes' } },
  { online: { opens: '2021-09-17T08:00', closes: '2021-09-17T07:00' } },
  { online: { opens: 'tomorrow' } },
  { revoting: { polcy: 'none' } },
  { electorate: { precinctMin: 3000, precinctMax: 1000 } },
  { e2e: { trustees: 2, threshold: 3 } },
  { verifiability: { checkpointAtClose: 'yes' } },
  { adversary: { attacks: [{ kind: 'substitute', size: 10, beneficiary: 'nobody', districts: [99] }] } },
  { mobilisation: { party: 'nobody', shareByAge: [0.1, 0.1, 0.1] } },
  { parties: [{ id: 'Bad Id', name: 'x', support: [1, 1, 1] }] },
  // A district's own support and pressure, and the hourly arrival curve.
  { districts: [{ id: 1, name: 'A', registered: 100, support: { nobody: [1, 1, 1] }, mobilisedFor: 'nobody' }] },
  { districts: [{ id: 1, name: 'A', registered: 100, support: { unity: [0, 0, 0], progress: [0, 0, 0], greens: [0, 0, 0], liberty: [0, 0, 0] } }] },
  { online: { hourlyWeights: [1, 2, 3] } },
  { online: { opens: '2021-09-19T08:00', closes: '2021-09-19T10:00', hourlyWeights: [0, 0] } },
];

describe('the engine’s sentences in Russian', () => {
  useLanguage('ru', beforeAll, afterAll);
  const runs = variants.map((v) => runSimulation(v));

  it('the runs hold every kind of outcome: checks failed, passed and impossible, each verdict', () => {
    const statuses = new Set(runs.flatMap((r) => r.evidence.map((e) => e.status)));
    expect([...statuses].sort()).toEqual(['failed', 'not-possible', 'passed']);
    expect(new Set(runs.flatMap((r) => r.districts.map((d) => d.verdict.status)))).toEqual(new Set(['verified', 'unverifiable', 'tampering-detected']));
  });

  it('has a pattern for every sentence of the runs', () => {
    const all = [...new Set(runs.flatMap(sentences))];
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((s) => engineRussian(s) === undefined)).toEqual([]);
  });

  it('has a pattern for every sentence of one voter’s view and of the ledger’s teacher column', () => {
    const texts = new Set<string>();
    for (const v of [variants[1], variants[2], variants[3], variants[6]]) {
      const run = simulate(v);
      for (let k = 0; k < 12; k++) {
        const voter = randomOnlineVoter(run, k);
        const view = voterView(run, voter, true);
        for (const b of view.ballots) [b.cause, b.fate].forEach((t) => texts.add(t));
        view.teacher?.tamper.forEach((t) => t && texts.add(t));
        view.teacher?.foreign.forEach((f) => texts.add(f.origin));
        const check = checkVoterReceipts(run, voter);
        [check.summary, ...check.proves, ...check.cannot].forEach((t) => texts.add(t));
      }
      for (const row of ledgerRows(run, 0, Math.min(400, run.result.publication.ledgerEntries), true)) {
        if (row.teacher) [row.teacher.origin, row.teacher.state, row.teacher.tamper].forEach((t) => t && t !== 'honest' && texts.add(t));
      }
    }
    expect(texts.size).toBeGreaterThan(15);
    expect([...texts].filter((t) => engineRussian(t) === undefined)).toEqual([]);
  });

  it('has a pattern for every validation error', () => {
    const issues = broken.flatMap((b) => checkScenario(withChanges(village, b)).issues.map((i) => i.message));
    expect(issues.length).toBeGreaterThanOrEqual(broken.length);
    expect(issues.filter((m) => engineRussian(m) === undefined)).toEqual([]);
  });

  it('has a pattern for the error of a run that reaches its bound of online ballots', () => {
    const scenario = parseScenario(withChanges(village, { revoting: { changeMindRate: 1 } }));
    let message = '';
    try {
      castVotes(scenario, generateElectorate(scenario, aleaStreams), aleaStreams, undefined, 10);
    } catch (err) {
      message = (err as ScenarioError).issues[0].message;
    }
    expect(message).toMatch(/^the run casts more than 10 online ballots/);
    expect(engineRussian(message)).toMatch(/^запуск подаёт больше 10 онлайн-бюллетеней/);
  });

  it('writes Russian words and Russian numbers, and leaves unknown English as it is', () => {
    expect(engineText('9,266 counted ballots for 9,771 registrants.')).toBe('9\u00a0266 учтённых бюллетеней на 9\u00a0771 зарегистрированных.');
    expect(engineText('districts[0].registered: must be a positive integer, got -5 (and 1 more)')).toBe('districts[0].registered: должно быть целым положительным числом, получено -5 (и ещё 1)');
    expect(engineText('A sentence nobody wrote a pattern for.')).toBe('A sentence nobody wrote a pattern for.');
  });
});
