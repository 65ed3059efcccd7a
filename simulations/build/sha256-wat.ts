/**
 * The WebAssembly text of the ledger's SHA-256 (FIPS 180-4), generated here so that its 64 rounds can
 * be written out in full: each round names the working variables a…h by rotation instead of moving
 * eight values, and keeps the message schedule in sixteen locals, so a block costs no memory traffic
 * beyond reading its 64 bytes. Unrolled, it hashes ~20 % faster than the same code as a loop.
 *
 * Two exports:
 * - `hash(blocks)` knows nothing of padding or chaining: the caller writes an already padded message
 *   of `blocks` 64-byte blocks at MESSAGE_AT, and the 32-byte digest is left at DIGEST_AT. The
 *   ledger's preimages have a fixed length, so their padding is written once
 *   (src/crypto/padded-sha256.ts), and a digest is one call with no allocation and no copy in.
 * - `chain(count, first, lastBytes, blocks)` is the ledger's hot loop itself: for `count` entries of
 *   a chunk of columns (CHUNK_*_AT), it writes each entry's fields into the preimage at MESSAGE_AT
 *   (the offsets of src/crypto/ledger-entry-layout.ts), hashes it, and chains: the digest goes to the
 *   chunk's hashes and, kept in locals, into the next entry's first block as its previous hash (the
 *   first entry's is read from the preimage, where the caller wrote it). JavaScript then does nothing
 *   per entry; it fills columns and copies hashes out, a chunk at a time.
 */
import { ENTRY_LAYOUT } from '../../src/crypto/ledger-entry-layout.ts';

/** Where the caller writes the padded message, and how many blocks fit before the digest. */
export const MESSAGE_AT = 1024;
export const MAX_BLOCKS = 8;
export const DIGEST_AT = MESSAGE_AT + 64 * MAX_BLOCKS;

/**
 * The chain loop's columns, CHAIN_CHUNK entries at a time: unix seconds and district ids (u32, the
 * platform's byte order, as a Uint32Array writes them), tokens (8 bytes each), the last field (one
 * byte each for v1, 32 for v2), and the hashes it makes (32 bytes each).
 */
export const CHAIN_CHUNK = 4096;
export const CHUNK_UNIX_AT = 2048;
export const CHUNK_DISTRICT_AT = CHUNK_UNIX_AT + 4 * CHAIN_CHUNK;
export const CHUNK_TOKENS_AT = CHUNK_DISTRICT_AT + 4 * CHAIN_CHUNK;
export const CHUNK_LAST_AT = CHUNK_TOKENS_AT + 8 * CHAIN_CHUNK;
export const CHUNK_HASHES_AT = CHUNK_LAST_AT + 32 * CHAIN_CHUNK;
const PAGES = Math.ceil((CHUNK_HASHES_AT + 32 * CHAIN_CHUNK) / 65536);

/** First 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4 §4.2.2). */
const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
  0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
  0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
  0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/** The initial hash value H(0) (FIPS 180-4 §5.3.3). */
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const VARS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const get = (name: string) => `(local.get $${name})`;
const i32 = (n: number) => `(i32.const ${n | 0})`;
const rotr = (x: string, n: number) => `(i32.rotr ${x} ${i32(n)})`;
const xor3 = (x: string, y: string, z: string) => `(i32.xor (i32.xor ${x} ${y}) ${z})`;
const add = (...xs: string[]): string => xs.reduce((sum, x) => `(i32.add ${sum} ${x})`);
/** A word read little-endian by i32.load, as SHA-256 reads it: big-endian (written out in place, not called). */
const byteSwap = (x: string) => `(i32.or (i32.and (i32.rotl ${x} ${i32(8)}) ${i32(0x00ff00ff)}) (i32.and (i32.rotr ${x} ${i32(8)}) ${i32(0xff00ff00)}))`;

/**
 * Round t: w_t (read from the block, or already in its local where `wordsInLocals`; from round 16,
 * scheduled from earlier words), then the compression step.
 */
