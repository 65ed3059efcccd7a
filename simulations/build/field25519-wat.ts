/**
 * The WebAssembly text of the engine's arithmetic in the field of p = 2^255 − 19 and on its Edwards
 * curve, where noble's BigInt is slowest:
 * - x^(2^252 − 3), the exponentiation inside every ristretto255 decoding (RFC 9496's SQRT_RATIO_M1),
 *   254 squarings and 11 multiplications;
 * - fixed-base multiplication k·P from a table of multiples (src/crypto/fixed-base.ts): one point
 *   addition per window, in extended coordinates;
 * - multi-scalar multiplication Σ k_i·P_i by the bucket method (src/crypto/msm.ts), for verifiers;
 * - building the fixed-base tables themselves.
 * noble takes about 0.5 µs for a BigInt product mod p; here a product is ~100 products of 64-bit
 * integers, a squaring ~55.
 *
 * A field element is ten signed limbs of 26 and 25 bits in turn (radix 2^25.5, the representation of
 * ref10 and curve25519-donna): limb i holds the bits from ⌈25.5·i⌉. Products and carries follow ref10's
 * fe_mul and fe_sq, whose bounds keep every sum below 2^63; sums and differences are limb by limb,
 * uncarried, as ref10's fe_add and fe_sub, and only ever feed a product. Point addition is ref10's
 * ge_add (extended coordinates plus a "cached" second point: Y+X, Y−X, Z, 2d·T) followed by its
 * conversion back to extended coordinates, 8 products; doubling is ref10's ge_p2_dbl and the same
 * conversion. The module knows only limbs: points go in as i64 limbs, results come out as i32 limbs,
 * and src/crypto/field25519.ts converts to and from noble's BigInt coordinates, and reduces.
 */

/** Where the caller writes x and reads the result, ten little-endian i32 limbs each. */
export const X_AT = 0;
export const RESULT_AT = 64;
/** Scratch elements, ten i64 limbs (80 bytes) each, from here on. */
const SLOTS_AT = 128;
const slot = (k: number) => SLOTS_AT + 80 * k;
/** Bytes of an element in i64 limbs, and of a point (four elements: X, Y, Z, T, or a cached Y+X, Y−X, Z, 2d·T). */
export const ELEMENT_BYTES = 80;
export const POINT_BYTES = 4 * ELEMENT_BYTES;
/** Fixed-base multiplication: the caller writes the signed window digits (i32) at DIGITS_AT, reads X, Y, Z, T as 4 × 10 i32 limbs at PRODUCT_AT. */
export const DIGITS_AT = 8192;
export const MAX_WINDOWS = 64;
export const PRODUCT_AT = DIGITS_AT + 4 * MAX_WINDOWS;
/** Tables (cached points, POINT_BYTES each) go from the second page of memory on, where the caller puts them. */
export const TABLES_AT = 65536;
/** Point scratch: the accumulator, the discarded accumulator, a negated table entry, and ge_add's temporaries. */
const ACC = 1024;
const DISCARD = ACC + POINT_BYTES;
const NEGATED = DISCARD + POINT_BYTES;
const TEMPS = NEGATED + POINT_BYTES; // 8 elements, to 2624
/** Doubling's temporaries (9 elements), a point made cached, the running sums of the bucket method, and 2d. */
const DOUBLE_TEMPS = TEMPS + 8 * ELEMENT_BYTES;
const AS_CACHED = DOUBLE_TEMPS + 9 * ELEMENT_BYTES;
const RUNNING = AS_CACHED + POINT_BYTES;
const TOTAL = RUNNING + POINT_BYTES;
const TWO_D = TOTAL + POINT_BYTES; // and the table builder's base after it, to 5104, below DIGITS_AT
/** 2d mod p, d = −121665/121666 the Edwards curve constant. */
const TWO_D_VALUE = (2n * 37095705934669439343138083508754565189542113879843219016388785533085940283555n) % (2n ** 255n - 19n);

/** Bit offset of limb i: 26 bits for even limbs, 25 for odd ones. */
const offset = (i: number) => 51 * Math.floor(i / 2) + 26 * (i % 2);
const LIMBS = Array.from({ length: 10 }, (_, i) => i);

const i64 = (n: number | bigint) => `(i64.const ${n})`;
const add = (xs: string[]) => xs.reduce((sum, x) => `(i64.add ${sum} ${x})`);

