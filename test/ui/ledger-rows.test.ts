/**
 * ledgerRows: the published ledger as rows for <ledger-explorer>, built in the worker from a run.
 * Each row's prevHash is the previous row's hash (64 zeros before entry 0), hashes are the
 * published chain, choices are candidate names, teacher fields appear only when asked for, added
 * ballots are named, and checkpoints sit on the entry whose hash they sign.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { chainHashes, formatLocal, simulate, type ScenarioInput, type SimulationRun } from '../../src/core/index.ts';
import { ledgerRows } from '../../src/core/inspect/ledger-rows.ts';
import { smallCity } from '../helpers.ts';

const ZERO = '0'.repeat(64);

const AUDITED = {
  verifiability: { ledger: 'public', revoteResolution: 'public', checkpointEveryHours: 6, checkpointAtClose: true },
} as const satisfies ScenarioInput;

const INJECTED = {
  ...AUDITED,
  adversary: { attacks: [{ kind: 'inject-revotes', size: 50, beneficiary: 'unity' }] },
} as const satisfies ScenarioInput;

function run(extra: ScenarioInput, seed = 'ledger-rows'): SimulationRun {
  return simulate(smallCity(extra), { seed });
}

const honest = run(AUDITED);
const injected = run(INJECTED);

describe('ledgerRows', () => {
  it('chains every row to the one before it, from 64 zeros, with the published hashes', () => {
    const n = honest.integrity.published.count;
    expect(n).toBeGreaterThan(500);
    const rows = ledgerRows(honest, 0, n, false);
    expect(rows).toHaveLength(n);
    expect(rows[0].prevHash).toBe(ZERO);
    const ids = honest.scenario.districts.map((d) => d.id);
    const recomputed = chainHashes(honest.integrity.published, honest.integrity.live.unixOpens, ids);
    rows.forEach((row, i) => {
      expect(row.index).toBe(i);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token).toMatch(/^[0-9a-f]{16}$/);
      expect(row.hash).toBe(bytesToHex(recomputed.subarray(i * 32, i * 32 + 32)));
      if (i > 0) expect(row.prevHash).toBe(rows[i - 1].hash);
    });
    // A page in the middle links to the page before it.
    const page = ledgerRows(honest, 200, 400, false);
    expect(page[0].index).toBe(200);
    expect(page[0].prevHash).toBe(rows[199].hash);
  });

  it('names the candidate, the district and the local time of each entry', () => {
    const rows = ledgerRows(honest, 0, 300, false);
    const ledger = honest.integrity.published;
    const offset = honest.scenario.timeZone.utcOffsetMinutes;
    for (const row of rows) {
      const district = honest.result.districts.find((d) => d.id === row.districtId)!;
      expect(district.name).toBe(row.districtName);
      expect(district.candidates.map((c) => c.name)).toContain(row.choice);
      expect(honest.result.parties.map((p) => p.name)).toContain(row.party);
      const unix = honest.integrity.live.unixOpens + ledger.time[row.index];
      expect(row.localTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      expect(row.localTime.slice(0, 16)).toBe(formatLocal(unix * 1000, offset));
      expect(Number(row.localTime.slice(17))).toBe(unix % 60);
    }
  });

  it('clamps the range to the ledger', () => {
    const n = honest.integrity.published.count;
    expect(ledgerRows(honest, n - 3, n + 100, false).map((r) => r.index)).toEqual([n - 3, n - 2, n - 1]);
    expect(ledgerRows(honest, -5, 2, false).map((r) => r.index)).toEqual([0, 1]);
    expect(ledgerRows(honest, n, n + 10, false)).toEqual([]);
    expect(ledgerRows(honest, 10, 5, false)).toEqual([]);
  });

  it('gives teacher fields only when asked for', () => {
    const n = honest.integrity.published.count;
    const plain = ledgerRows(honest, 0, n, false);
    expect(plain.every((r) => !('teacher' in r))).toBe(true);
    const teacher = ledgerRows(honest, 0, n, true);
    expect(teacher.every((r) => r.teacher !== undefined)).toBe(true);
    // Honest: every entry is a voter's own ballot, untouched; re-votes supersede earlier ballots.
    expect(teacher.every((r) => r.teacher!.origin === 'honest' && r.teacher!.tamper === null)).toBe(true);
    expect(teacher.map((r) => r.teacher!.voterIndex)).toEqual(Array.from(honest.integrity.published.voter));
    const superseded = teacher.filter((r) => r.teacher!.superseded).length;
    expect(superseded).toBe(honest.result.totals.onlineCast - honest.result.totals.onlineCounted);
    // The public part of a row is the same either way.
    expect(teacher.map(({ teacher: _t, ...rest }) => rest)).toEqual(plain);
  });

  it('marks the re-votes injected in the name of voters who voted once, and supersedes their ballots', () => {
    const n = injected.integrity.published.count;
    const rows = ledgerRows(injected, 0, n, true);
    const added = injected.result.attacks.reduce((a, x) => a + x.ballots, 0);
    expect(added).toBe(100);
    const marked = rows.filter((r) => r.teacher!.origin === 'injected re-vote');
    expect(marked).toHaveLength(added);
    for (const row of marked) {
      // The injected ballot is for the beneficiary and counts; the victim's own earlier ballot does not.
      expect(row.party).toBe('Unity');
      expect(row.teacher!.superseded).toBe(false);
      const own = rows.filter((r) => r.teacher!.voterIndex === row.teacher!.voterIndex && r.index !== row.index);
      expect(own).toHaveLength(1);
      expect(own[0].index).toBeLessThan(row.index);
      expect(own[0].teacher!.origin).toBe('honest');
      expect(own[0].teacher!.superseded).toBe(true);
      // With public resolution the injected entry carries the victim's pseudonym.
      expect(own[0].token).toBe(row.token);
    }
    expect(rows.filter((r) => r.teacher!.origin === 'ballot for an abstainer')).toHaveLength(0);
    // Live injection leaves an intact chain.
    rows.forEach((row, i) => expect(row.prevHash).toBe(i === 0 ? ZERO : rows[i - 1].hash));
  });

  it('puts each checkpoint on the last entry it covers', () => {
    for (const r of [honest, injected]) {
      const n = r.integrity.published.count;
      const rows = ledgerRows(r, 0, n, false);
      const checkpoints = r.integrity.record.checkpoints;
      expect(checkpoints.length).toBeGreaterThanOrEqual(2);
      const expected = checkpoints.map((c, i) => ({ number: i + 1, last: c.count - 1, head: bytesToHex(c.head) })).filter((c) => c.last >= 0);
      const marked = rows.flatMap((row) => (row.checkpoints ?? []).map((m) => ({ number: m.number, last: row.index, count: m.count, headMatches: m.headMatches, hash: row.hash })));
      expect(marked.map((m) => m.number)).toEqual(expected.map((c) => c.number));
      for (const [i, m] of marked.entries()) {
        expect(m.last).toBe(expected[i].last);
        expect(m.count).toBe(m.last + 1);
        expect(m.hash).toBe(expected[i].head);
        expect(m.headMatches).toBe(true);
      }
      // The close checkpoint covers the whole ledger.
      expect(rows[n - 1].checkpoints?.some((m) => m.count === n)).toBe(true);
    }
  });

  it('recomputes the published chain after the close changed it, and shows the signed head no longer matches', () => {
    const changed = run({
      ...AUDITED,
      adversary: { attacks: [{ kind: 'substitute', when: 'after-close', size: 20, beneficiary: 'unity' }] },
    });
    const { published, live } = changed.integrity;
    expect(published).not.toBe(live.ledger);
    const rows = ledgerRows(changed, 0, published.count, true);
    rows.forEach((row, i) => expect(row.prevHash).toBe(i === 0 ? ZERO : rows[i - 1].hash));
    const first = rows.findIndex((r) => r.teacher!.tamper !== null);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(rows[first].teacher!.tamper).toBe('changed after the close');
    expect(rows[first].hash).not.toBe(bytesToHex(live.hashes.subarray(first * 32, first * 32 + 32)));
    // Checkpoints signed before the change still match; the one at the close does not.
    const marks = rows.flatMap((r) => r.checkpoints ?? []);
    expect(marks.filter((m) => m.count <= first).every((m) => m.headMatches)).toBe(true);
    expect(marks.find((m) => m.count === published.count)?.headMatches).toBe(false);
  });
});