function round(t: number, wordsInLocals = false): string {
  // After round t the variable that held h holds the new a, so round t's a…h are VARS rotated by t.
  const [a, b, c, d, e, f, g, h] = VARS.map((_, k) => VARS[(k - (t % 8) + 8) % 8]);
  const w = `w${t % 16}`;
  let schedule: string;
  if (t < 16) schedule = wordsInLocals ? '' : `(local.set $${w} (i32.load offset=${4 * t} ${get('block')})) (local.set $${w} ${byteSwap(get(w))})`;
  else {
    const w15 = get(`w${(t - 15) % 16}`);
    const w2 = get(`w${(t - 2) % 16}`);
    const sigma0 = xor3(rotr(w15, 7), rotr(w15, 18), `(i32.shr_u ${w15} ${i32(3)})`);
    const sigma1 = xor3(rotr(w2, 17), rotr(w2, 19), `(i32.shr_u ${w2} ${i32(10)})`);
    schedule = `(local.set $${w} ${add(get(w), sigma0, get(`w${(t - 7) % 16}`), sigma1)})`;
  }
  const Sigma1 = xor3(rotr(get(e), 6), rotr(get(e), 11), rotr(get(e), 25));
  const ch = `(i32.xor ${get(g)} (i32.and ${get(e)} (i32.xor ${get(f)} ${get(g)})))`; // (e ∧ f) ⊕ (¬e ∧ g)
  const Sigma0 = xor3(rotr(get(a), 2), rotr(get(a), 13), rotr(get(a), 22));
  const maj = `(i32.or (i32.and ${get(a)} ${get(b)}) (i32.and ${get(c)} (i32.or ${get(a)} ${get(b)})))`;
  return [
    `    ;; round ${t}`,
    `    ${schedule}`,
    `    (local.set $t1 ${add(get(h), Sigma1, ch, i32(K[t]), get(w))})`,
    `    (local.set $${d} (i32.add ${get(d)} (local.get $t1)))`,
    `    (local.set $${h} ${add(get('t1'), Sigma0, maj)})`,
  ].join('\n');
}

/**
 * h0…h7 := SHA-256 of the padded message of `blocks` blocks at MESSAGE_AT (blocks masked, then
 * bounded), or, `fromSecondBlock`, the blocks after the first compressed onto h0…h7 as they stand.
 */
function hashBlocks(blocks: string, fromSecondBlock = false): string {
  return `${fromSecondBlock ? '' : H0.map((v, i) => `(local.set $h${i} ${i32(v)})`).join(' ')}
    (local.set $block (i32.const ${MESSAGE_AT + (fromSecondBlock ? 64 : 0)}))
    (local.set $end (i32.add (i32.const ${MESSAGE_AT}) (i32.shl (i32.and ${blocks} (i32.const ${2 * MAX_BLOCKS - 1})) (i32.const 6))))
    (if (i32.gt_u (local.get $end) (i32.const ${DIGEST_AT})) (then unreachable))
    (block $done (loop $nextBlock
      (br_if $done (i32.ge_u (local.get $block) (local.get $end)))
      ${VARS.map((v, i) => `(local.set $${v} (local.get $h${i}))`).join(' ')}
${Array.from({ length: 64 }, (_, t) => round(t)).join('\n')}
      ${VARS.map((v, i) => `(local.set $h${i} (i32.add (local.get $h${i}) (local.get $${v})))`).join(' ')}
      (local.set $block (i32.add (local.get $block) (i32.const 64)))
      (br $nextBlock)))`;
}

/** Stores h0…h7 big-endian at address `at` plus the constant offset `offset`. */
const storeDigest = (at: string, offset: number) => H0.map((_, i) => `(i32.store offset=${offset + 4 * i} ${at} ${byteSwap(get(`h${i}`))})`).join('\n    ');

const hashLocals = [...H0.map((_, i) => `h${i}`), ...VARS, ...Array.from({ length: 16 }, (_, i) => `w${i}`), 't1', 'block', 'end'];
const declare = (names: string[]) => names.map((n) => `(local $${n} i32)`).join(' ');

/** A u32 field of the preimage, written big-endian. */
const storeField = (field: number, value: string) => `(i32.store offset=${MESSAGE_AT + field} (i32.const 0) ${byteSwap(value)})`;

/**
 * The chain loop. An entry's first block is its preimage's constant head (tag and length fields,
 * words 0-7) then the previous hash (words 8-15): so rounds 0-7 give the same state for every entry,
 * computed once a call (the midstate m0…m7), and words 8-15 are the previous digest's h0…h7 as they
 * stand in locals. Each entry then costs rounds 8-63 of its first block and the whole of the rest.
 */
