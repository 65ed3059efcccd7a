/**
 * The worker side of <ledger-explorer>'s LedgerSource: rows of the published ledger of a run, a
 * range at a time. Pure (no DOM, no worker APIs), so it runs in the worker, in Node and in tests.
 * Wiring it into the engine worker is one method that keeps the last SimulationRun:
 *
 *   ledgerRows(start, end, teacher) { return ledgerRows(lastRun, start, end, teacher); }
 *
 * The expensive parts are computed once per run and kept in a WeakMap keyed by the run (the
 * published chain comes with the run: integrity.publishedHashes): the state of each
 * published ballot under the re-vote policy (teacher view only, computed on first use), and the
 * checkpoints by the entry whose hash they sign.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { Added, Tamper, TAMPER_LABELS } from '../adversary/adversary.ts';
import { formatLocal } from '../base/time.ts';
import { BALLOT_STATE_LABELS, resolveBallots, type BallotState } from '../casting/resolve.ts';
import type { SimulationRun } from '../run/simulate.ts';
import type { CheckpointMark, LedgerRow, LedgerTeacherFields } from './ledger-source.ts';

const TOKEN_BYTES = 8;
const HASH_BYTES = 32;
const ZERO_HASH = '0'.repeat(2 * HASH_BYTES);

interface RunRows {
  /** 32 bytes per published entry: the published chain. */
  readonly hashes: Uint8Array;
  /** Per published entry: BallotState under the policy, computed on the first teacher request. */
  state: Uint8Array | undefined;
  /** Checkpoints by the index of the last entry they cover. */
  readonly checkpoints: ReadonlyMap<number, readonly CheckpointMark[]>;
}

const cache = new WeakMap<SimulationRun, RunRows>();

function prepare(run: SimulationRun): RunRows {
  const known = cache.get(run);
  if (known) return known;
  const { published, record } = run.integrity;
  const hashes = run.integrity.publishedHashes;
  const offset = run.scenario.timeZone.utcOffsetMinutes;
  const checkpoints = new Map<number, CheckpointMark[]>();
  record.checkpoints.forEach((c, i) => {
    // A checkpoint over an empty ledger covers no entry: there is no row to mark.
    if (c.count === 0) return;
    const last = c.count - 1;
    const headMatches = last < published.count && equalBytes(c.head, hashes, last * HASH_BYTES);
    const mark: CheckpointMark = { number: i + 1, localTime: formatLocal(c.unixSeconds * 1000, offset), count: c.count, headMatches };
    (checkpoints.get(last) ?? checkpoints.set(last, []).get(last)!).push(mark);
  });
  const rows: RunRows = { hashes, state: undefined, checkpoints };
  cache.set(run, rows);
  return rows;
}

/**
 * Rows `start` (inclusive) to `end` (exclusive) of the run's published ledger, clamped to the
 * ledger. Teacher fields (the voter, where the ballot came from, what the adversary did to it,
 * whether it counts) only when `teacher` is true.
 */
export function ledgerRows(run: SimulationRun, start: number, end: number, teacher: boolean): LedgerRow[] {
  const ledger = run.integrity.published;
  const from = Math.max(0, Math.floor(start));
  const to = Math.min(ledger.count, Math.floor(end));
  if (!(to > from)) return [];
  const prepared = prepare(run);
  const { hashes } = prepared;
  if (teacher && !prepared.state) prepared.state = resolveBallots(ledger, run.casting.status, run.scenario.revoting.policy);
  const offset = run.scenario.timeZone.utcOffsetMinutes;
  const unixOpens = run.integrity.live.unixOpens;
  const districts = run.result.districts;
  const parties = run.result.parties;
  // The verifiable mode never publishes choices: only the teacher sees what an encrypted ballot holds.
  const sealed = run.scenario.e2e.enabled && !teacher;

  const out: LedgerRow[] = [];
  for (let i = from; i < to; i++) {
    const district = districts[ledger.district[i]];
    const k = ledger.choice[i];
    const unixSeconds = unixOpens + ledger.time[i];
    const seconds = String(((unixSeconds % 60) + 60) % 60).padStart(2, '0');
    const marks = prepared.checkpoints.get(i);
    const row: LedgerRow = {
      index: i,
      localTime: `${formatLocal(unixSeconds * 1000, offset)}:${seconds}`,
      districtId: district.id,
      districtName: district.name,
      token: bytesToHex(ledger.tokens.subarray(i * TOKEN_BYTES, (i + 1) * TOKEN_BYTES)),
      choice: sealed ? 'encrypted ballot' : (district.candidates[k]?.name ?? `party #${k}`),
      party: sealed ? '' : (parties[k]?.name ?? `party #${k}`),
      hash: bytesToHex(hashes.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES)),
      prevHash: i === 0 ? ZERO_HASH : bytesToHex(hashes.subarray((i - 1) * HASH_BYTES, i * HASH_BYTES)),
      ...(marks ? { checkpoints: marks } : {}),
      ...(teacher ? { teacher: teacherFields(ledger, prepared.state!, i) } : {}),
    };
    out.push(row);
  }
  return out;
}

function teacherFields(ledger: SimulationRun['integrity']['published'], state: Uint8Array, i: number): LedgerTeacherFields {
  const added = ledger.honestRow[i] < 0;
  const cause = ledger.cause[i];
  const code = ledger.tamper[i];
  const ballotState = BALLOT_STATE_LABELS[state[i] as BallotState] ?? 'counted';
  return {
    voterIndex: ledger.voter[i],
    // Added ballots carry an Added cause; anything else the adversary adds would show as injected.
    origin: !added ? 'honest' : cause === Added.phantom ? 'ballot for an abstainer' : 'injected re-vote',
    tamper: code === Tamper.none ? null : (TAMPER_LABELS[code] ?? `tampered (code ${code})`),
    superseded: ballotState !== 'counted',
    state: ballotState,
  };
}

function equalBytes(a: Uint8Array, b: Uint8Array, at: number): boolean {
  if (a.length !== HASH_BYTES) return false;
  for (let j = 0; j < HASH_BYTES; j++) if (a[j] !== b[at + j]) return false;
  return true;
}
