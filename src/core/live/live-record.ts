/**
 * What a live class election publishes and what it proves: the election record (the same
 * format as a simulated run's, docs/record-format.md, so `npm run verify` checks it), the receipts
 * of the students who checked, the evidence (the engine's verifier), the verdicts and a
 * SimulationResult that the sandbox's results components show as they show a simulated run.
 */
import { aleaStreams } from '../base/random.ts';
import { formatLocal, isoUtc } from '../base/time.ts';
import { coveringCheckpoint, RECORD_FORMAT, type ElectionRecord, type RecordCheckpoint, type VoterReceipts } from '../publication/record.ts';
import { winnerOf } from '../publication/tally.ts';
import { declare, operatorRecount } from '../run/integrity.ts';
import { RESULT_FORMAT, type DistrictResult, type SimulationResult } from '../run/result.ts';
import { cityTotals, overallVerdict } from '../run/simulate.ts';
import { candidatesOf } from '../scenario/scenario.ts';
import { districtVerdict, type Verdict } from '../verdict/verdict.ts';
import type { Evidence } from '../verify/evidence.ts';
import { verifyRecord } from '../verify/verifier.ts';
import type { AttackEffect } from '../adversary/adversary.ts';
import { LiveError } from './class-setup.ts';
import { countedEntries } from './live-attacks.ts';
import type { LiveElection } from './live-election.ts';
import { chainOf, headOf, type LiveEntry } from './live-ledger.ts';

export interface LiveOutcome {
  readonly record: ElectionRecord;
  /** Receipts of the students who checked, as the verifier read them. */
  readonly receipts: readonly VoterReceipts[];
  readonly evidence: readonly Evidence[];
  readonly verdicts: readonly Verdict[];
  readonly result: SimulationResult;
}

const zeros = (n: number) => new Array<number>(n).fill(0);
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Paper per group: the box as found (plus stuffing), the protocol as published, the roll-book signatures; and the votes each paper attack touched. */
function paperOf(e: LiveElection) {
  const K = e.candidates;
  const boxes = e.paper.map((p) => (p ? [...p] : zeros(K)));
  const signatures = boxes.map(total);
  const protocols = boxes.map((b) => [...b]);
  const touched = new Map<number, number>();
  e.attacks.forEach((a, n) => {
    const { kind, beneficiary, size, districtId } = a.attack;
    if (kind !== 'stuff-paper' && kind !== 'rewrite-protocols') return;
    const targets = districtId === null ? e.districtIds : [districtId];
    let votes = 0;
    for (const d of targets) {
      if (kind === 'stuff-paper') {
        boxes[d - 1][beneficiary] += size;
        protocols[d - 1][beneficiary] += size;
        votes += size;
      } else {
        // Moves votes from the strongest rivals first, as far as the protocol holds them.
        for (let moved = 0; moved < size; moved++) {
          const p = protocols[d - 1];
          let from = -1;
          p.forEach((x, k) => {
            if (k !== beneficiary && x > 0 && (from < 0 || x > p[from])) from = k;
          });
          if (from < 0) break;
          p[from]--;
          p[beneficiary]++;
          votes++;
        }
      }
    }
    touched.set(n, votes);
  });
  return { boxes, protocols, signatures, touched };
}

/** Online counts of a ledger under the class's rule: per group, per candidate, and ballots stored per group. */
function countLedger(e: LiveElection, ledger: readonly LiveEntry[]) {
  const online = e.districtIds.map(() => zeros(e.candidates));
  const cast = zeros(e.districtIds.length);
  for (const i of countedEntries(ledger, e.setup.policy)) online[ledger[i].districtId - 1][ledger[i].choice]++;
  for (const x of ledger) cast[x.districtId - 1]++;
  return { online, cast };
}

