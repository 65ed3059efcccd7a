/**
 * `verify` against edited records: each edit in the table gives its exit code and names its check
 * (exit 1) or its field (exit 2), never an internal error; the summary says how much was verified
 * and --strict refuses a record that leaves checks not possible; and a random single-field edit of
 * a fully verifiable record (public ledger, checkpoints, public resolution, end-to-end, paper audit)
 * is never exit 0 unless docs/record-format.md lists the field as unchecked.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { receiptsToJson, recordToJson, simulate, type ScenarioInput } from '../src/core/index.ts';
import { verifyCli } from '../simulations/cli/verify-cli.ts';
import { runCli, scratch } from './cli-helpers.ts';
import { FULL, smallCity } from './helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- records are edited as free JSON */
type Json = any;

const AUDITED = { ...FULL, verifiability: { ...FULL.verifiability, paperAudit: 'bravo' } } as const satisfies ScenarioInput;
/**
 * Two tiny districts, and a checkpoint every 6 hours: each verify of it is the property's cost, so
 * it is as small as still holds every kind of evidence (42 entries with re-votes, 10 checkpoints,
 * spoiled ballots in both districts, one audit confirmed and one escalated to a hand count).
 */
const TINY_E2E = smallCity({
  name: 'tiny-e2e',
  districts: [
    { id: 11, name: 'North', registered: 60, lean: { progress: 0.1 } },
    { id: 12, name: 'South', registered: 50 },
  ],
  ...AUDITED,
  verifiability: { ...AUDITED.verifiability, checkpointEveryHours: 6 },
  e2e: { enabled: true, challengeRate: 0.2 },
});

const recordOf = (scenario: ScenarioInput): string => JSON.stringify(recordToJson(simulate(scenario).integrity.record));
const { file } = scratch('tally-verify-edits-');
let written = 0;

/** Runs verify on a JSON record; the failed checks as "check@district id" (or "check@election"). */
function verifyJson(record: Json, ...flags: string[]) {
  const path = file(`edit-${written++}.json`, JSON.stringify(record));
  const r = runCli(verifyCli, path, '--json', ...flags);
  const evidence = r.code === 2 ? [] : (JSON.parse(r.out) as { check: string; districtId: number | null; status: string; detail: string }[]);
  const failed = evidence.filter((e) => e.status === 'failed');
  return { code: r.code, err: r.err, failed: [...new Set(failed.map((e) => `${e.check}@${e.districtId ?? 'election'}`))].sort(), details: failed.map((e) => e.detail), path };
}

let plain = '';
let plainReceipts = '';
let weak = '';
let e2e = '';
beforeAll(() => {
  const run = simulate(smallCity(AUDITED));
  plain = JSON.stringify(recordToJson(run.integrity.record));
  plainReceipts = JSON.stringify(receiptsToJson(run.integrity.receipts));
  // Neither checkpoints nor public resolution: the record itself rules several checks out.
  weak = recordOf(smallCity({ ...FULL, verifiability: { ...FULL.verifiability, checkpointEveryHours: 0, checkpointAtClose: false, revoteResolution: 'private' } }));
  e2e = recordOf(TINY_E2E);
}, 300_000);

type Edit = (r: Json) => void;
interface Case {
  readonly name: string;
  readonly record: () => string;
  readonly edit: Edit;
  readonly code: 1 | 2;
  /** Exit 1: failed checks that must be among those named. Exit 2: the message, after the file name. */
  readonly expect: readonly string[] | RegExp;
  /** Exit 1: a detail of a failed check must match. */
  readonly detail?: RegExp;
}

