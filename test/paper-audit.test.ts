/**
 * The paper audit (BRAVO) as the engine runs it and the verifier re-checks it: the audit's own
 * sampler matches its documented vector and an exact BigInt reduction; the average sample number
 * over 1,000 audit seeds agrees with the published ASN formula; a paper outcome flipped by
 * rewritten protocols is confirmed no more often than the risk limit and the escalation's hand count
 * catches it; honest runs are confirmed within the expected range; everything is reproducible; and
 * every hand edit of an audit record fails the check, naming why.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { auditDraw, AUDIT_DRAW_TAG, BallotManifest, candidateAt } from '../src/core/audit/audit-sampler.ts';
import { bravoAsn } from '../src/core/audit/bravo.ts';
import { RecordFormatError, recordFromJson, recordToJson, runSimulation, simulate, verifyRecord, type ElectionRecord } from '../src/core/index.ts';
import { auditDistrict } from '../src/core/audit/paper-audit.ts';
import { checkPaperAudit } from '../src/core/verify/paper-audit-check.ts';
import type { RecordAuditDistrict } from '../src/core/publication/record.ts';
import { encodeTagged, u32be } from '../src/crypto/encoding.ts';
import { smallCity } from './helpers.ts';

const seedOf = (run: number) => sha256(u32be(run));

/** `n` boxes of `per` ballots with these shares (the rest: none), as the protocols report them and as the boxes hold them. */
function district(reported: number[], truth: number[], per = 1000, n = 10) {
  const row = (shares: number[]) => shares.map((s) => Math.round(s * per));
  return { precincts: Array.from({ length: n }, (_, i) => i), protocol: () => row(reported), box: () => row(truth) };
}

function audits(reported: number[], truth: number[], riskLimit: number, runs: number, maxDraws: number) {
  const d = district(reported, truth);
  return Array.from({ length: runs }, (_, r) => auditDistrict({ seed: seedOf(r), districtId: 7, riskLimit, maxDraws, ...d }, reported.length));
}

describe('the audit sampler', () => {
  it('matches its documented vector (docs/record-format.md) and an exact 256-bit reduction', () => {
    const seed = new Uint8Array(32);
    const message = encodeTagged(AUDIT_DRAW_TAG, [seed, u32be(196), u32be(0)]);
    expect(bytesToHex(sha256(message))).toBe('6f04acd2b95a001f610ad129cccbc157f76d04f2b4f5b1fd33dd73c9b8552419');
    expect([1000, 123_456, 0xffff_ffff].map((n) => auditDraw(seed, 196, 0, n))).toEqual([297, 82_009, 4_006_252_102]);
    for (let i = 0; i < 200; i++) {
      const n = 1 + ((i * 2_654_435_761) % 0xffff_ffff);
      const exact = Number(BigInt('0x' + bytesToHex(sha256(encodeTagged(AUDIT_DRAW_TAG, [seedOf(i), u32be(i), u32be(i)])))) % BigInt(n));
      expect(auditDraw(seedOf(i), i, i, n)).toBe(exact);
    }
  });

  it('locates ballots through the manifest, skipping empty boxes, and reads candidates in party order', () => {
    const m = new BallotManifest([4, 5, 6, 7], [3, 0, 2, 0]);
    expect(m.total).toBe(5);
    expect([0, 2, 3, 4].map((b) => m.locate(b))).toEqual([
      { precinct: 4, position: 0 },
      { precinct: 4, position: 2 },
      { precinct: 6, position: 0 },
      { precinct: 6, position: 1 },
    ]);
    expect([0, 1, 2, 3, 4].map((p) => candidateAt([2, 0, 1], p))).toEqual([0, 0, 2, -1, -1]);
  });
});

