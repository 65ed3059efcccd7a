/**
 * Where the fields of a chained ledger entry's preimage lie (both versions: ledger-hash.ts and
 * ledger-entry-v2.ts). Each field is encodeTagged's u32be length then its bytes, so with a 24-byte
 * tag every field has a fixed offset. The WebAssembly chain loop (simulations/build/sha256-wat.ts)
 * writes the same fields at the same offsets, so both read them from here.
 */
export const ENTRY_LAYOUT = {
  /** The previous entry's hash, 32 bytes. */
  prev: 32,
  /** u32be fields. */
  index: 68,
  unixSeconds: 76,
  districtId: 84,
  /** The voter token, 8 bytes. */
  token: 92,
  /** The last field: the choice (v1, 1 byte) or the ballot digest (v2, 32 bytes). */
  last: 104,
} as const;
