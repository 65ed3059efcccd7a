/**
 * Issue 14 part 4: the record file is written in pieces so a city's ledger is never one string in
 * memory. The pieces must join to exactly the bytes JSON.stringify(recordToJson(record)) gave before,
 * for every shape of record: public ledger, cancelled pseudonyms, a paper audit, no ledger, the e2e mode.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateCli } from '../simulations/cli/simulate-cli.ts';
import { recordJsonPieces, recordToJson, simulate, type ElectionRecord, type ScenarioInput } from '../src/core/index.ts';
import { runCli, scratch } from './cli-helpers.ts';
import { FULL, smallCity } from './helpers.ts';

const joined = (record: ElectionRecord) => [...recordJsonPieces(record)].join('');
const expected = (record: ElectionRecord) => JSON.stringify(recordToJson(record));

const SHAPES: [string, ScenarioInput][] = [
  ['the default small city', smallCity()],
  ['a public ledger with checkpoints and releases', smallCity({ ...FULL, seed: 'stream-full' })],
  ['cancelled pseudonyms (paper-overrides, public resolution)', smallCity({ ...FULL, revoting: { policy: 'paper-overrides', paperOverrideRate: 0.2 } })],
  ['a paper audit', smallCity({ verifiability: { paperAudit: 'bravo', riskLimit: 0.05, auditMaxDraws: 500 } })],
  ['no published ledger', smallCity({ verifiability: { ledger: 'private' } })],
  [
    'the verifiable mode (record@2, no choice column)',
    {
      name: 'tiny-e2e',
      districts: [
        { id: 11, name: 'North', registered: 120, lean: { progress: 0.1 } },
        { id: 12, name: 'South', registered: 100 },
      ],
      ...FULL,
      release: { onlineReleases: 1 },
      e2e: { enabled: true, challengeRate: 0.1 },
    },
  ],
];

/** Each shape simulated once, shared by the tests that read it. */
const cache = new Map<string, ElectionRecord>();
const recordOf = (name: string, input: ScenarioInput) => cache.get(name) ?? cache.set(name, simulate(input).integrity.record).get(name)!;

describe('recordJsonPieces', () => {
  it.each(SHAPES)('joins to JSON.stringify(recordToJson(record)) for %s', (name, input) => {
    const record = recordOf(name, input);
    expect(joined(record)).toBe(expected(record));
  }, 60_000);

  it('covers the shapes it claims to: a ledger with choices, cancelled pseudonyms, an audit, none, and e2e', () => {
    const records = SHAPES.map(([name, input]) => recordOf(name, input));
    expect(records.some((r) => r.ledger !== null && r.ledger.choice !== null && r.ledger.count > 0)).toBe(true);
    expect(records.some((r) => r.paperCancelled !== null && r.paperCancelled.length > 0)).toBe(true);
    expect(records.some((r) => r.paperAudit !== null)).toBe(true);
    expect(records.some((r) => r.ledger === null)).toBe(true);
    expect(records.some((r) => r.e2e !== undefined && r.ledger?.choice === null)).toBe(true);
  }, 120_000);

  it('splits a ledger longer than one slice across pieces and still matches, at slice boundaries too', () => {
    const base = simulate(smallCity()).integrity.record;
    for (const count of [0, 1, 65_535, 65_536, 65_537, 200_000]) {
      const ledger = {
        count,
        unixSeconds: Uint32Array.from({ length: count }, (_, i) => 1_631_000_000 + i),
        districtId: Uint32Array.from({ length: count }, (_, i) => (i % 2 ? 11 : 12)),
        choice: Uint8Array.from({ length: count }, (_, i) => i % 3),
        tokens: Uint8Array.from({ length: count * 8 }, (_, i) => (i * 37) & 0xff),
      };
      const record = { ...base, ledger, paperCancelled: ledger.tokens.subarray(0, 8 * Math.min(count, 70_000)) };
      const pieces = [...recordJsonPieces(record)];
      expect(pieces.join('')).toBe(expected(record));
      if (count > 65_536) expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2_000_000);
    }
  }, 60_000);
});

describe('simulate --record', () => {
  it('writes the record file byte for byte as JSON.stringify(recordToJson(record)) and a newline', () => {
    const { file } = scratch('tally-record-stream-');
    const input = smallCity({ ...FULL, seed: 'cli-stream' });
    const recordFile = file('r.json', 'old');
    expect(runCli(simulateCli, file('s.json', JSON.stringify(input)), '--record', recordFile).code).toBe(0);
    expect(readFileSync(recordFile, 'utf8')).toBe(expected(simulate(input).integrity.record) + '\n');
  }, 60_000);
});