const first = (r: Json) => r.districts[0].id as number;
const cases: Case[] = [
  // Ids resolve to the declared parties and districts.
  { name: 'a changed candidate id', record: () => plain, edit: (r) => (r.districts[0].candidates[1].id = '11-unity'), code: 2, expect: /^districts\[0\]\.candidates\[1\]\.id: must be "11-progress" \(<district id>-<party id>\), got "11-unity"$/ },
  { name: 'a candidate id of another district', record: () => plain, edit: (r) => (r.districts[1].candidates[0].id = '11-unity'), code: 2, expect: /^districts\[1\]\.candidates\[0\]\.id: must be "12-unity"/ },
  {
    name: 'two parties with one id',
    record: () => plain,
    edit: (r) => {
      r.parties[1].id = r.parties[0].id;
      for (const d of r.districts) d.candidates[1].party = r.parties[0].id;
    },
    code: 2,
    expect: /^parties\[1\]\.id: must be unique, got "unity" twice$/,
  },
  { name: 'a ledger entry of an unknown district', record: () => plain, edit: (r) => (r.ledger.districtId[3] = 99), code: 2, expect: /^ledger\.districtId\[3\]: must be a district id of the record, got 99$/ },
  { name: 'an audit of an unknown district', record: () => plain, edit: (r) => (r.paperAudit.districts[0].districtId = 99), code: 2, expect: /^paperAudit\.districts\[0\]\.districtId: must be a district id of the record, got 99$/ },
  { name: 'a spoiled ballot for no candidate', record: () => e2e, edit: (r) => (r.e2e.spoiled[0].choice = 4), code: 2, expect: /^e2e\.spoiled\[0\]\.choice: must be a whole number from 0 to 3$/ },
  { name: 'a partial of trustee 0', record: () => e2e, edit: (r) => (r.e2e.tallies[0].partials[0].trustee = 0), code: 2, expect: /^e2e\.tallies\[0\]\.partials\[0\]\.trustee: must be a trustee number from 1 to 3, got 0$/ },
  { name: 'a partial of a trustee the record does not have', record: () => e2e, edit: (r) => (r.e2e.tallies[1].partials[2].trustee = 4), code: 2, expect: /^e2e\.tallies\[1\]\.partials\[2\]\.trustee: must be a trustee number from 1 to 3, got 4$/ },
  { name: 'cancelled pseudonyms under last-online', record: () => plain, edit: (r) => (r.paperCancelled = ''), code: 2, expect: /^paperCancelled: must be null unless policy is "paper-overrides" with public resolution/ },
  { name: 'paper-overrides without its cancelled pseudonyms', record: () => plain, edit: (r) => (r.policy = 'paper-overrides'), code: 2, expect: /^paperCancelled: must list the cancelled pseudonyms/ },
  // Bounds: no check may overflow or throw.
  { name: 'a precinct count of 2^32 - 1', record: () => plain, edit: (r) => (r.precincts.counts[0][0] = 0xffff_ffff), code: 2, expect: /^precincts\.counts\[0\]: takes district 11's paper ballots to \d+, beyond 4294967295 \(the most a district's ballot manifest holds\)$/ },
  {
    name: 'a paper audit in a record with no parties',
    record: () => plain,
    edit: (r) => {
      r.parties = [];
      r.ledger = null;
      for (const d of r.districts) d.candidates = [];
      r.precincts.counts = r.precincts.counts.map(() => []);
      r.published = r.published.map(() => []);
      for (const x of r.releases) x.online = x.online.map(() => []);
      for (const h of r.handRecounts) h.counts = [];
      for (const a of r.paperAudit.districts) a.draws.candidate = a.draws.candidate.map(() => 0);
    },
    code: 2,
    expect: /^paperAudit: needs at least one party/,
  },
  {
    name: 'audit draws in a district without paper ballots',
    record: () => plain,
    edit: (r) => {
      r.precincts.counts = r.precincts.counts.map((row: number[], p: number) => (r.precincts.districtId[p] === first(r) ? row.map(() => 0) : row));
    },
    code: 2,
    expect: /^paperAudit\.districts\[\d\]\.draws\.precinct: must be empty: district 11 has no paper ballots to draw, got \d+ draws$/,
  },
  { name: 'more online registrants than registered voters', record: () => plain, edit: (r) => (r.districts[0].onlineRegistered = r.districts[0].registered + 1), code: 2, expect: /^districts\[0\]\.onlineRegistered: must be a whole number from 0 to \d+$/ },
  {
    name: 'more counted ballots than registered voters',
    record: () => plain,
    edit: (r) => {
      const p = r.precincts.districtId.indexOf(first(r));
      r.precincts.counts[p][0] += r.districts[0].registered;
      r.published[0][0] += r.districts[0].registered;
      r.paperAudit = null;
    },
    code: 1,
    expect: ['eligibility@11', 'paper-recount@11'],
    detail: /The protocols give [\d,]+ paper ballots and the online count [\d,]+: [\d,]+ ballots, but only 3,000 registered voters\./,
  },
  // A tally is proven by a quorum of distinct trustees.
  { name: "a tally without the trustees' partial decryptions", record: () => e2e, edit: (r) => (r.e2e.tallies[0].partials = []), code: 1, expect: ['trustee-decryptions@11'], detail: /^Only 0 of the 2 trustees needed published a partial decryption; trustee 1, 2, 3 did not: the tally cannot be decrypted, so the released count is unproven\.$/ },
  { name: 'a tally with one partial decryption of two needed', record: () => e2e, edit: (r) => r.e2e.tallies[1].partials.splice(1), code: 1, expect: ['trustee-decryptions@12'], detail: /^Only 1 of the 2 trustees needed .*trustee 2, 3 did not/ },
  {
    name: "one trustee's partial listed twice",
    record: () => e2e,
    edit: (r) => {
      const partials = r.e2e.tallies[0].partials;
      r.e2e.tallies[0].partials = [partials[0], partials[0]];
    },
    code: 1,
    expect: ['trustee-decryptions@11'],
    detail: /^Trustee 1 is listed more than once among the partial decryptions: a quorum is 2 distinct trustees\.$/,
  },
  {
    name: "one trustee's partial listed twice beside a quorum",
    record: () => e2e,
    edit: (r) => r.e2e.tallies[1].partials.push(r.e2e.tallies[1].partials[1]),
    code: 1,
    expect: ['trustee-decryptions@12'],
    detail: /^Trustee 2 is listed more than once/,
  },
  { name: "another trustee's partial, relabelled", record: () => e2e, edit: (r) => {
      // Trustee 1's shares under trustee 3's number (and trustee 3's own partial removed): its proofs fail against trustee 3's key.
      r.e2e.tallies[0].partials[0].trustee = 3;
      r.e2e.tallies[0].partials.pop();
    },
    code: 1, expect: ['trustee-decryptions@11'], detail: /trustee 3 fails its proof/ },
  // The record keeps what its operator declared (signed) it publishes: removed evidence is a failed check.
  { name: 'the ledger removed', record: () => plain, edit: (r) => (r.ledger = null), code: 1, expect: ['declaration@election'], detail: /^The declaration does not hold: it declares a public ledger, but the record has none\.$/ },
  { name: 'the checkpoints emptied', record: () => plain, edit: (r) => (r.checkpoints = []), code: 1, expect: ['declaration@election'], detail: /it declares checkpoints at \d+, \d+, \d+, \d+, … \(\d+\), the record has them at none/ },
  { name: 'the last checkpoint removed', record: () => plain, edit: (r) => r.checkpoints.pop(), code: 1, expect: ['declaration@election'], detail: /it declares checkpoints at/ },
  { name: 'the paper audit removed', record: () => plain, edit: (r) => (r.paperAudit = null), code: 1, expect: ['declaration@election'], detail: /it declares a paper audit, but the record has none/ },
  { name: 'a release removed', record: () => plain, edit: (r) => r.releases.pop(), code: 1, expect: ['declaration@election'], detail: /it declares releases at \d+, \d+, the record has them at \d+\./ },
  { name: 'a later release time', record: () => plain, edit: (r) => (r.releases[1].unixSeconds += 3600), code: 1, expect: ['declaration@election'], detail: /it declares releases at/ },
  { name: 'more registered voters', record: () => plain, edit: (r) => (r.districts[0].registered += 1000), code: 1, expect: ['declaration@election'], detail: /it declares district 11 with 3000 registered voters and \d+ online registrants, the record says district 11 with 4000 and \d+/ },
  { name: 'a higher online registration limit', record: () => plain, edit: (r) => (r.districts[1].onlineRegistered += 1), code: 1, expect: ['declaration@election'], detail: /it declares district 12 with 2500 registered voters/ },
  { name: 'a later close', record: () => plain, edit: (r) => (r.onlineCloses += 3600), code: 1, expect: ['declaration@election'], detail: /it declares voting from \d+ to \d+ \(unix seconds\), the record says/ },
  { name: 'an earlier opening', record: () => plain, edit: (r) => (r.onlineOpens -= 1), code: 1, expect: ['declaration@election'], detail: /it declares voting from/ },
  { name: "another audit's risk limit", record: () => plain, edit: (r) => (r.paperAudit.riskLimitPerMillion += 1), code: 1, expect: ['declaration@election'], detail: /it declares the audit's risk limit \d+ per million, cap \d+ draws and its seed; the record's audit has \d+, \d+/ },
  { name: "another audit's cap", record: () => plain, edit: (r) => (r.paperAudit.maxDraws += 1), code: 1, expect: ['declaration@election'], detail: /it declares the audit's risk limit/ },
  {
    name: 'the ledger removed, and the declaration edited to match',
    record: () => plain,
    edit: (r) => {
      r.ledger = null;
      r.declaration.ledger = 'none';
    },
    code: 1,
    expect: ['declaration@election'],
    detail: /^The declaration does not hold: its signature does not verify under the operator's key\.$/,
  },
  { name: 'another election key declared', record: () => e2e, edit: (r) => (r.declaration.e2e.electionKey = r.e2e.trustees[0][0]), code: 1, expect: ['declaration@election'], detail: /its signature does not verify.*; it declares another election key/ },
  { name: 'a declaration of an unknown ledger', record: () => plain, edit: (r) => (r.declaration.ledger = 'private'), code: 2, expect: /^declaration\.ledger: must be one of "public", "none"$/ },
  // Edits the checks were always meant to catch.
  { name: 'a changed published total', record: () => plain, edit: (r) => (r.published[1][2] += 1), code: 1, expect: ['published-sum@12'] },
  { name: 'a flipped choice', record: () => plain, edit: (r) => (r.ledger.choice[5] = (r.ledger.choice[5] + 1) % 4), code: 1, expect: ['chain-walk@election'] },
  { name: 'a trustee commitment that is no group element', record: () => e2e, edit: (r) => (r.e2e.trustees[2][1] = 'ff'.repeat(32)), code: 1, expect: ['trustee-decryptions@11', 'trustee-decryptions@12'], detail: /^Commitment 2 of trustee 3 is not a valid group element/ },
  { name: 'a changed partial share', record: () => e2e, edit: (r) => (r.e2e.tallies[1].partials[0].shares[0] = r.e2e.tallies[1].partials[0].shares[1]), code: 1, expect: ['trustee-decryptions@12'], detail: /trustee 1 fails its proof/ },
];

