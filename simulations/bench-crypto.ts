/**
 * The verifiable mode's cryptography beside the primitives it is bound by, timed in the same run:
 * fixed-base multiplication (the prover's own tables), point encoding and decoding, variable-base
 * multiplication; then the prover on a 5-candidate ballot (and its ratio to the primitive calls it
 * makes), and the verifier alone and in batches, from bytes (decoding counted). Medians of repeats,
 * in CPU time of this process (the machine may be shared).
 * `benchCrypto()` returns rows for bench.ts / bench.json; `npx tsx simulations/bench-crypto.ts` prints them.
 */
import { pathToFileURL } from 'node:url';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { ballotProblem, decodeBallot, encodeBallot, encryptBallot, proverCost, verifyBallots } from '../src/crypto/index.ts';
import { encodeDoubles } from '../src/crypto/encode-batch.ts';
import { pointFromBytes } from '../src/crypto/field25519.ts';
import { fixedBase, G, gmul, mul, Point } from '../src/crypto/group.ts';
import { Nonces } from '../src/crypto/nonces.ts';

export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

const CANDIDATES = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU time of this process in ms: on a machine shared with other jobs, wall time would count their work too. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median over `repeats` runs of the CPU time per call, in ms, of `fn` called for i = 0..n−1. */
function perCall(n: number, repeats: number, fn: (i: number) => unknown): number {
  let sink = 0;
  const samples = Array.from({ length: repeats }, () => {
    const t0 = cpuMs();
    for (let i = 0; i < n; i++) if (fn(i) === undefined) sink++;
    return (cpuMs() - t0) / n;
  });
  if (sink < 0) console.log(sink);
  return median(samples);
}

export function benchCrypto(options: { batchSizes?: readonly number[]; repeats?: number } = {}): { rows: BenchRow[] } {
  const batchSizes = options.batchSizes ?? [100, 1000];
  const repeats = options.repeats ?? 5;
  const nonces = new Nonces('bench', 'crypto');
  const scalars = Array.from({ length: 256 }, (_, i) => nonces.get(i, 99));
  const pk = gmul(nonces.get(1_000_000));
  const key = fixedBase(pk);
  const context = utf8ToBytes('tally-lab/bench');
  const loose = scalars.map((s) => gmul(s));
  const encoded = loose.map((P) => P.toBytes());
  // Warm the tables (built lazily on first use) before timing anything.
  gmul(3n);
  key.multiply(3n);
  mul(G, 3n);
  encryptBallot(pk, 0, CANDIDATES, nonces, 0, context);

  const rows: BenchRow[] = [];
  const fixedG = perCall(200, repeats, (i) => gmul(scalars[i & 255]));
  const fixedKey = perCall(200, repeats, (i) => key.multiply(scalars[i & 255]));
  const nobleCT = perCall(200, repeats, (i) => mul(G, scalars[i & 255]));
  const rawMul = (fixedG + fixedKey) / 2;
  const rawEncode = perCall(300, repeats, (i) => loose[i & 255].toBytes());
  const rawDecode = perCall(300, repeats, (i) => pointFromBytes(encoded[i & 255]));
  const nobleDecode = perCall(300, repeats, (i) => Point.fromBytes(encoded[i & 255]));
  const rawVar = perCall(50, repeats, (i) => loose[i & 255].multiplyUnsafe(scalars[(i + 1) & 255]));
  const halves = loose.slice(0, proverCost(CANDIDATES).encodings);
  const batchEncode = perCall(20, repeats, () => encodeDoubles(halves));
  rows.push(
    { name: 'fixed-base multiplication (the prover’s g and pk tables)', value: rawMul * 1000, unit: 'µs', note: `g ${(fixedG * 1000).toFixed(0)} µs, pk ${(fixedKey * 1000).toFixed(0)} µs` },
    { name: 'noble’s constant-time multiply, window-8 table', value: nobleCT * 1000, unit: 'µs', note: 'for comparison' },
    { name: 'point encoding (toBytes)', value: rawEncode * 1000, unit: 'µs' },
    { name: 'point decoding (the module’s square root)', value: rawDecode * 1000, unit: 'µs', note: `noble’s fromBytes: ${(nobleDecode * 1000).toFixed(0)} µs` },
    { name: 'variable-base multiplication (multiplyUnsafe)', value: rawVar * 1000, unit: 'µs' },
    { name: `encode ${halves.length} doubled points in one batch`, value: batchEncode, unit: 'ms', note: `one by one: ${((halves.length * rawEncode)).toFixed(2)} ms` },
  );

  const cost = proverCost(CANDIDATES);
  let index = 1;
  const prove = perCall(40, repeats, (i) => encryptBallot(pk, i % CANDIDATES, CANDIDATES, nonces, index++, context));
  const floor = cost.fixedBaseMultiplications * rawMul + cost.encodings * rawEncode;
  rows.push(
    { name: `prover: encrypt and prove one ${CANDIDATES}-candidate ballot`, value: prove, unit: 'ms', note: `${cost.fixedBaseMultiplications} fixed-base multiplications + ${cost.encodings} encodings = ${floor.toFixed(2)} ms of primitives` },
    { name: 'prover ÷ its primitives', value: prove / floor, unit: '×', note: 'target ≤ 1.25' },
    { name: 'prover ÷ its multiplications alone', value: prove / (cost.fixedBaseMultiplications * rawMul), unit: '×', note: 'the floor once encodings are batched' },
  );

  const maxBatch = Math.max(1, ...batchSizes);
  const ballots = Array.from({ length: maxBatch }, (_, i) => encodeBallot(encryptBallot(pk, i % CANDIDATES, CANDIDATES, nonces, 10_000 + i, context).ballot));
  const decode = perCall(50, repeats, (i) => decodeBallot(ballots[i % maxBatch], CANDIDATES));
  const alone = perCall(20, repeats, (i) => {
    if (ballotProblem(pk, decodeBallot(ballots[i % maxBatch], CANDIDATES), CANDIDATES, context) !== null) throw new Error('bench: a valid ballot failed');
  });
  rows.push(
    { name: `decode one ${CANDIDATES}-candidate ballot (${2 + 6 * CANDIDATES} points, ${3 * CANDIDATES + 1} scalars)`, value: decode, unit: 'ms' },
    { name: 'verify one ballot alone, from bytes', value: alone, unit: 'ms', note: 'decoding included' },
  );
  for (const size of batchSizes) {
    const batchRepeats = size >= 1000 ? Math.min(repeats, 3) : repeats;
    const batch = perCall(1, batchRepeats, () => {
      const items = ballots.slice(0, size).map((bytes) => ({ ballot: decodeBallot(bytes, CANDIDATES), context }));
      if (verifyBallots(pk, items, CANDIDATES).some((p) => p !== null)) throw new Error('bench: a valid batch failed');
    });
    rows.push({ name: `verify a batch of ${size.toLocaleString('en-US')}, from bytes, per ballot`, value: batch / size, unit: 'ms', note: 'decoding included' });
  }
  return { rows };
}

function printRows(rows: readonly BenchRow[]): void {
  const cells = rows.map((r) => [r.name, `${r.value.toFixed(r.value < 10 ? 2 : 0)} ${r.unit}`, r.note ?? '']);
  const widths = [0, 1].map((c) => Math.max(...cells.map((row) => row[c].length)));
  for (const [name, value, note] of cells) console.log(`${name.padEnd(widths[0])}  ${value.padStart(widths[1])}  ${note}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printRows(benchCrypto().rows);
