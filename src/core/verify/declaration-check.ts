/**
 * The `declaration` check: the operator's signed statement of what the record promises, held
 * against what the record holds. A record that promised a public ledger, checkpoints at given
 * times, releases, a paper audit or the verifiable mode and lacks them fails here, and so does one
 * whose voting window, registers or audit parameters differ from what was signed; so does a
 * record with no declaration at all.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { verifyDeclaration } from '../../crypto/declaration.ts';
import type { Evidence } from './evidence.ts';
import type { ElectionRecord } from '../publication/record.ts';

const list = (xs: readonly number[]) => (xs.length === 0 ? 'none' : xs.length > 4 ? `${xs.slice(0, 4).join(', ')}, … (${xs.length})` : xs.join(', '));

export function checkDeclaration(record: ElectionRecord): Evidence {
  const base = { check: 'declaration' as const, districtId: null, independent: true, what: "The operator's signed declaration of what the record publishes was verified and held against the record." };
  const d = record.declaration;
  if (!d) {
    return {
      ...base,
      // Failed, not "not possible": a removed declaration is the one edit no signature shows, and
      // accepting its absence would let whoever strips it strip the evidence it promised too.
      status: 'failed',
      detail: 'The record carries no declaration: without the signed statement of what it publishes, evidence removed from it cannot be told from evidence never promised, so the record cannot be held to anything.',
      rulesOut: 'Nothing.',
    };
  }
  const problems = promisesBroken(record, d);
  const signed = verifyDeclaration({ electionId: record.electionId, ...d }, d.signature, record.operatorPublicKey);
  if (!signed) problems.unshift("its signature does not verify under the operator's key");
  return {
    ...base,
    status: problems.length > 0 ? 'failed' : 'passed',
    detail: problems.length > 0 ? `The declaration does not hold: ${problems.join('; ')}.` : 'The signature verifies and the record holds every piece of evidence it declares, with the declared times, registers and audit parameters.',
    rulesOut: 'Evidence removed from the record after publication (the ledger, checkpoints, releases, the paper audit), and edited voting windows, registers and audit parameters. Not what the operator chose not to publish in the first place.',
  };
}

/** Each way the record departs from its declaration, in words. */
function promisesBroken(r: ElectionRecord, d: NonNullable<ElectionRecord['declaration']>): string[] {
  const out: string[] = [];
  if (d.ledger === 'public' && !r.ledger) out.push('it declares a public ledger, but the record has none');
  if (d.ledger === 'none' && r.ledger) out.push('it declares no public ledger, but the record has one');
  if (d.revoteResolution !== r.revoteResolution) out.push(`it declares ${d.revoteResolution} re-vote resolution, the record says ${r.revoteResolution}`);
  if (d.policy !== r.policy) out.push(`it declares the re-vote policy ${d.policy}, the record says ${r.policy}`);
  if (d.onlineOpens !== r.onlineOpens || d.onlineCloses !== r.onlineCloses) out.push(`it declares voting from ${d.onlineOpens} to ${d.onlineCloses} (unix seconds), the record says ${r.onlineOpens} to ${r.onlineCloses}`);
  const times = r.checkpoints.map((c) => c.unixSeconds);
  if (times.join() !== d.checkpointTimes.join()) out.push(`it declares checkpoints at ${list(d.checkpointTimes)}, the record has them at ${list(times)}`);
  const releases = r.releases.map((x) => x.unixSeconds);
  if (releases.join() !== d.releaseTimes.join()) out.push(`it declares releases at ${list(d.releaseTimes)}, the record has them at ${list(releases)}`);
  const districts = (xs: readonly { id: number; registered: number; onlineRegistered: number }[]) => xs.map((x) => `${x.id}:${x.registered}:${x.onlineRegistered}`);
  const declared = districts(d.districts);
  const held = districts(r.districts);
  const bad = held.findIndex((x, i) => x !== declared[i]);
  if (held.length !== declared.length) out.push(`it declares ${declared.length} districts, the record has ${held.length}`);
  else if (bad >= 0) {
    const want = d.districts[bad];
    out.push(`it declares district ${want.id} with ${want.registered} registered voters and ${want.onlineRegistered} online registrants, the record says district ${r.districts[bad].id} with ${r.districts[bad].registered} and ${r.districts[bad].onlineRegistered}`);
  }
  const a = r.paperAudit;
  if (d.paperAudit && !a) out.push('it declares a paper audit, but the record has none');
  else if (!d.paperAudit && a) out.push('it declares no paper audit, but the record has one');
  else if (d.paperAudit && a && (d.paperAudit.riskLimitPerMillion !== a.riskLimitPerMillion || d.paperAudit.maxDraws !== a.maxDraws || bytesToHex(d.paperAudit.seed) !== bytesToHex(a.seed))) {
    out.push(`it declares the audit's risk limit ${d.paperAudit.riskLimitPerMillion} per million, cap ${d.paperAudit.maxDraws} draws and its seed; the record's audit has ${a.riskLimitPerMillion}, ${a.maxDraws}${bytesToHex(d.paperAudit.seed) === bytesToHex(a.seed) ? '' : ' and another seed'}`);
  }
  const e = r.e2e;
  if (d.e2e && !e) out.push('it declares the end-to-end verifiable mode, but the record has no e2e section');
  else if (!d.e2e && e) out.push('it declares no end-to-end verifiable mode, but the record has an e2e section');
  else if (d.e2e && e && (bytesToHex(d.e2e.electionKey) !== bytesToHex(e.electionKey) || d.e2e.threshold !== e.threshold)) out.push('it declares another election key or trustee threshold than the e2e section holds');
  return out;
}