/**
 * h_k = Σ c·f_i·g_j over i + j ≡ k (mod 10): c is 2 when i and j are both odd (their offsets add to one
 * bit past limb k's), times 19 when i + j ≥ 10 (2^255 ≡ 19).
 */
function productTerms(k: number, square: boolean): string[] {
  const terms: string[] = [];
  for (const i of LIMBS)
    for (const j of LIMBS) {
      if ((i + j) % 10 !== k || (square && j < i)) continue;
      let c = (i % 2 === 1 && j % 2 === 1 ? 2 : 1) * (i + j >= 10 ? 19 : 1);
      if (square && i !== j) c *= 2; // f_i·f_j and f_j·f_i
      const product = `(i64.mul (local.get $f${i}) (local.get $${square ? 'f' : 'g'}${j}))`;
      terms.push(c === 1 ? product : `(i64.mul ${i64(c)} ${product})`);
    }
  return terms;
}

/** ref10's carry chain: limb i keeps 26 or 25 bits (rounded, signed), the rest moves to limb i + 1; limb 9's carry wraps to limb 0 times 19. */
function carries(): string {
  const order = [0, 4, 1, 5, 2, 6, 3, 7, 4, 8, 9, 0];
  return order
    .map((i) => {
      const bits = i % 2 === 0 ? 26 : 25;
      const next = (i + 1) % 10;
      const carry = `(i64.shr_s (i64.add (local.get $h${i}) ${i64(2 ** (bits - 1))}) ${i64(bits)})`;
      const moved = next === 0 ? `(i64.mul (local.get $c) ${i64(19)})` : '(local.get $c)';
      return `    (local.set $c ${carry}) (local.set $h${next} (i64.add (local.get $h${next}) ${moved})) (local.set $h${i} (i64.sub (local.get $h${i}) (i64.shl (local.get $c) ${i64(bits)})))`;
    })
    .join('\n');
}

/** out = f·g (or f², when square), all three addresses of slots. */
function multiplier(name: string, square: boolean): string {
  const params = square ? '(param $out i32) (param $a i32)' : '(param $out i32) (param $a i32) (param $b i32)';
  const locals = [...LIMBS.map((i) => `f${i}`), ...(square ? [] : LIMBS.map((i) => `g${i}`)), ...LIMBS.map((i) => `h${i}`), 'c'];
  const loads = LIMBS.map((i) => `(local.set $f${i} (i64.load offset=${8 * i} (local.get $a)))`);
  if (!square) loads.push(...LIMBS.map((i) => `(local.set $g${i} (i64.load offset=${8 * i} (local.get $b)))`));
  return `  (func $${name} ${params}
    ${locals.map((n) => `(local $${n} i64)`).join(' ')}
    ${loads.join(' ')}
${LIMBS.map((k) => `    (local.set $h${k} ${add(productTerms(k, square))})`).join('\n')}
${carries()}
    ${LIMBS.map((i) => `(i64.store offset=${8 * i} (local.get $out) (local.get $h${i}))`).join(' ')})`;
}

/** out = a ± b limb by limb (uncarried, as ref10's fe_add and fe_sub), or out = −a. */
function limbwise(name: string, op: 'add' | 'sub' | 'neg'): string {
  const params = op === 'neg' ? '(param $out i32) (param $a i32)' : '(param $out i32) (param $a i32) (param $b i32)';
  const value = (i: number) => {
    const a = `(i64.load offset=${8 * i} (local.get $a))`;
    return op === 'neg' ? `(i64.sub (i64.const 0) ${a})` : `(i64.${op} ${a} (i64.load offset=${8 * i} (local.get $b)))`;
  };
  return `  (func $${name} ${params}
    ${LIMBS.map((i) => `(i64.store offset=${8 * i} (local.get $out) ${value(i)})`).join('\n    ')})`;
}

/**
 * r = p + q: p and r in extended coordinates (X, Y, Z, T at +0, +80, +160, +240), q cached (Y+X, Y−X, Z,
 * 2d·T). ref10's ge_add, then ge_p1p1_to_p3. r may be p: p is read before r is written.
 */
