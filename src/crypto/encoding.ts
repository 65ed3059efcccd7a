/**
 * The byte encoding every hashed or signed message uses: a domain tag, then each field, each
 * preceded by its length as a 4-byte big-endian integer (docs/record-format.md). Another
 * language reproduces a hash from this description alone.
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** `u32be(len(tag)) ‖ tag ‖ (u32be(len(f)) ‖ f)*` */
export function encodeTagged(tag: string, fields: readonly Uint8Array[]): Uint8Array {
  const tagBytes = utf8ToBytes(tag);
  const size = 4 + tagBytes.length + fields.reduce((n, f) => n + 4 + f.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const part of [tagBytes, ...fields]) {
    view.setUint32(at, part.length);
    out.set(part, at + 4);
    at += 4 + part.length;
  }
  return out;
}

export function u32be(n: number): Uint8Array {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff_ffff) throw new RangeError(`u32be: ${n} is not a 32-bit unsigned integer`);
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}
