/**
 * The record file's text in pieces, byte for byte what `JSON.stringify(recordToJson(record))` gives, without
 * ever holding it whole: a city-scale ledger is millions of entries, and its JSON (tens of megabytes, plus
 * the plain arrays JSON.stringify needs first) would double the writer's memory. Small fields go through
 * JSON.stringify as before; the ledger's columns and the cancelled pseudonyms are written a slice at a time.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { recordToJson, type ElectionRecord, type RecordLedger } from './record.ts';

/** Entries per piece: a few hundred kilobytes of text, so pieces stay small and few. */
const SLICE = 1 << 16;

/** A typed column as a JSON list of its numbers (typed-array join prints them as JSON does). */
function* numberList(column: Uint8Array | Uint32Array): Generator<string> {
  yield '[';
  for (let at = 0; at < column.length; at += SLICE) yield (at === 0 ? '' : ',') + column.subarray(at, at + SLICE).join(',');
  yield ']';
}

/** Bytes as one JSON string of lowercase hex. */
function* hexString(bytes: Uint8Array): Generator<string> {
  yield '"';
  for (let at = 0; at < bytes.length; at += SLICE * 8) yield bytesToHex(bytes.subarray(at, at + SLICE * 8));
  yield '"';
}

function* ledgerPieces(l: RecordLedger): Generator<string> {
  yield `{"count":${JSON.stringify(l.count)},"unixSeconds":`;
  yield* numberList(l.unixSeconds);
  yield ',"districtId":';
  yield* numberList(l.districtId);
  if (l.choice) {
    yield ',"choice":';
    yield* numberList(l.choice);
  }
  yield ',"tokens":';
  yield* hexString(l.tokens);
  yield '}';
}

/** The record file's JSON (no trailing newline), in pieces whose concatenation equals JSON.stringify(recordToJson(record)). */
export function* recordJsonPieces(record: ElectionRecord): Generator<string> {
  // The small fields, converted as recordToJson converts them and in its key order; the large ones are streamed in their place.
  const rest = recordToJson({ ...record, ledger: null, paperCancelled: null }) as Record<string, unknown>;
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue; // JSON.stringify leaves such keys out
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (key === 'ledger' && record.ledger) yield* ledgerPieces(record.ledger);
    else if (key === 'paperCancelled' && record.paperCancelled) yield* hexString(record.paperCancelled);
    else yield JSON.stringify(value);
  }
  yield '}';
}