function pointAdd(): string {
  const [X, Y, Z, T] = [0, 1, 2, 3].map((k) => k * ELEMENT_BYTES);
  const [yPlusX, yMinusX, pp, mm, tt, zz, x1, y1, z1, t1] = [0, 1, 2, 3, 4, 5, 6, 7, 0, 1].map((k) => TEMPS + k * ELEMENT_BYTES);
  const at = (base: string, off: number) => `(i32.add (local.get $${base}) ${i32(off)})`;
  const c = (n: number) => i32(n);
  return `  (func $pointAdd (param $r i32) (param $p i32) (param $q i32)
    (call $add ${c(yPlusX)} ${at('p', Y)} ${at('p', X)})
    (call $sub ${c(yMinusX)} ${at('p', Y)} ${at('p', X)})
    (call $mul ${c(pp)} ${c(yPlusX)} ${at('q', 0)})
    (call $mul ${c(mm)} ${c(yMinusX)} ${at('q', ELEMENT_BYTES)})
    (call $mul ${c(tt)} ${at('q', 3 * ELEMENT_BYTES)} ${at('p', T)})
    (call $mul ${c(zz)} ${at('p', Z)} ${at('q', 2 * ELEMENT_BYTES)})
    (call $add ${c(zz)} ${c(zz)} ${c(zz)})
    (call $sub ${c(x1)} ${c(pp)} ${c(mm)})
    (call $add ${c(y1)} ${c(pp)} ${c(mm)})
    (call $add ${c(z1)} ${c(zz)} ${c(tt)})
    (call $sub ${c(t1)} ${c(zz)} ${c(tt)})
    (call $mul ${at('r', X)} ${c(x1)} ${c(t1)})
    (call $mul ${at('r', Y)} ${c(y1)} ${c(z1)})
    (call $mul ${at('r', Z)} ${c(z1)} ${c(t1)})
    (call $mul ${at('r', T)} ${c(x1)} ${c(y1)}))`;
}

/**
 * k·P from a table at $table: row w holds the cached multiples d·2^(W·w)·P for d = 1 … $half. Each
 * window adds its row's entry for the digit (negated for a negative digit) into the accumulator; a zero
 * digit adds row w's first entry into a discarded one instead, so every window costs one addition.
 */
function fixedBaseMultiply(): string {
  const identity = (base: number) =>
    [0, 1, 2, 3].map((k) => LIMBS.map((i) => `(i64.store offset=${base + k * ELEMENT_BYTES + 8 * i} (i32.const 0) (i64.const ${(k === 1 || k === 2) && i === 0 ? 1 : 0}))`).join(' ')).join('\n    ');
  const E = ELEMENT_BYTES;
  return `  (func (export "fixedBaseMultiply") (param $table i32) (param $half i32) (param $windows i32)
    (local $w i32) (local $d i32) (local $entry i32)
    ;; The accumulators start at the identity (0, 1, 1, 0).
    ${identity(ACC)}
    ${identity(DISCARD)}
    (block $done (loop $window
      (br_if $done (i32.ge_u (local.get $w) (local.get $windows)))
      (local.set $d (i32.load offset=${DIGITS_AT} (i32.shl (local.get $w) (i32.const 2))))
      ;; The row's first entry: row w starts $half entries after row w − 1.
      (local.set $entry (i32.add (local.get $table) (i32.mul (i32.mul (local.get $w) (local.get $half)) ${i32(POINT_BYTES)})))
      (if (i32.eqz (local.get $d))
        (then (call $pointAdd ${i32(DISCARD)} ${i32(DISCARD)} (local.get $entry)))
        (else
          (if (i32.gt_s (local.get $d) (i32.const 0))
            (then (local.set $entry (i32.add (local.get $entry) (i32.mul (i32.sub (local.get $d) (i32.const 1)) ${i32(POINT_BYTES)}))))
            (else
              ;; −(x, y): the cached form with Y+X and Y−X swapped and 2d·T negated.
              (local.set $entry (i32.add (local.get $entry) (i32.mul (i32.sub (i32.sub (i32.const 0) (local.get $d)) (i32.const 1)) ${i32(POINT_BYTES)})))
              (call $copy ${i32(NEGATED)} (i32.add (local.get $entry) ${i32(E)}))
              (call $copy ${i32(NEGATED + E)} (local.get $entry))
              (call $copy ${i32(NEGATED + 2 * E)} (i32.add (local.get $entry) ${i32(2 * E)}))
              (call $neg ${i32(NEGATED + 3 * E)} (i32.add (local.get $entry) ${i32(3 * E)}))
              (local.set $entry ${i32(NEGATED)})))
          (call $pointAdd ${i32(ACC)} ${i32(ACC)} (local.get $entry))))
      (local.set $w (i32.add (local.get $w) (i32.const 1)))
      (br $window)))
    ;; X, Y, Z, T out as i32 limbs: each is a product's output, carried, so every limb fits 27 signed bits.
    ${[0, 1, 2, 3].map((k) => LIMBS.map((i) => `(i32.store offset=${PRODUCT_AT + 40 * k + 4 * i} (i32.const 0) (i32.wrap_i64 (i64.load offset=${ACC + k * E + 8 * i} (i32.const 0))))`).join(' ')).join('\n    ')})`;
}

