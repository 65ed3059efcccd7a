/**
 * The verifier's side of the paper audit: from the record alone, it re-draws every ballot from the
 * public seed, re-runs BRAVO on the candidates read, checks that the test statistic reached
 * 1 / risk limit exactly where the record says (or never, before an escalation at the cap), that
 * reads agree with each other and with any hand count, and compares a hand count with the
 * protocols and the roll books. One evidence item per district.
 */
import { auditDraw, candidateAt } from '../audit/audit-sampler.ts';
import { BravoTest } from '../audit/bravo.ts';
import type { Evidence } from './evidence.ts';
import { reportedPaper } from '../audit/paper-audit.ts';
import { MAX_PAPER_BALLOTS, type ElectionRecord, type RecordAuditDistrict, type RecordPaperAudit } from '../publication/record.ts';

const fmt = (n: number) => n.toLocaleString('en-US');
const percent = (perMillion: number) => `${+(perMillion / 10_000).toFixed(4)} %`;

export function checkPaperAudit(record: ElectionRecord): Evidence[] {
  const audit = record.paperAudit;
  if (!audit) return [];
  const K = record.parties.length;
  const alpha = percent(audit.riskLimitPerMillion);
  return record.districts.map((district) => {
    const precincts = record.precincts.districtId.flatMap((id, p) => (id === district.id ? [p] : []));
    const { reported, manifest } = reportedPaper(precincts, (p) => record.precincts.counts[p], K);
    const base = {
      check: 'paper-audit' as const,
      districtId: district.id,
      independent: true,
      population: manifest.total,
      rulesOut: `A wrong paper winner, at risk ${alpha}: if the protocols name a winner the ballots in the boxes do not, the audit goes on to a full hand count with probability at least ${percent(1_000_000 - audit.riskLimitPerMillion)}. Not stuffed boxes: stuffed ballots are in the boxes, so drawing them counts them as votes; only the roll books (paper-recount) show them. Not the online count.`,
    };
    const mine = audit.districts.find((a) => a.districtId === district.id);
    // The reader refuses both; the check still names them rather than throw (it runs on in-memory records too).
    if (K === 0) return { ...base, status: 'failed' as const, checked: 0, what: `Paper audit (BRAVO, risk limit ${alpha}).`, detail: 'The record has no parties: there is no paper outcome to audit.' };
    if (!mine) return { ...base, status: 'failed' as const, checked: 0, what: `Paper audit (BRAVO, risk limit ${alpha}).`, detail: 'The audit record has no entry for this district.' };
    const test = new BravoTest(reported, audit.riskLimitPerMillion / 1_000_000);
    const winner = district.candidates[test.winner]?.name ?? 'nobody';
    const escalatedWhat = mine.outcome === 'escalated' ? `, then every box of the district counted by hand` : '';
    const what = `Paper audit (BRAVO, risk limit ${alpha}): ${fmt(mine.draws.precinct.length)} of the ${fmt(manifest.total)} paper ballots drawn at random from the public audit seed and read by hand${escalatedWhat}.`;
    const problem = recordProblem(audit, mine, precincts, manifest, test, K);
    const result = (status: 'passed' | 'failed', detail: string): Evidence => ({ ...base, status, checked: mine.sampleSize, what, detail });
    if (problem) return result('failed', `The audit record does not hold up: ${problem}`);
    if (mine.outcome === 'confirmed') return result('passed', `The paper outcome (${winner} wins) is confirmed at risk ${alpha} after ${fmt(mine.sampleSize)} draws.`);
    const why = test.tied ? 'the protocols report a tie' : `not confirmed within ${fmt(audit.maxDraws)} draws`;
    const hand = mine.handCount!;
    const bad = precincts.flatMap((p, i) => {
      const box = hand[i].reduce((a, b) => a + b, 0);
      if (hand[i].some((x, k) => x !== record.precincts.counts[p][k])) return [`precinct ${p}: the box holds ${fmt(box)} ballots split differently from its protocol`];
      if (box !== record.precincts.signatures[p]) return [`precinct ${p}: ${fmt(box)} ballots in the box but ${fmt(record.precincts.signatures[p])} signatures in the roll book`];
      return [];
    });
    if (bad.length === 0) return result('passed', `Escalated (${why}): the full hand count of the ${fmt(precincts.length)} boxes matches every protocol and roll book, so the paper outcome (${winner} wins) stands.`);
    const byHand = hand.reduce((acc, row) => acc.map((x, k) => x + row[k]), new Array<number>(K).fill(0));
    const handWinner = byHand.reduce((best, x, k) => (x > byHand[best] ? k : best), 0);
    const verdict = handWinner === test.winner ? `the winner stays ${winner}` : `the ballots make ${district.candidates[handWinner].name} the winner, not ${winner}`;
    return result('failed', `Escalated (${why}); the full hand count finds ${fmt(bad.length)} boxes that disagree (first: ${bad[0]}); ${verdict}.`);
  });
}