describe('BRAVO through the audit sampler', () => {
  // Published value: the ASN formula of Lindeman, Stark and Yates (2012), as on Stark's ballot-polling tools page
  // (docs/audits.md). Over 1,000 audits the mean's standard error is 2-3 %; the formula is itself an approximation.
  it.each([
    [[0.6, 0.4], 0.1],
    [[0.58, 0.42], 0.1],
    [[0.5, 0.3, 0.2], 0.05],
    [[0.7, 0.3], 0.01],
  ])('average sample number for shares %j at risk limit %f agrees with the published ASN within 10 %', (shares, alpha) => {
    const out = audits(shares, shares, alpha, 1000, 100_000);
    expect(out.every((a) => a.outcome === 'confirmed')).toBe(true);
    const mean = out.reduce((s, a) => s + a.sampleSize, 0) / out.length;
    expect(Math.abs(mean / bravoAsn(shares[0], shares[1], alpha) - 1)).toBeLessThan(0.1);
  });

  it('confirms a paper winner who did not win (protocols rewritten from a 50-50 tie to 55-45) at most risk-limit of the time', () => {
    const alpha = 0.1;
    const runs = 600;
    // Capped at 200 draws (then a full hand count): stopping early can only lower the chance to confirm.
    const out = audits([0.55, 0.45], [0.5, 0.5], alpha, runs, 200);
    const confirmed = out.filter((a) => a.outcome === 'confirmed').length / runs;
    expect(confirmed).toBeLessThanOrEqual(alpha + 3 * Math.sqrt((alpha * (1 - alpha)) / runs));
    // Every escalation counts the boxes as they are: the tie, not the protocols' 55-45.
    const escalated = out.find((a) => a.outcome === 'escalated')!;
    expect(escalated.handCount).toEqual(Array.from({ length: 10 }, () => [500, 500]));
  });
});

const AUDITED = { verifiability: { paperAudit: 'bravo', riskLimit: 0.05, auditMaxDraws: 2000 } } as const;

describe('the paper audit in a run', () => {
  it('confirms honest districts with sample sizes around the ASN of their paper shares, and escalations find nothing', () => {
    let ratio = 0;
    let confirmed = 0;
    for (let s = 0; s < 12; s++) {
      const r = runSimulation(smallCity({ ...AUDITED, seed: `honest-${s}` }));
      for (const d of r.districts) {
        const a = d.paperAudit!;
        expect(a.status).toBe('passed');
        const sorted = [...d.paper].sort((x, y) => y - x).map((x) => x / a.ballots);
        const asn = bravoAsn(sorted[0], sorted[1], 0.05);
        if (asn < 2000 / 4) {
          // Far below the cap, an honest audit confirms; BRAVO's sample sizes spread widely around their mean.
          expect(a.outcome).toBe('confirmed');
          expect(a.sampleSize).toBeLessThan(6 * asn);
          ratio += a.sampleSize / asn;
          confirmed++;
        }
        expect(r.evidence.find((e) => e.check === 'paper-audit' && e.districtId === d.id)!.status).toBe('passed');
      }
      expect(r.evidence.filter((e) => e.status === 'failed')).toEqual([]);
    }
    expect(confirmed).toBeGreaterThanOrEqual(8);
    // Their average sample size, relative to the ASN, is near 1.
    expect(ratio / confirmed).toBeGreaterThan(0.6);
    expect(ratio / confirmed).toBeLessThan(1.4);
  });

  it('catches rewritten protocols that flip the paper winner: escalation and a hand count that disagrees', () => {
    for (const seed of ['a', 'b', 'c']) {
      const r = runSimulation(smallCity({ ...AUDITED, seed, adversary: { attacks: [{ kind: 'rewrite-protocols', size: 600, beneficiary: 'liberty', districts: [11] }] } }));
      const [attacked, untouched] = r.districts;
      expect(attacked.paperLeader).toBe('11-liberty');
      expect(attacked.paperAudit).toMatchObject({ outcome: 'escalated', status: 'failed' });
      expect(attacked.verdict.status).toBe('tampering-detected');
      expect(attacked.verdict.failedChecks).toContain('paper-audit');
      const evidence = r.evidence.find((e) => e.check === 'paper-audit' && e.districtId === 11)!;
      expect(evidence.detail).toMatch(/full hand count finds \d+ boxes that disagree .* the ballots make .* the winner, not Liberty candidate\.$/);
      expect(untouched.paperAudit!.status).toBe('passed');
    }
  });

  it('cannot see stuffed ballots: they are in the boxes, so the audit reads them as votes', () => {
    const r = runSimulation(smallCity({ ...AUDITED, seed: 'stuffed', adversary: { attacks: [{ kind: 'stuff-paper', size: 600, beneficiary: 'liberty', districts: [11] }] } }));
    const audit = r.districts[0].paperAudit!;
    // Confirmed or escalated, the boxes match the protocols: only a hand count against the roll books could see it.
    if (audit.outcome === 'confirmed') expect(audit.status).toBe('passed');
    else expect(r.evidence.find((e) => e.check === 'paper-audit' && e.districtId === 11)!.detail).toMatch(/signatures in the roll book/);
  });

  it('is reproducible from scenario and seed, and adds its own stream without reshuffling the others', () => {
    const a = simulate(smallCity({ ...AUDITED, seed: 'same' })).integrity.record;
    const b = simulate(smallCity({ ...AUDITED, seed: 'same' })).integrity.record;
    expect(recordToJson(a)).toEqual(recordToJson(b));
    const other = simulate(smallCity({ ...AUDITED, seed: 'other' })).integrity.record;
    expect(bytesToHex(other.paperAudit!.seed)).not.toBe(bytesToHex(a.paperAudit!.seed));
    const without = simulate(smallCity({ seed: 'same' })).integrity.record;
    expect(without.paperAudit).toBeNull();
    // The declaration names the audit (and so is signed differently); the rest of it is the same.
    const apart = (r: typeof a) => {
      const json = recordToJson(r) as Record<string, unknown> & { declaration: Record<string, unknown> };
      return { ...json, paperAudit: null, declaration: { ...json.declaration, paperAudit: null, signature: '' } };
    };
    expect(recordToJson(a)).toMatchObject({ declaration: { paperAudit: { riskLimitPerMillion: a.paperAudit!.riskLimitPerMillion, maxDraws: a.paperAudit!.maxDraws } } });
    expect(apart(without)).toEqual(apart(a));
  });
});