const E = ELEMENT_BYTES;
const call = (f: string, ...args: (number | string)[]) => `(call $${f} ${args.map((x) => (typeof x === 'number' ? i32(x) : x)).join(' ')})`;
const plus = (base: string, off: number) => `(i32.add (local.get $${base}) ${i32(off)})`;

/** Sets the point at $p to the identity (0, 1, 1, 0). */
function setIdentity(): string {
  const stores = [0, 1, 2, 3].map((k) => LIMBS.map((i) => `(i64.store offset=${k * E + 8 * i} (local.get $p) (i64.const ${(k === 1 || k === 2) && i === 0 ? 1 : 0}))`).join(' '));
  return `  (func $setIdentity (param $p i32)\n    ${stores.join('\n    ')})`;
}

/** out = the cached form (Y+X, Y−X, Z, 2d·T) of the extended point p. */
function toCached(): string {
  return `  (func $toCached (param $out i32) (param $p i32)
    ${call('add', plus('out', 0), plus('p', E), plus('p', 0))}
    ${call('sub', plus('out', E), plus('p', E), plus('p', 0))}
    ${call('copy', plus('out', 2 * E), plus('p', 2 * E))}
    ${call('mul', plus('out', 3 * E), plus('p', 3 * E), TWO_D)})`;
}

/** r = 2·p, both extended: ref10's ge_p2_dbl (from X, Y, Z), then ge_p1p1_to_p3. r may be p. */
function pointDouble(): string {
  const [xx, yy, b, a, aa, x1, y1, z1, t1] = LIMBS.slice(0, 9).map((k) => DOUBLE_TEMPS + k * E);
  return `  (func $pointDouble (param $r i32) (param $p i32)
    ${call('sq', xx, plus('p', 0))}
    ${call('sq', yy, plus('p', E))}
    ${call('sq', b, plus('p', 2 * E))}
    ${call('add', b, b, b)}
    ${call('add', a, plus('p', 0), plus('p', E))}
    ${call('sq', aa, a)}
    ${call('add', y1, yy, xx)}
    ${call('sub', z1, yy, xx)}
    ${call('sub', x1, aa, y1)}
    ${call('sub', t1, b, z1)}
    ${call('mul', plus('r', 0), x1, t1)}
    ${call('mul', plus('r', E), y1, z1)}
    ${call('mul', plus('r', 2 * E), z1, t1)}
    ${call('mul', plus('r', 3 * E), x1, y1)})`;
}

/**
 * Σ k_i·P_i by the bucket method, as msm.ts's bucketMsm: $points holds the n points cached, $digits the
 * signed c-bit digits window-major (digit of scalar i in window w at w·n + i), $buckets room for
 * 2^(c−1) extended points. From the top window down: double the sum c times, add each point into the
 * bucket of its digit (negated for a negative digit), then add Σ (j+1)·bucket_j as a running sum of
 * running sums. The sum goes out as PRODUCT_AT's i32 limbs.
 */