describe('verify: edited records (exit code, and the check or the field named)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', { timeout: 120_000 }, (_, c) => {
    const record = JSON.parse(c.record());
    c.edit(record);
    const r = verifyJson(record);
    expect(r.err).not.toMatch(/failed on this record|failed on this file/);
    expect(r.code).toBe(c.code);
    if (c.code === 2) {
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err.startsWith(`verify: ${r.path}: `)).toBe(true);
      expect(r.err.trimEnd().slice(`verify: ${r.path}: `.length)).toMatch(c.expect as RegExp);
    } else {
      for (const check of c.expect as string[]) expect(r.failed).toContain(check);
      if (c.detail) expect(r.details.some((d) => c.detail!.test(d)), r.details.join('\n')).toBe(true);
    }
  });
});

describe('verify: receipts name the record\'s districts', () => {
  it('a receipt of a district the record does not have exits 2, naming it', () => {
    const receipts = JSON.parse(plainReceipts);
    receipts.voters[1].districtId = 99;
    const path = file(`receipts-${written++}.json`, JSON.stringify(receipts));
    const r = runCli(verifyCli, file(`record-${written++}.json`, plain), '--receipts', path);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`verify: ${path}: voters[1].districtId: must be a district id of the record, got 99\n`);
    receipts.voters[1].districtId = 11;
    expect(runCli(verifyCli, file(`record-${written++}.json`, plain), '--receipts', file(`receipts-${written++}.json`, JSON.stringify(receipts))).code).not.toBe(2);
  });
});