/** The first way the district's audit record contradicts itself or its seed, or null. */
function recordProblem(audit: RecordPaperAudit, a: RecordAuditDistrict, precincts: readonly number[], manifest: ReturnType<typeof reportedPaper>['manifest'], test: BravoTest, K: number): string | null {
  const n = a.draws.precinct.length;
  const threshold = `1 / risk limit (${fmt(+(1_000_000 / audit.riskLimitPerMillion).toPrecision(6))})`;
  if (a.sampleSize !== n) return `it says ${fmt(a.sampleSize)} ballots were drawn but lists ${fmt(n)}.`;
  if (n > audit.maxDraws) return `it lists ${fmt(n)} draws, beyond the cap of ${fmt(audit.maxDraws)}.`;
  if (n > 0 && manifest.total === 0) return `it lists ${fmt(n)} draws, but the district's protocols hold no paper ballot to draw.`;
  if (manifest.total > MAX_PAPER_BALLOTS) return `the district's protocols hold ${fmt(manifest.total)} paper ballots, more than the sampler draws among (${fmt(MAX_PAPER_BALLOTS)}).`;
  const readAt = new Map<string, number>();
  let confirmedAt = test.confirmed ? 0 : -1;
  for (let i = 0; i < n; i++) {
    const at = manifest.locate(auditDraw(audit.seed, a.districtId, i, manifest.total));
    if (at.precinct !== a.draws.precinct[i] || at.position !== a.draws.position[i]) {
      return `draw ${fmt(i + 1)} should be ballot ${fmt(at.position)} of precinct ${at.precinct} (from the audit seed), but the record says ballot ${fmt(a.draws.position[i])} of precinct ${a.draws.precinct[i]}.`;
    }
    const key = `${at.precinct}/${at.position}`;
    const read = a.draws.candidate[i];
    const before = readAt.get(key);
    if (before !== undefined && before !== read) return `ballot ${fmt(at.position)} of precinct ${at.precinct} was drawn twice and read as candidate ${before} and then ${read}.`;
    readAt.set(key, read);
    if (confirmedAt < 0 && test.observe(read)) confirmedAt = i + 1;
  }
  if (a.outcome === 'confirmed') {
    if (confirmedAt < 0) return `the test statistic does not reach ${threshold} by draw ${fmt(n)}, yet the record says the outcome was confirmed there.`;
    if (confirmedAt !== n) return `the test statistic reaches ${threshold} at draw ${fmt(confirmedAt)}, but the record goes on to ${fmt(n)}.`;
    if (a.handCount !== null) return 'it lists a hand count for a confirmed audit.';
    return null;
  }
  if (confirmedAt >= 0) return `the test statistic reaches ${threshold} at draw ${fmt(confirmedAt)}: the outcome was confirmed, so the escalation was not justified.`;
  if (!test.tied && manifest.total > 0 && n !== audit.maxDraws) return `it escalates after ${fmt(n)} draws, before the cap of ${fmt(audit.maxDraws)}.`;
  if (a.handCount === null) return 'it escalates but lists no hand count.';
  if (a.handCount.length !== precincts.length) return `its hand count holds ${fmt(a.handCount.length)} boxes; the district has ${fmt(precincts.length)}.`;
  for (let i = 0; i < n; i++) {
    const row = a.handCount[precincts.indexOf(a.draws.precinct[i])];
    const inBox = candidateAt(row, a.draws.position[i]);
    if ((inBox < 0 ? K : inBox) !== a.draws.candidate[i]) return `draw ${fmt(i + 1)} read candidate ${a.draws.candidate[i]}, but by the hand count of precinct ${a.draws.precinct[i]} ballot ${fmt(a.draws.position[i])} is candidate ${inBox < 0 ? K : inBox}.`;
  }
  return null;
}