function multiScalarMultiply(): string {
  return `  (func (export "msm") (param $points i32) (param $digits i32) (param $buckets i32) (param $n i32) (param $windows i32) (param $c i32)
    (local $w i32) (local $i i32) (local $j i32) (local $d i32) (local $half i32) (local $entry i32) (local $bucket i32)
    (local.set $half (i32.shl (i32.const 1) (i32.sub (local.get $c) (i32.const 1))))
    ${call('setIdentity', ACC)}
    (local.set $w (local.get $windows))
    (block $done (loop $window
      (br_if $done (i32.eqz (local.get $w)))
      (local.set $w (i32.sub (local.get $w) (i32.const 1)))
      (local.set $j (local.get $c))
      (loop $doubling
        ${call('pointDouble', ACC, ACC)}
        (local.set $j (i32.sub (local.get $j) (i32.const 1)))
        (br_if $doubling (local.get $j)))
      (local.set $j (i32.const 0))
      (loop $clear
        (call $setIdentity (i32.add (local.get $buckets) (i32.mul (local.get $j) ${i32(POINT_BYTES)})))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $clear (i32.lt_u (local.get $j) (local.get $half))))
      (local.set $i (i32.const 0))
      (block $pointsDone (loop $point
        (br_if $pointsDone (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $d (i32.load (i32.add (local.get $digits) (i32.shl (i32.add (i32.mul (local.get $w) (local.get $n)) (local.get $i)) (i32.const 2)))))
        (if (local.get $d) (then
          (local.set $entry (i32.add (local.get $points) (i32.mul (local.get $i) ${i32(POINT_BYTES)})))
          (if (i32.lt_s (local.get $d) (i32.const 0)) (then
            (local.set $d (i32.sub (i32.const 0) (local.get $d)))
            ${call('copy', NEGATED, '(i32.add (local.get $entry) (i32.const 80))')}
            ${call('copy', NEGATED + E, '(local.get $entry)')}
            ${call('copy', NEGATED + 2 * E, '(i32.add (local.get $entry) (i32.const 160))')}
            ${call('neg', NEGATED + 3 * E, '(i32.add (local.get $entry) (i32.const 240))')}
            (local.set $entry ${i32(NEGATED)})))
          (local.set $bucket (i32.add (local.get $buckets) (i32.mul (i32.sub (local.get $d) (i32.const 1)) ${i32(POINT_BYTES)})))
          (call $pointAdd (local.get $bucket) (local.get $bucket) (local.get $entry))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $point)))
      ${call('setIdentity', RUNNING)}
      ${call('setIdentity', TOTAL)}
      (local.set $j (local.get $half))
      (loop $sums
        (local.set $j (i32.sub (local.get $j) (i32.const 1)))
        (call $toCached ${i32(AS_CACHED)} (i32.add (local.get $buckets) (i32.mul (local.get $j) ${i32(POINT_BYTES)})))
        ${call('pointAdd', RUNNING, RUNNING, AS_CACHED)}
        ${call('toCached', AS_CACHED, RUNNING)}
        ${call('pointAdd', TOTAL, TOTAL, AS_CACHED)}
        (br_if $sums (local.get $j)))
      ${call('toCached', AS_CACHED, TOTAL)}
      ${call('pointAdd', ACC, ACC, AS_CACHED)}
      (br $window)))
    ${[0, 1, 2, 3].map((k) => LIMBS.map((i) => `(i32.store offset=${PRODUCT_AT + 40 * k + 4 * i} (i32.const 0) (i32.wrap_i64 (i64.load offset=${ACC + k * E + 8 * i} (i32.const 0))))`).join(' ')).join('\n    ')})`;
}

/** The point that the caller writes (extended, i64 limbs) for buildTable to start from. */
export const BASE_AT = TWO_D + ELEMENT_BYTES;

/**
 * Fills the table at $table for the extended point at BASE_AT: row w holds the cached d·P_w for
 * d = 1 … $half, where P_0 = P and P_(w+1) = 2·$half·P_w, as fixed-base.ts's rows.
 */
function buildTable(): string {
  const entry = (w: string, j: string) => `(i32.add (local.get $table) (i32.mul (i32.add (i32.mul (local.get $${w}) (local.get $half)) (local.get $${j})) ${i32(POINT_BYTES)}))`;
  return `  (func (export "buildTable") (param $table i32) (param $half i32) (param $windows i32)
    (local $w i32) (local $j i32) (local $zero i32)
    (memory.copy ${i32(TOTAL)} ${i32(BASE_AT)} ${i32(POINT_BYTES)})
    (block $done (loop $window
      (br_if $done (i32.ge_u (local.get $w) (local.get $windows)))
      (call $toCached ${entry('w', 'zero')} ${i32(TOTAL)})
      (memory.copy ${i32(RUNNING)} ${i32(TOTAL)} ${i32(POINT_BYTES)})
      (local.set $j (i32.const 1))
      (block $rowDone (loop $row
        (br_if $rowDone (i32.ge_u (local.get $j) (local.get $half)))
        (call $pointAdd ${i32(RUNNING)} ${i32(RUNNING)} ${entry('w', 'zero')})
        (call $toCached ${entry('w', 'j')} ${i32(RUNNING)})
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $row)))
      ${call('pointDouble', TOTAL, RUNNING)}
      (local.set $w (i32.add (local.get $w) (i32.const 1)))
      (br $window))))`;
}