describe('verify: the summary says how much was verified; --strict demands all of it', () => {
  const summary = (out: string) => out.slice(out.lastIndexOf('\n\n') + 2).trimEnd().split('\n');
  const run = (text: string, ...flags: string[]) => runCli(verifyCli, file(`summary-${written++}.json`, text), ...flags);

  it('a record checked through: every check verified, exit 0 with and without --strict', () => {
    for (const flags of [[], ['--strict']]) {
      const r = run(plain, ...flags);
      expect(r.code).toBe(0);
      const [head, last] = summary(r.out);
      const n = Number(/^(\d+) checks passed/.exec(last)![1]);
      expect(head).toBe(`verified: ${n} of ${n} checks`);
    }
  });

  it('a record without checkpoints and with private resolution: exit 0 says how little, --strict exits 1', () => {
    const r = run(weak);
    expect(r.code).toBe(0);
    const lines = summary(r.out);
    const [, passed, notPossible] = /^(\d+) checks passed, 0 failed, (\d+) not possible$/.exec(lines.at(-1)!)!.map(Number);
    expect(notPossible).toBeGreaterThan(0);
    expect(lines).toEqual([`verified: ${passed} of ${passed + notPossible} checks; ${notPossible} not possible with this record's verifiability`, lines.at(-1)]);
    const strict = run(weak, '--strict');
    expect(strict.code).toBe(1);
    expect(summary(strict.out)).toEqual([lines[0], `--strict: exit 1, since ${notPossible} checks were not possible`, lines.at(-1)]);
    expect(runCli(verifyCli, file(`summary-${written++}.json`, weak), '--strict', '--json').code).toBe(1);
  });

  it.each([
    ['deleted', (r: Record<string, unknown>) => delete r.declaration],
    ['set to null', (r: Record<string, unknown>) => (r.declaration = null)],
  ])('a record with its declaration %s fails the declaration check (exit 1), --strict or not', (_, edit) => {
    const record = JSON.parse(plain);
    edit(record);
    const r = run(JSON.stringify(record), '--json');
    expect(r.code).toBe(1);
    const declaration = (JSON.parse(r.out) as { check: string; status: string; detail: string }[]).filter((e) => e.check === 'declaration');
    expect(declaration).toEqual([expect.objectContaining({ status: 'failed', detail: expect.stringMatching(/^The record carries no declaration/) })]);
    expect(run(JSON.stringify(record)).out).toMatch(/^NOT verified/m);
  });

  it('a record with a failed check says so first', () => {
    const record = JSON.parse(weak);
    record.published[0][0] += 1;
    const r = run(JSON.stringify(record));
    expect(r.code).toBe(1);
    const lines = summary(r.out);
    expect(lines[0]).toMatch(/^NOT verified: 1 of (\d+) checks failed; \d+ passed; \d+ not possible with this record's verifiability$/);
    expect(lines[1]).toBe('Failed checks:');
  });
});

// ---- The property: a random single-field edit of a fully verifiable record is never exit 0 ----

/** Leaf paths of a JSON value (numbers and strings; null stays as it is). */
function leaves(v: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof v === 'number' || typeof v === 'string') out.push(path);
  else if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, [...path, k], out);
  return out;
}
/** A path's field, as docs/record-format.md names fields: `districts[].candidates[].id`, and a column by its name (`ledger.choice`). */
const fieldOf = (path: readonly (string | number)[]) =>
  path
    .map((p) => (typeof p === 'number' ? '[]' : `.${p}`))
    .join('')
    .slice(1)
    .replace(/(\[\])+$/, '');

