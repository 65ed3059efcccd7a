/**
 * The live ledger: entries appended as phones cast, each hash-chained onto the one before with the
 * engine's ledger entry v1 (src/crypto/ledger-hash.ts), so the published ledger is an ordinary one.
 * Also the receipt a voter's client computes, and its short human code.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { EntryHasher, GENESIS, TOKEN_BYTES } from '../../crypto/ledger-hash.ts';

export interface LiveEntry {
  readonly unixSeconds: number;
  readonly districtId: number;
  /** The voter's pseudonym (TOKEN_BYTES). */
  readonly token: Uint8Array;
  /** Candidate index as stored (after any tampering as it arrived). */
  readonly choice: number;
  /** The student whose pseudonym it carries, or -1 for a seat nobody took. */
  readonly student: number;
  /** Who appended it: the student's phone, or the operator in their name. */
  readonly origin: 'phone' | 'operator';
}

const hasher = new EntryHasher();

/** Hash of entry `index` chained onto `prev` (32 bytes, GENESIS for the first). */
export function entryHash(prev: Uint8Array, index: number, e: Pick<LiveEntry, 'unixSeconds' | 'districtId' | 'token' | 'choice'>): Uint8Array {
  if (e.token.length !== TOKEN_BYTES) throw new RangeError(`token must be ${TOKEN_BYTES} bytes`);
  return hasher.hash(prev, 0, index, e.unixSeconds, e.districtId, e.token, 0, e.choice);
}

/** The chain of a list of entries, 32 bytes each. */
export function chainOf(entries: readonly LiveEntry[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  entries.forEach((e, i) => out.push(entryHash(i === 0 ? GENESIS : out[i - 1], i, e)));
  return out;
}

/** The head after `count` entries of a chain. */
export const headOf = (hashes: readonly Uint8Array[], count: number): Uint8Array => (count === 0 ? GENESIS : hashes[count - 1]);

/**
 * A receipt's short code for people: the first 40 bits of the entry hash in Crockford base 32,
 * as two groups of four (`7K2M-Q9XD`). Eight characters read aloud in class; the full hash stays on the phone.
 */
export function receiptCode(hash: Uint8Array): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let bits = 0;
  let value = 0;
  let out = '';
  for (let i = 0; out.length < 8; ) {
    if (bits < 5) {
      value = (value << 8) | hash[i++];
      bits += 8;
    }
    out += alphabet[(value >>> (bits - 5)) & 31];
    bits -= 5;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

export const hex = (b: Uint8Array): string => bytesToHex(b);
