/**
 * The verifier's checks of the verifiable mode (docs/integrity.md): every encrypted ballot's proofs
 * ('ballot-proofs'), the encrypted tally against the sum of exactly the counted ballots
 * ('homomorphic-tally'), each trustee's partial decryption and the decrypted counts against the
 * release ('trustee-decryptions'), and every challenged ballot's opening ('spoiled-ballots').
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { decodeBallot } from '../../crypto/index.ts';
import { DlogTable } from '../../crypto/dlog.ts';
import { opens } from '../../crypto/elgamal.ts';
import { Point, scalarFromBytes } from '../../crypto/group.ts';
import { CHUNK, chunks, type CryptoSteps } from '../e2e/crypto-steps.ts';
import { addEncodedSums, decodeCiphertexts, electionKeyPoint, type VerifyJob, type VerifyResult } from '../e2e/e2e-jobs.ts';
import { checkDecryption } from '../e2e/e2e-trustees.ts';
import type { Evidence } from './evidence.ts';
import type { ElectionRecord, RecordE2e, RecordRelease } from '../publication/record.ts';

const fmt = (n: number) => n.toLocaleString('en-US');

export function* checkE2e(record: ElectionRecord, e2e: RecordE2e, countedEntry: Uint8Array | null, final: RecordRelease | null): CryptoSteps<Evidence[]> {
  const evidence: Evidence[] = [];
  const D = record.districts.length;
  const K = record.parties.length;
  const districtIndex = new Map(record.districts.map((d, i) => [d.id, i]));
  const ledger = record.ledger;
  const entries = ledger ? e2e.ballots.length : 0;

  // One pass over the ledger's ballots: proofs, and the sums of the counted ones; then the spoiled ones.
  const entryJobs: VerifyJob[] = chunks(entries, CHUNK).map(([a, b]) => ({
    electionId: record.electionId,
    electionKey: e2e.electionKey,
    candidates: K,
    ballots: e2e.ballots.slice(a, b),
    districtId: ledger!.districtId.slice(a, b),
    sumInto: Int32Array.from({ length: b - a }, (_, j) => (countedEntry && countedEntry[a + j] ? (districtIndex.get(ledger!.districtId[a + j]) ?? -1) : -1)),
    slots: D,
    proofs: true,
  }));
  const spoiledJobs: VerifyJob[] = chunks(e2e.spoiled.length, CHUNK).map(([a, b]) => ({
    electionId: record.electionId,
    electionKey: e2e.electionKey,
    candidates: K,
    ballots: e2e.spoiled.slice(a, b).map((s) => s.ballot),
    districtId: Uint32Array.from(e2e.spoiled.slice(a, b), (s) => s.districtId),
    sumInto: new Int32Array(b - a).fill(-1),
    slots: D,
    proofs: true,
  }));
  let keyProblem: string | null = null;
  try {
    electionKeyPoint(e2e.electionKey);
  } catch {
    keyProblem = 'The election key is not a valid group element.';
  }
  const results = keyProblem || entryJobs.length + spoiledJobs.length === 0 ? [] : ((yield { op: 'verify', jobs: [...entryJobs, ...spoiledJobs] }) as VerifyResult[]);
  const entryResults = results.slice(0, keyProblem ? 0 : entryJobs.length);
  const spoiledResults = results.slice(keyProblem ? 0 : entryJobs.length);
  const entryProblems = entryResults.flatMap((r) => r.problems);
  const spoiledProblems = spoiledResults.flatMap((r) => r.problems);

  // The trustees' commitments must give the election key (the key is theirs, not the operator's).
  const keyFromTrustees = (() => {
    try {
      return bytesToHex(e2e.trustees.reduce((acc, t) => acc.add(Point.fromBytes(t[0])), Point.ZERO).toBytes());
    } catch {
      return null;
    }
  })();
  const keyMatches = keyFromTrustees === bytesToHex(e2e.electionKey);
  // Every commitment makes the trustees' key shares: one that is no group element leaves them undefined.
  const badCommitment = (() => {
    for (const [t, commitments] of e2e.trustees.entries()) {
      for (const [j, c] of commitments.entries()) {
        try {
          Point.fromBytes(c);
        } catch {
          return `Commitment ${j + 1} of trustee ${t + 1} is not a valid group element: the trustees’ key shares cannot be derived.`;
        }
      }
    }
    return null;
  })();
  const maxCount = Math.max(1, ...record.districts.map((d) => d.onlineRegistered));
  let table: DlogTable | null = null;

  record.districts.forEach((district, d) => {
    const id = district.id;
    // Ballot proofs.
    const bad: string[] = [];
    let n = 0;
    for (let i = 0; i < entries; i++) {
      if (ledger!.districtId[i] !== id) continue;
      n++;
      const p = keyProblem ?? entryProblems[i];
      if (p) bad.push(`entry ${fmt(i)}: ${p}`);
    }
    evidence.push({
      check: 'ballot-proofs',
      districtId: id,
      status: !ledger ? 'not-possible' : bad.length > 0 ? 'failed' : 'passed',
      independent: true,
      what: `The zero-knowledge proofs of the ${fmt(n)} encrypted ballots in the published ledger were verified (each candidate 0 or 1, exactly one choice).`,
      detail: !ledger ? 'The ledger was not published.' : bad.length > 0 ? `${fmt(bad.length)} ballots fail; first: ${bad[0]}.` : 'Every proof verifies.',
      rulesOut: 'Malformed ballots: a ballot worth two votes, a negative vote, or none. Not a valid ballot made for another candidate than the voter chose (receipts and challenges catch those).',
    });

    // Homomorphic tally: the published encrypted tally is the sum of exactly the counted entries.
    const published = e2e.tallies[d].ciphertexts.map((c) => bytesToHex(c)).join('');
    if (!countedEntry || !ledger) {
      evidence.push({
        check: 'homomorphic-tally',
        districtId: id,
        status: 'not-possible',
        independent: true,
        what: 'The encrypted tally was recomputed from the counted encrypted ballots.',
        detail: !ledger ? 'The ledger was not published.' : 'Re-vote resolution is private: nobody outside can tell which encrypted ballots count.',
        rulesOut: 'Nothing.',
      });
    } else {
      const sums = entryResults.length > 0 ? addEncodedSums(entryResults.map((r) => r.sums[d])) : new Uint8Array(64 * K);
      const ok = !keyProblem && bytesToHex(sums) === published;
      evidence.push({
        check: 'homomorphic-tally',
        districtId: id,
        status: ok ? 'passed' : 'failed',
        independent: true,
        what: `The counted encrypted ballots (by the re-vote rule, ${record.policy}) were multiplied together and compared with the published encrypted tally.`,
        detail: ok ? 'The published encrypted tally is exactly the product of the counted ballots.' : 'The published encrypted tally differs from the product of the counted ballots.',
        rulesOut: 'A tally that leaves out, adds or swaps ballots: what the trustees decrypt is exactly the counted ballots.',
      });
    }

    // Trustee decryptions.
    let status: Evidence['status'];
    let detail: string;
    if (!keyMatches) {
      status = 'failed';
      detail = 'The trustees’ commitments do not give the published election key: someone else could hold the key.';
    } else if (badCommitment) {
      status = 'failed';
      detail = badCommitment;
    } else {
      table ??= new DlogTable(maxCount);
      let cts;
      try {
        cts = decodeCiphertexts(e2e.tallies[d].ciphertexts.length === K ? concat(e2e.tallies[d].ciphertexts) : new Uint8Array(0));
      } catch {
        cts = null;
      }
      if (!cts || cts.length !== K) {
        status = 'failed';
        detail = 'The published encrypted tally is not a list of valid ciphertexts.';
      } else {
        const check = checkDecryption(e2e.trustees, e2e.threshold, record.electionId, id, cts, e2e.tallies[d].partials, table);
        const missing = e2e.trustees.map((_, t) => t + 1).filter((t) => !check.valid.includes(t) && !check.invalid.includes(t));
        const released = final?.online[d] ?? null;
        if (check.invalid.length > 0) {
          status = 'failed';
          detail = `The partial decryption of trustee ${check.invalid.join(', ')} fails its proof${check.counts ? ' (the counts come from the others)' : ''}.`;
        } else if (check.duplicate.length > 0) {
          status = 'failed';
          detail = `Trustee ${check.duplicate.join(', ')} is listed more than once among the partial decryptions: a quorum is ${e2e.threshold} distinct trustees.`;
        } else if (!check.counts) {
          // The record releases a count and promises its proof: without a quorum the count stands unproven.
          status = 'failed';
          detail = `Only ${check.valid.length} of the ${e2e.threshold} trustees needed published a partial decryption${missing.length > 0 ? `; trustee ${missing.join(', ')} did not` : ''}: the tally cannot be decrypted, so the released count is unproven.`;
        } else {
          const wrong = check.counts.findIndex((x, k) => x !== (released?.[k] ?? -1));
          status = wrong >= 0 ? 'failed' : 'passed';
          detail =
            wrong >= 0
              ? `${district.candidates[wrong].name}: the trustees decrypt ${check.counts[wrong] < 0 ? 'no count within range' : fmt(check.counts[wrong])}, the release says ${released ? fmt(released[wrong]) : 'nothing'}.`
              : `Trustees ${check.valid.slice(0, e2e.threshold).join(', ')} decrypt exactly the released online count.`;
        }
        if (status !== 'failed' && check.invalid.length === 0 && missing.length > 0 && check.counts) detail += ` Trustee ${missing.join(', ')} published nothing.`;
      }
    }
    evidence.push({
      check: 'trustee-decryptions',
      districtId: id,
      status,
      independent: true,
      what: `Each trustee’s partial decryption of the encrypted tally was checked against its public key share, and ${e2e.threshold} of them combined.`,
      detail,
      rulesOut: 'A released online count that is not what the encrypted ballots hold, and a trustee publishing a wrong decryption.',
    });

    // Spoiled (challenged) ballots: the proofs, and the opening.
    const pk = keyProblem ? null : electionKeyPoint(e2e.electionKey);
    const spoiledBad: string[] = [];
    let spoiledHere = 0;
    e2e.spoiled.forEach((s, j) => {
      if (s.districtId !== id) return;
      spoiledHere++;
      const p = spoiledProblems[j] ?? (pk ? openingProblem(pk, s, K) : 'the election key is invalid');
      if (p) spoiledBad.push(`spoiled ballot ${j}: ${p}`);
    });
    evidence.push({
      check: 'spoiled-ballots',
      districtId: id,
      status: spoiledHere === 0 ? 'not-possible' : spoiledBad.length > 0 ? 'failed' : 'passed',
      independent: true,
      what: `${fmt(spoiledHere)} ballots that voters challenged instead of casting were opened with their revealed randomness.`,
      detail: spoiledHere === 0 ? 'No voter challenged a ballot.' : spoiledBad.length > 0 ? `${spoiledBad.length} do not open; first: ${spoiledBad[0]}.` : 'Every challenged ballot opens to the choice its app revealed.',
      rulesOut: 'An app that reveals a different encryption from the one it made. Whether the revealed choice is the voter’s is for the voter to see (challenges).',
    });
  });
  return evidence;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function openingProblem(pk: ReturnType<typeof electionKeyPoint>, s: RecordE2e['spoiled'][number], K: number): string | null {
  try {
    const ballot = decodeBallot(s.ballot, K);
    for (let k = 0; k < K; k++) {
      if (!opens(pk, ballot.ciphertexts[k], k === s.choice ? 1n : 0n, scalarFromBytes(s.randomness[k]))) return `candidate ${k} does not open to ${k === s.choice ? 1 : 0}`;
    }
    return null;
  } catch (e) {
    return `malformed: ${(e as Error).message}`;
  }
}