/** The fields docs/record-format.md lists as unchecked ("Fields no check covers"). */
function uncheckedFields(): Set<string> {
  const doc = readFileSync(new URL('../docs/record-format.md', import.meta.url), 'utf8');
  const section = doc.split('\n### Fields no check covers\n')[1].split('\n#')[0];
  return new Set([...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]));
}

const ENUMS: Record<string, readonly string[]> = {
  format: ['tally-lab/record@1', 'tally-lab/record@2'],
  policy: ['last-online', 'paper-overrides', 'none'],
  revoteResolution: ['public', 'private'],
  'paperAudit.method': ['bravo'],
  'paperAudit.districts[].outcome': ['confirmed', 'escalated'],
  'declaration.ledger': ['public', 'none'],
  'declaration.revoteResolution': ['public', 'private'],
  'declaration.policy': ['last-online', 'paper-overrides', 'none'],
};

/** One edit of one leaf: another number, one hex digit changed, another enum value, or another string. */
function edited(field: string, value: number | string, how: number, at: number): number | string {
  if (typeof value === 'number') return [value + 1, value > 0 ? value - 1 : value + 2, (value + 1 + at) % 0x1_0000_0000][how % 3];
  const alternatives = ENUMS[field]?.filter((x) => x !== value);
  if (alternatives && alternatives.length > 0) return alternatives[how % alternatives.length];
  if (/^([0-9a-f]{2})+$/.test(value)) {
    const i = at % value.length;
    const digit = '0123456789abcdef'.replace(value[i], '')[how % 15];
    return value.slice(0, i) + digit + value.slice(i + 1);
  }
  return value.length > 0 && how % 2 === 0 ? value.slice(0, -1) + (value.at(-1) === 'x' ? 'y' : 'x') : `${value}x`;
}