describe('the verifier re-checks an audit record', () => {
  const run = simulate(smallCity({ ...AUDITED, seed: 'verify-0', verifiability: { ...AUDITED.verifiability, auditMaxDraws: 300 } }));
  const record = run.integrity.record;
  /** A copy of the record with one district's audit edited. */
  const edited = (districtIndex: number, edit: (a: RecordAuditDistrict) => RecordAuditDistrict): ElectionRecord => ({
    ...record,
    paperAudit: { ...record.paperAudit!, districts: record.paperAudit!.districts.map((a, i) => (i === districtIndex ? edit(a) : a)) },
  });
  const finding = (r: ElectionRecord, districtId: number) => checkPaperAudit(r).find((e) => e.districtId === districtId)!;
  const confirmedAt = record.paperAudit!.districts.findIndex((a) => a.outcome === 'confirmed');
  const escalatedAt = record.paperAudit!.districts.findIndex((a) => a.outcome === 'escalated');
  const columns = (a: RecordAuditDistrict, f: (col: readonly number[]) => number[]) => ({ precinct: f(a.draws.precinct), position: f(a.draws.position), candidate: f(a.draws.candidate) });

  it('has one district confirmed and one escalated to check against', () => {
    expect(confirmedAt).toBeGreaterThanOrEqual(0);
    expect(escalatedAt).toBeGreaterThanOrEqual(0);
    expect(checkPaperAudit(record).map((e) => e.status)).toEqual(['passed', 'passed']);
    expect(verifyRecord(recordFromJson(JSON.parse(JSON.stringify(recordToJson(record))))).evidence.filter((e) => e.check === 'paper-audit').map((e) => e.status)).toEqual(['passed', 'passed']);
  });

  it.each<[string, (a: RecordAuditDistrict) => RecordAuditDistrict, RegExp, 'confirmed' | 'escalated']>([
    [
      'a changed candidate read (the draw that confirmed)',
      (a) => ({ ...a, draws: { ...a.draws, candidate: a.draws.candidate.map((c, i, all) => (i === all.length - 1 ? (c + 1) % 4 : c)) } }),
      /does not reach 1 \/ risk limit \(20\) by draw \d+, yet the record says the outcome was confirmed there/,
      'confirmed',
    ],
    [
      'a truncated sample',
      (a) => ({ ...a, sampleSize: a.sampleSize - 1, draws: columns(a, (c) => c.slice(0, -1)) }),
      /does not reach 1 \/ risk limit \(20\) by draw/,
      'confirmed',
    ],
    ['a sample size that is not the number of draws', (a) => ({ ...a, sampleSize: a.sampleSize + 5 }), /it says \d+ ballots were drawn but lists \d+/, 'confirmed'],
    ['a draw that does not follow from the seed', (a) => ({ ...a, draws: { ...a.draws, position: a.draws.position.map((p, i) => (i === 3 ? p + 1 : p)) } }), /draw 4 should be ballot \d+ of precinct \d+ \(from the audit seed\)/, 'confirmed'],
    ['an escalation claimed where the outcome was confirmed', (a) => ({ ...a, outcome: 'escalated' as const }), /the escalation was not justified/, 'confirmed'],
    ['an escalation before the cap', (a) => ({ ...a, sampleSize: 100, draws: columns(a, (c) => c.slice(0, 100)) }), /escalates after 100 draws, before the cap of 300/, 'escalated'],
    ['a hand count that contradicts a read', (a) => ({ ...a, draws: { ...a.draws, candidate: a.draws.candidate.map((c, i) => (i === 0 ? (c + 1) % 4 : c)) } }), /draw 1 read candidate \d, but by the hand count of precinct \d+ ballot \d+ is candidate \d/, 'escalated'],
    ['a missing hand count', (a) => ({ ...a, handCount: null }), /escalates but lists no hand count/, 'escalated'],
  ])('fails on %s, saying why', (_, edit, message, kind) => {
    const at = kind === 'confirmed' ? confirmedAt : escalatedAt;
    const e = finding(edited(at, edit), record.districts[at].id);
    expect(e.status).toBe('failed');
    expect(e.detail).toMatch(/^The audit record does not hold up: /);
    expect(e.detail).toMatch(message);
  });

  it('names the field of a malformed audit record', () => {
    const json = () => JSON.parse(JSON.stringify(recordToJson(record)));
    const cases: [(j: { paperAudit: Record<string, unknown> & { districts: Record<string, unknown>[] } }) => void, string][] = [
      [(j) => (j.paperAudit.riskLimitPerMillion = 0), 'paperAudit.riskLimitPerMillion: must be from 1 to 500000, got 0'],
      [(j) => (j.paperAudit.seed = 'abcd'), 'paperAudit.seed: must be 32 bytes, got 2'],
      [(j) => (j.paperAudit.method = 'athena'), 'paperAudit.method: must be one of "bravo"'],
      [(j) => ((j.paperAudit.districts[0].draws as { candidate: number[] }).candidate[0] = 9), 'paperAudit.districts[0].draws.candidate[0]: must be a candidate index, or 4 for no ballot, got 9'],
      [(j) => ((j.paperAudit.districts[0].draws as { position: number[] }).position.pop()), `paperAudit.districts[0].draws.position: must hold ${record.paperAudit!.districts[0].sampleSize} numbers, got ${record.paperAudit!.districts[0].sampleSize - 1}`],
      [(j) => (j.paperAudit.districts[1].districtId = 99), 'paperAudit.districts[1].districtId: must be a district id of the record, got 99'],
      [(j) => (j.paperAudit.districts[0].outcome = 'maybe'), 'paperAudit.districts[0].outcome: must be one of "confirmed", "escalated"'],
    ];
    for (const [edit, message] of cases) {
      const j = json();
      edit(j);
      expect(() => recordFromJson(j)).toThrow(RecordFormatError);
      expect(() => recordFromJson(j)).toThrow(message);
    }
    // A record from before the audit existed reads as one without an audit.
    const old = json();
    delete old.paperAudit;
    expect(recordFromJson(old).paperAudit).toBeNull();
  });
});