/** The public record of a published election, declared and signed by the operator. */
export function liveRecord(e: LiveElection): ElectionRecord {
  if (e.phase !== 'published' || e.opensAt === null || e.closesAt === null) throw new LiveError('phase', 'the record exists once the results are published', 409);
  const D = e.districtIds.length;
  const last = e.releases.length - 1;
  const ledger = e.ledgerAt(last);
  // The close checkpoint: over the live chain, or over the rebuilt one when the operator rewrote history and re-signed.
  const rebuilt = e.changes.some((c) => c.rebuild && c.fromRelease <= last);
  const signedChain = rebuilt ? chainOf(e.entries.map((x, i) => ({ ...x, choice: e.changes.findLast((c) => c.rebuild && c.entry === i)?.choice ?? x.choice }))) : e.hashes;
  const close: RecordCheckpoint = e.signedCheckpoint(e.entries.length, headOf(signedChain, e.entries.length), e.closesAt);
  const releases = e.releases.map((at, r) => {
    const c = countLedger(e, e.ledgerAt(r));
    return { unixSeconds: at, label: r === 0 ? 'Online results published' : `Online results republished after recount ${r}`, online: c.online, onlineCast: c.cast };
  });
  const paper = paperOf(e);
  const final = releases[last];
  const ids = e.districtIds;
  const record: Omit<ElectionRecord, 'declaration'> = {
    format: RECORD_FORMAT,
    electionId: e.electionId,
    policy: e.setup.policy,
    revoteResolution: 'public',
    onlineOpens: e.opensAt,
    onlineCloses: e.closesAt,
    parties: e.scenario.parties.map((p) => ({ id: p.id, name: p.name })),
    districts: e.scenario.districts.map((spec) => ({
      id: spec.id,
      name: spec.name,
      registered: spec.registered,
      onlineRegistered: e.setup.online ? spec.registered : 0,
      candidates: candidatesOf(e.scenario, spec),
    })),
    operatorPublicKey: e.keys.publicKey,
    ledger: {
      count: ledger.length,
      unixSeconds: Uint32Array.from(ledger, (x) => x.unixSeconds),
      districtId: Uint32Array.from(ledger, (x) => x.districtId),
      choice: Uint8Array.from(ledger, (x) => x.choice),
      tokens: concat(ledger.map((x) => x.token)),
    },
    paperCancelled: null,
    checkpoints: [...e.checkpoints, close],
    releases,
    precincts: e.setup.paper
      ? { districtId: ids, paperRoll: e.setup.groups.map((g) => g.students), signatures: paper.signatures, counts: paper.protocols }
      : { districtId: [], paperRoll: [], signatures: [], counts: [] },
    handRecounts: e.setup.paper ? e.handRecounts.map((d) => ({ precinct: d - 1, counts: paper.boxes[d - 1], signatures: paper.signatures[d - 1] })) : [],
    paperAudit: null,
    published: Array.from({ length: D }, (_, d) => final.online[d].map((x, k) => x + (e.setup.paper ? paper.protocols[d][k] : 0))),
  };
  return { ...record, declaration: declare(record, e.keys.secretKey) };
}

/** A student's receipts as they hand them to the verifier. */
export function studentReceipts(e: LiveElection, record: ElectionRecord, student: number): VoterReceipts {
  const s = e.students[student];
  return {
    districtId: s.districtId,
    pseudonym: s.pseudonym,
    voted: s.receipts.length > 0,
    receipts: s.receipts.map((r) => {
      const c = coveringCheckpoint(record.checkpoints, r.index);
      return { index: r.index, hash: r.hash, checkpoint: c < 0 ? null : c };
    }),
  };
}

/** One student's check of their receipts against the published record: the verifier's receipt evidence for them alone. */
export function checkStudent(e: LiveElection, student: number): Evidence {
  const record = liveRecord(e);
  const mine = studentReceipts(e, record, student);
  const evidence = verifyRecord(record, { receipts: [mine] }).evidence;
  return evidence.find((x) => x.check === 'receipts' && x.districtId === mine.districtId)!;
}

/** The record, the checks made so far (the operator's, the verifier's, the students' receipts), the verdicts, and the result. */
export function liveOutcome(e: LiveElection): LiveOutcome {
  const record = liveRecord(e);
  const receipts = e.students.flatMap((s, i) => (s.checked ? [studentReceipts(e, record, i)] : []));
  const flat = (rows: readonly (readonly number[])[]) => Float64Array.from(rows.flat());
  const evidence: Evidence[] = [operatorRecount(record.releases.map((r) => ({ online: flat(r.online) }))), ...verifyRecord(record, { receipts }).evidence];
  const paper = paperOf(e);
  const verdicts = e.scenario.districts.map((spec, d) =>
    districtVerdict({
      districtId: spec.id,
      evidence,
      published: record.published[d],
      onlineRegistered: record.districts[d].onlineRegistered,
      precincts: e.setup.paper ? 1 : 0,
      maxPrecinctBallots: e.setup.paper ? paper.signatures[d] : 0,
    }),
  );
  return { record, receipts, evidence, verdicts, result: resultOf(e, record, evidence, verdicts, paper) };
}