function setAt(record: Json, path: readonly (string | number)[], value: unknown) {
  let at = record;
  for (const p of path.slice(0, -1)) at = at[p];
  at[path.at(-1)!] = value;
}

describe('verify: a random single-field edit of a fully verifiable record', () => {
  it('lists only fields the record has as unchecked, each with why', () => {
    const fields = new Set(leaves(JSON.parse(e2e)).map(fieldOf));
    const unchecked = uncheckedFields();
    expect(unchecked.size).toBeGreaterThan(0);
    for (const f of unchecked) expect(fields, f).toContain(f);
  });

  it('is never exit 0 unless the field is documented as unchecked, and never an internal error', { timeout: 600_000 }, () => {
    const record = JSON.parse(e2e);
    // The record is what the property needs: every piece of evidence published, and re-votes in it.
    expect(record.format).toBe('tally-lab/record@2');
    expect(record.revoteResolution).toBe('public');
    expect(record.checkpoints.length).toBeGreaterThan(1);
    expect(new Set(record.ledger.tokens.match(/.{16}/g)).size).toBeLessThan(record.ledger.count);
    expect(new Set(record.e2e.spoiled.map((s: Json) => s.districtId))).toEqual(new Set([11, 12]));
    expect(record.paperAudit.districts.map((a: Json) => a.outcome).sort()).toEqual(['confirmed', 'escalated']);
    expect(verifyJson(record, '--strict').code).toBe(0);
    const byField = new Map<string, (string | number)[][]>();
    for (const path of leaves(record)) {
      const f = fieldOf(path);
      (byField.get(f) ?? byField.set(f, []).get(f)!).push(path);
    }
    const unchecked = uncheckedFields();
    const fields = [...byField.keys()].filter((f) => !unchecked.has(f));
    const codes = [0, 0, 0];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.nat(), fc.nat(), fc.nat(), (field, which, how, at) => {
        const paths = byField.get(field)!;
        const path = paths[which % paths.length];
        const copy = JSON.parse(e2e);
        let value: Json = copy;
        for (const p of path) value = value[p];
        setAt(copy, path, edited(field, value, how, at));
        const r = verifyJson(copy);
        expect(r.err, `${path.join('.')}`).not.toMatch(/failed on this record|failed on this file/);
        expect(r.code, `${path.join('.')}: ${JSON.stringify(value).slice(0, 40)} edited, exit 0`).not.toBe(0);
        codes[r.code]++;
      }),
      { numRuns: 30 },
    );
    // Not the reader alone: many edits are well-formed, and a check has to catch them.
    expect(codes[1]).toBeGreaterThanOrEqual(8);
  });
});
