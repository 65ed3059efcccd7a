/**
 * The class file a teacher exports after a live election and loads later: the election record
 * (what `npm run verify` checks), the receipts of the students who checked, and the result with
 * the class's ground truth. Loading re-runs the verifier on the record and receipts, so the
 * evidence and verdicts shown come from the record, not from what the file says about itself.
 */
import { recordFromJson, receiptsFromJson, receiptsToJson, recordToJson, type ElectionRecord, type VoterReceipts } from '../publication/record.ts';
import { operatorRecount } from '../run/integrity.ts';
import type { SimulationResult } from '../run/result.ts';
import { overallVerdict } from '../run/simulate.ts';
import { districtVerdict } from '../verdict/verdict.ts';
import { verifyRecord } from '../verify/verifier.ts';
import { LiveError } from './class-setup.ts';
import type { LiveOutcome } from './live-record.ts';

export const CLASS_FILE_FORMAT = 'tally-lab/live-class@1';

export function classFileJson(o: LiveOutcome): unknown {
  return { format: CLASS_FILE_FORMAT, record: recordToJson(o.record), receipts: receiptsToJson(o.receipts), result: o.result };
}

export interface LoadedClass {
  readonly record: ElectionRecord;
  readonly receipts: readonly VoterReceipts[];
  readonly result: SimulationResult;
}

/** Reads a class file and checks its record again; a file that is not one gets a LiveError naming the field. */
export function loadClassFile(json: unknown): LoadedClass {
  if (typeof json !== 'object' || json === null) throw new LiveError('file', 'must be a JSON object');
  const o = json as Record<string, unknown>;
  if (o.format !== CLASS_FILE_FORMAT) throw new LiveError('format', `must be ${JSON.stringify(CLASS_FILE_FORMAT)} (a class file exported from the Live tab), got ${JSON.stringify(o.format)}`);
  let record: ElectionRecord;
  let receipts: VoterReceipts[];
  try {
    record = recordFromJson(o.record);
    receipts = receiptsFromJson(o.receipts);
  } catch (err) {
    throw new LiveError('record', err instanceof Error ? err.message : String(err));
  }
  const saved = o.result as SimulationResult | undefined;
  if (!saved || typeof saved !== 'object' || !Array.isArray(saved.districts) || saved.districts.length !== record.districts.length) {
    throw new LiveError('result', `must hold one district per group of the record (${record.districts.length})`);
  }
  const flat = (rows: readonly (readonly number[])[]) => Float64Array.from(rows.flat());
  const evidence = [operatorRecount(record.releases.map((r) => ({ online: flat(r.online) }))), ...verifyRecord(record, { receipts }).evidence];
  const districts = saved.districts.map((d, i) => ({
    ...d,
    verdict: districtVerdict({
      districtId: record.districts[i].id,
      evidence,
      published: record.published[i],
      onlineRegistered: record.districts[i].onlineRegistered,
      precincts: record.precincts.districtId.filter((id) => id === record.districts[i].id).length,
      maxPrecinctBallots: Math.max(0, ...record.precincts.signatures.filter((_, p) => record.precincts.districtId[p] === record.districts[i].id)),
    }),
  }));
  return { record, receipts, result: { ...saved, districts, evidence, verdict: overallVerdict(districts) } };
}