function chainFunction(): string {
  const at4 = '(i32.shl (local.get $j) (i32.const 2))';
  const at8 = '(i32.shl (local.get $j) (i32.const 3))';
  const at32 = '(i32.shl (local.get $j) (i32.const 5))';
  const digestWords = [0, 8, 16, 24].map((k) => `(i64.store offset=${MESSAGE_AT + ENTRY_LAYOUT.last + k} (i32.const 0) (i64.load offset=${CHUNK_LAST_AT + k} ${at32}))`);
  const head = Array.from({ length: 8 }, (_, k) => `c${k}`);
  const mid = Array.from({ length: 8 }, (_, k) => `m${k}`);
  const words = (from: string[], at: number) => from.map((name, k) => `(local.set $w${at + k} (local.get $${name}))`).join(' ');
  return `  (func (export "chain") (param $count i32) (param $first i32) (param $lastBytes i32) (param $blocks i32)
    ${declare([...hashLocals, 'j', ...head, ...mid])}
    (if (i32.gt_u (local.get $count) (i32.const ${CHAIN_CHUNK})) (then unreachable))
    (if (i32.and (i32.ne (local.get $lastBytes) (i32.const 1)) (i32.ne (local.get $lastBytes) (i32.const 32))) (then unreachable))
    (if (i32.lt_u (local.get $blocks) (i32.const 2)) (then unreachable))
    ;; the constant head of every first block, and the midstate after its eight rounds
    ${head.map((c, k) => `(local.set $${c} ${byteSwap(`(i32.load offset=${MESSAGE_AT + 4 * k} (i32.const 0))`)})`).join('\n    ')}
    ${words(head, 0)}
    ${VARS.map((v, i) => `(local.set $${v} ${i32(H0[i])})`).join(' ')}
${Array.from({ length: 8 }, (_, t) => round(t, true)).join('\n')}
    ${VARS.map((v, k) => `(local.set $m${k} (local.get $${v}))`).join(' ')}
    ;; the previous hash of the first entry, as the message holds it
    ${H0.map((_, k) => `(local.set $h${k} ${byteSwap(`(i32.load offset=${MESSAGE_AT + ENTRY_LAYOUT.prev + 4 * k} (i32.const 0))`)})`).join('\n    ')}
    (block $chained (loop $nextEntry
      (br_if $chained (i32.ge_u (local.get $j) (local.get $count)))
      ${storeField(ENTRY_LAYOUT.index, '(i32.add (local.get $first) (local.get $j))')}
      ${storeField(ENTRY_LAYOUT.unixSeconds, `(i32.load offset=${CHUNK_UNIX_AT} ${at4})`)}
      ${storeField(ENTRY_LAYOUT.districtId, `(i32.load offset=${CHUNK_DISTRICT_AT} ${at4})`)}
      ;; the token's bytes as they are
      (i64.store offset=${MESSAGE_AT + ENTRY_LAYOUT.token} (i32.const 0) (i64.load offset=${CHUNK_TOKENS_AT} ${at8}))
      (if (i32.eq (local.get $lastBytes) (i32.const 1))
        (then (i32.store8 offset=${MESSAGE_AT + ENTRY_LAYOUT.last} (i32.const 0) (i32.load8_u offset=${CHUNK_LAST_AT} (local.get $j))))
        (else ${digestWords.join(' ')}))
      ;; the first block from the midstate: words 0-7 the head, 8-15 the previous digest
      ${words(head, 0)}
      ${H0.map((_, k) => `(local.set $w${8 + k} (local.get $h${k}))`).join(' ')}
      ${VARS.map((v, k) => `(local.set $${v} (local.get $m${k}))`).join(' ')}
${Array.from({ length: 56 }, (_, r) => round(8 + r, true)).join('\n')}
      ${VARS.map((v, i) => `(local.set $h${i} (i32.add ${i32(H0[i])} (local.get $${v})))`).join(' ')}
    ${hashBlocks('(local.get $blocks)', true)}
    ${storeDigest(at32, CHUNK_HASHES_AT)}
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $nextEntry)))
  )`;
}

export function sha256Wat(): string {
  return `;; Generated by simulations/build/sha256-wat.ts: do not edit.
(module
  (memory (export "memory") ${PAGES})
  (func (export "hash") (param $blocks i32)
    ${declare(hashLocals)}
    ${hashBlocks('(local.get $blocks)')}
    ${storeDigest('(i32.const 0)', DIGEST_AT)})
${chainFunction()})
`;
}
