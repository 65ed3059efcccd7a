/**
 * paperAuditLines: the evidence panel's per-district sentences on the paper audit, from real runs:
 * one per audited district, none without an audit, and the words follow the outcome.
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../src/core/index.ts';
import { paperAuditLines } from '../../src/ui/views/results/paper-audit-lines.ts';
import { smallCity } from '../helpers.ts';

const AUDITED = { verifiability: { paperAudit: 'bravo', auditMaxDraws: 300 } } as const;

describe('paperAuditLines', () => {
  it('says, per district, how many ballots were drawn and how the audit ended', () => {
    // Seed verify-0: district 11 is confirmed, district 12 escalates at the cap of 300.
    const r = runSimulation(smallCity({ ...AUDITED, seed: 'verify-0' }));
    const lines = paperAuditLines(r.districts);
    expect(lines.map((l) => [l.districtId, l.outcome, l.status])).toEqual([
      [11, 'confirmed', 'passed'],
      [12, 'escalated', 'passed'],
    ]);
    const [north, south] = r.districts.map((d) => d.paperAudit!);
    expect(lines[0].text).toBe(`11 North: confirmed after ${north.sampleSize} of ${north.ballots.toLocaleString('en-US')} ballots drawn.`);
    expect(lines[1].text).toBe(`12 South: not confirmed after 300 of ${south.ballots.toLocaleString('en-US')} ballots drawn; the full hand count matches the protocols.`);
  });

  it('reports a hand count that found rewritten protocols, and nothing without an audit', () => {
    const r = runSimulation(smallCity({ ...AUDITED, seed: 'a', adversary: { attacks: [{ kind: 'rewrite-protocols', size: 600, beneficiary: 'liberty', districts: [11] }] } }));
    expect(paperAuditLines(r.districts)[0]).toMatchObject({ outcome: 'escalated', status: 'failed', text: expect.stringMatching(/^11 North: 300 of [\d,]+ ballots drawn; escalated, and the full hand count disagrees with the protocols\.$/) });
    expect(paperAuditLines(runSimulation(smallCity({ seed: 'a' })).districts)).toEqual([]);
  });
});
