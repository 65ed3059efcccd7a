/**
 * The WebAssembly text of x^(2^252 − 3) in the field of p = 2^255 − 19: the exponentiation inside every
 * ristretto255 decoding (RFC 9496's SQRT_RATIO_M1), 254 squarings and 11 multiplications. noble does it
 * with BigInt, about 0.5 µs a squaring; here a squaring is ~55 products of 64-bit integers.
 *
 * A field element is ten signed limbs of 26 and 25 bits in turn (radix 2^25.5, the representation of
 * ref10 and curve25519-donna): limb i holds the bits from ⌈25.5·i⌉. Products and carries follow ref10's
 * fe_mul and fe_sq, whose bounds keep every sum below 2^63. The module knows only limbs: the caller
 * writes x as ten i32 limbs at X_AT, calls `pow22523()`, and reads ten i32 limbs at RESULT_AT (the
 * value is their weighted sum, not reduced: src/crypto/field25519.ts reduces it).
 */

/** Where the caller writes x and reads the result, ten little-endian i32 limbs each. */
export const X_AT = 0;
export const RESULT_AT = 64;
/** Scratch elements, ten i64 limbs (80 bytes) each, from here on. */
const SLOTS_AT = 128;
const slot = (k: number) => SLOTS_AT + 80 * k;

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