function resultOf(e: LiveElection, record: ElectionRecord, evidence: Evidence[], verdicts: Verdict[], paper: ReturnType<typeof paperOf>): SimulationResult {
  const K = e.candidates;
  const final = record.releases.at(-1)!;
  // The truth: every student's ballot as their phone sent it, under the class's rule, and the boxes as counted.
  const honestOnline = e.districtIds.map(() => zeros(K));
  const revoters = zeros(e.districtIds.length);
  const voters = zeros(e.districtIds.length);
  for (const s of e.students) {
    if (s.cast.length === 0) continue;
    honestOnline[s.districtId - 1][e.setup.policy === 'none' ? s.cast[0] : s.cast[s.cast.length - 1]]++;
    voters[s.districtId - 1]++;
    if (s.cast.length > 1) revoters[s.districtId - 1]++;
  }
  const counted = e.paper.map((p) => (p ? [...p] : zeros(K)));
  const ledger = record.ledger!;
  const effects: AttackEffect[] = e.attacks.flatMap((a, n) => {
    const targets = a.attack.districtId === null ? e.districtIds : [a.attack.districtId];
    const paperTouched = paper.touched.get(n);
    return targets.map((d) => ({
      attack: n,
      kind: a.attack.kind,
      beneficiary: e.scenario.parties[a.attack.beneficiary].id,
      when: a.phase === 'open' ? ('during-voting' as const) : ('after-close' as const),
      districtId: d,
      ballots: paperTouched !== undefined ? Math.round(paperTouched / targets.length) : a.entries.filter((i) => e.entries[i].districtId === d).length + a.victims.filter((v) => e.students[v].districtId === d && !a.entries.some((i) => e.entries[i].student === v)).length,
    }));
  });
  const districts: DistrictResult[] = record.districts.map((spec, d) => {
    const lot = () => aleaStreams(e.scenario.seed, `tiebreak/${spec.id}`);
    const idOf = (k: number) => (k < 0 ? null : spec.candidates[k].id);
    const paperRow = e.setup.paper ? paper.protocols[d] : zeros(K);
    const truth = honestOnline[d].map((x, k) => x + (e.setup.paper ? counted[d][k] : 0));
    const paperLeader = e.setup.paper && total(paperRow) > 0 ? idOf(winnerOf(paperRow, lot)) : null;
    const publishedWinner = idOf(winnerOf(record.published[d], lot));
    const onlineCounted = total(final.online[d]);
    return {
      id: spec.id,
      name: spec.name,
      registered: spec.registered,
      precincts: e.setup.paper ? 1 : 0,
      candidates: spec.candidates,
      truth,
      paper: paperRow,
      online: final.online[d],
      published: record.published[d],
      sincere: truth,
      paperLeader,
      publishedWinner,
      truthWinner: idOf(winnerOf(truth, lot)),
      flipped: paperLeader !== null && publishedWinner !== paperLeader,
      turnout: voters[d] + (e.setup.paper ? total(counted[d]) : 0),
      paperBallots: total(paperRow),
      onlineRegistered: spec.onlineRegistered,
      onlineCast: final.onlineCast[d],
      onlineCounted,
      revoters: revoters[d],
      verdict: verdicts[d],
      tamperedBallots: effects.filter((x) => x.districtId === spec.id).reduce((a, x) => a + x.ballots, 0),
      coercion: { coerced: 0, escaped: 0, deterred: 0, refused: 0 },
      paperAudit: null,
    };
  });
  const ms = (unix: number) => unix * 1000;
  return {
    format: RESULT_FORMAT,
    seed: e.scenario.seed,
    scenarioName: e.setup.name,
    policy: e.setup.policy,
    parties: e.scenario.parties.map((p) => ({ id: p.id, name: p.name, ruling: false })),
    totals: cityTotals(districts),
    districts,
    verdict: overallVerdict(districts),
    evidence,
    attacks: effects,
    publication: {
      ledgerEntries: ledger.count,
      ledgerPublic: true,
      revoteResolution: 'public',
      checkpoints: record.checkpoints.length,
      receiptCheckers: e.students.filter((s) => s.checked).length,
      receiptCheckTime: 'after-publication',
      handRecounts: record.handRecounts.length,
    },
    timeline: {
      onlineOpens: isoUtc(ms(record.onlineOpens)),
      onlineCloses: isoUtc(ms(record.onlineCloses)),
      pollsClose: isoUtc(ms(record.onlineCloses)),
      steps: record.releases.map((r) => ({
        at: isoUtc(ms(r.unixSeconds)),
        local: formatLocal(ms(r.unixSeconds), 0),
        kind: 'online' as const,
        label: r.label,
        reported: districts.map((d) => d.precincts),
        counts: r.online.map((row, d) => row.map((x, k) => x + (e.setup.paper ? paper.protocols[d][k] : 0))),
      })),
    },
    precincts: {
      districtId: record.precincts.districtId,
      registered: record.precincts.paperRoll,
      paperRoll: record.precincts.paperRoll,
      counts: record.precincts.counts,
      reportedAt: record.precincts.districtId.map(() => isoUtc(ms(record.onlineCloses))),
    },
    scenario: e.scenario,
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
