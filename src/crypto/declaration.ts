/**
 * The operator's signed declaration of a record's verifiability: what evidence the record promises
 * (a public ledger, the checkpoint and release times, the re-vote rule and its resolution, a paper
 * audit and its parameters, the verifiable mode's key) and the bounds it is held to (each
 * district's registered voters and online registrants, the voting window). A record that promised
 * evidence and lacks it then fails a check instead of passing as one that never promised it.
 *
 *   encodeTagged("tally-lab/declaration@1", [utf8(electionId), utf8(ledger), utf8(revoteResolution),
 *     utf8(policy), u32be(onlineOpens), u32be(onlineCloses), u32be-list(checkpointTimes),
 *     u32be-list(releaseTimes), (u32be(id) ‖ u32be(registered) ‖ u32be(onlineRegistered))-list,
 *     paperAudit (u32be(riskLimitPerMillion) ‖ u32be(maxDraws) ‖ seed, or empty),
 *     e2e (electionKey ‖ u32be(threshold), or empty)])
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { encodeTagged, u32be } from './encoding.ts';

export const DECLARATION_TAG = 'tally-lab/declaration@1';

export interface DeclarationBody {
  readonly electionId: string;
  readonly ledger: 'public' | 'none';
  readonly revoteResolution: 'public' | 'private';
  readonly policy: string;
  readonly onlineOpens: number;
  readonly onlineCloses: number;
  readonly checkpointTimes: readonly number[];
  readonly releaseTimes: readonly number[];
  readonly districts: readonly { readonly id: number; readonly registered: number; readonly onlineRegistered: number }[];
  readonly paperAudit: { readonly riskLimitPerMillion: number; readonly maxDraws: number; readonly seed: Uint8Array } | null;
  readonly e2e: { readonly electionKey: Uint8Array; readonly threshold: number } | null;
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const u32List = (xs: readonly number[]) => concat(xs.map(u32be));

export function declarationMessage(d: DeclarationBody): Uint8Array {
  if (d.paperAudit && d.paperAudit.seed.length !== 32) throw new RangeError(`declaration: the audit seed must be 32 bytes, got ${d.paperAudit.seed.length}`);
  if (d.e2e && d.e2e.electionKey.length !== 32) throw new RangeError(`declaration: the election key must be 32 bytes, got ${d.e2e.electionKey.length}`);
  return encodeTagged(DECLARATION_TAG, [
    utf8ToBytes(d.electionId),
    utf8ToBytes(d.ledger),
    utf8ToBytes(d.revoteResolution),
    utf8ToBytes(d.policy),
    u32be(d.onlineOpens),
    u32be(d.onlineCloses),
    u32List(d.checkpointTimes),
    u32List(d.releaseTimes),
    concat(d.districts.map((x) => concat([u32be(x.id), u32be(x.registered), u32be(x.onlineRegistered)]))),
    d.paperAudit ? concat([u32be(d.paperAudit.riskLimitPerMillion), u32be(d.paperAudit.maxDraws), d.paperAudit.seed]) : new Uint8Array(0),
    d.e2e ? concat([d.e2e.electionKey, u32be(d.e2e.threshold)]) : new Uint8Array(0),
  ]);
}

export function signDeclaration(d: DeclarationBody, secretKey: Uint8Array): Uint8Array {
  return ed25519.sign(declarationMessage(d), secretKey);
}

export function verifyDeclaration(d: DeclarationBody, signature: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, declarationMessage(d), publicKey);
  } catch {
    return false;
  }
}