/** The bytes of 2d as ten little-endian i64 limbs, for the data segment. */
function twoDBytes(): string {
  let out = '';
  for (const i of LIMBS) {
    const bits = BigInt((LIMB_OFFSETS[i + 1] ?? 255) - LIMB_OFFSETS[i]);
    let limb = (TWO_D_VALUE >> BigInt(LIMB_OFFSETS[i])) & ((1n << bits) - 1n);
    for (let b = 0; b < 8; b++, limb >>= 8n) out += `\\${Number(limb & 255n).toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** The addition chain of ref10's fe_pow22523 (as noble's ed25519_pow_2_252_3), over slots. */
function chain(): string {
  const x = slot(0);
  // Named slots: x, the running power t, and the saved powers b2 … b250 of the chain.
  const [t, b2, b4, b5, b10, b20, b40, b80] = [1, 2, 3, 4, 5, 6, 7, 8].map(slot);
  const steps: string[] = [];
  const sq = (out: number, a: number, times: number) => {
    steps.push(`(call $sq ${i32(out)} ${i32(a)})`);
    if (times > 1) steps.push(`(local.set $n ${i32(times - 1)}) (loop $more (call $sq ${i32(out)} ${i32(out)}) (local.set $n (i32.sub (local.get $n) (i32.const 1))) (br_if $more (local.get $n)))`);
  };
  const mul = (out: number, a: number, b: number) => steps.push(`(call $mul ${i32(out)} ${i32(a)} ${i32(b)})`);
  sq(t, x, 1);
  mul(b2, t, x); // x^3
  sq(t, b2, 2);
  mul(b4, t, b2); // x^15
  sq(t, b4, 1);
  mul(b5, t, x); // x^31 = x^(2^5 − 1)
  sq(t, b5, 5);
  mul(b10, t, b5); // x^(2^10 − 1)
  sq(t, b10, 10);
  mul(b20, t, b10);
  sq(t, b20, 20);
  mul(b40, t, b20);
  sq(t, b40, 40);
  mul(b80, t, b40);
  sq(t, b80, 80);
  mul(t, t, b80); // x^(2^160 − 1)
  sq(t, t, 80);
  mul(t, t, b80); // x^(2^240 − 1)
  sq(t, t, 10);
  mul(t, t, b10); // x^(2^250 − 1)
  sq(t, t, 2);
  mul(t, t, x); // x^(2^252 − 3)
  return steps.map((s) => `    ${s}`).join('\n');
}

const i32 = (n: number) => `(i32.const ${n})`;

export function field25519Wat(): string {
  return `;; Generated by simulations/build/field25519-wat.ts: do not edit.
(module
  (memory (export "memory") 1)
${multiplier('mul', false)}
${multiplier('sq', true)}
${limbwise('add', 'add')}
${limbwise('sub', 'sub')}
${limbwise('neg', 'neg')}
  (func $copy (param $out i32) (param $a i32) (memory.copy (local.get $out) (local.get $a) ${i32(ELEMENT_BYTES)}))
${pointAdd()}
${fixedBaseMultiply()}
${setIdentity()}
${toCached()}
${pointDouble()}
${multiScalarMultiply()}
${buildTable()}
  (data (i32.const ${TWO_D}) "${twoDBytes()}")
  (func (export "pow22523")
    (local $n i32)
    ;; x's i32 limbs into slot 0's i64 limbs.
    ${LIMBS.map((i) => `(i64.store offset=${slot(0) + 8 * i} (i32.const 0) (i64.extend_i32_s (i32.load offset=${X_AT + 4 * i} (i32.const 0))))`).join('\n    ')}
${chain()}
    ;; After the carry chain every limb fits 27 signed bits.
    ${LIMBS.map((i) => `(i32.store offset=${RESULT_AT + 4 * i} (i32.const 0) (i32.wrap_i64 (i64.load offset=${slot(1) + 8 * i} (i32.const 0))))`).join('\n    ')}))
`;
}

/** Limb offsets, for the caller's conversions. */
export const LIMB_OFFSETS = LIMBS.map(offset);
