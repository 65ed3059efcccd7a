/**
 * `npm run bench`: throughput of the engine beside the raw primitives it is bound by, timed in the
 * same process: alea draws (electorate and casting) and SHA-256 of ledger entries (the ledger, the
 * observers' chain walk, and the verify command) on the path the engine takes, its own WebAssembly
 * SHA-256 (src/crypto/padded-sha256.ts), with noble, the reference, and hash-wasm's streaming API,
 * the fastest library we found, timed beside it. Then the verifiable mode: its cryptography beside
 * its primitives (bench-crypto.ts), and one district of 10,000 online ballots end to end on two
 * worker threads (bench-e2e.ts), and a 1,000-run classroom sweep on two worker threads (bench-sweep.ts). Peak memory of `simulate moscow-2021 --record` and `verify` of its record, each in a child process (bench-memory.ts).
 * Prints tables and writes bench-results/bench.json.
 * Medians of repeated runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { sha256 } from '@noble/hashes/sha2.js';
import { createSHA256 } from 'hash-wasm';
import { EntryHasher, GENESIS, useFastHash, useNobleHash } from '../src/crypto/index.ts';
import {
  aleaStreams,
  countingStreams,
  parseScenario,
  recordFromJson,
  recordToJson,
  simulate,
  verifyRecord,
  type Scenario,
  type SimulationRun,
  type Stage,
} from '../src/core/index.ts';
import { benchCrypto } from './bench-crypto.ts';
import { cryptoPool } from './cli/crypto-workers.ts';
import { defaultWorkers } from './cli/node-pool.ts';
import { runWithPool } from '../src/pool/crypto-pool.ts';
import { verifyRecordSteps } from '../src/core/verify/verifier.ts';
import { benchE2eDistrict } from './bench-e2e.ts';
import { benchMemory, MEMORY_BUDGET_MEGABYTES } from './bench-memory.ts';
import { benchSweep, printSweepBench } from './bench-sweep.ts';
import { findPreset } from '../src/content/presets/index.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Draws per second from one alea stream, called at its own site. */
function drawRate(): number {
  const n = 20_000_000;
  let sink = 0;
  const samples = Array.from({ length: 5 }, (_, rep) => {
    const rng = aleaStreams('bench', `raw/${rep}`);
    return time(() => {
      for (let i = 0; i < n; i++) sink += rng();
    });
  });
  if (sink < 0) console.log(sink);
  return n / (median(samples) / 1000);
}

/** Entries per second through the ledger's own hasher, on whichever SHA-256 path is active. */
function entryRate(n: number): number {
  const hasher = new EntryHasher();
  const out = new Uint8Array(32);
  const token = new Uint8Array(8);
  const ms = median(Array.from({ length: 5 }, () => time(() => {
    for (let i = 0; i < n; i++) hasher.hashInto(GENESIS, 0, i, 1_631_854_800 + i, 197, token, 0, i & 3, out, 0);
  })));
  return n / (ms / 1000);
}

/**
 * Entries per second through the module's chain loop alone, on columns filled once (the fill does
 * nothing): the fastest the ledger's hashes can be made here, so the hash bound of a run.
 */
function chainRate(n: number): number {
  const hasher = new EntryHasher();
  const out = new Uint8Array(32 * n);
  const ms = median(Array.from({ length: 5 }, () => time(() => hasher.chainEntries(n, 0, GENESIS, 0, out, 0, () => {}))));
  return n / (ms / 1000);
}

/**
 * SHA-256 of 105-byte ledger entries per second: the module's chain loop (what the engine's chains
 * run on), one entry a call through the same hasher (what receipts and the live election run on),
 * the same hasher on noble (the reference, and the fallback), noble's one-shot call, and
 * hash-wasm's streaming API (init, update, digest) on the same message, the library the engine used
 * before: what the module of its own is measured against.
 */
async function hashRates(): Promise<{ chain: number; entry: number; nobleEntry: number; oneShot: number; hashWasm: number }> {
  const n = 300_000;
  useNobleHash();
  const nobleEntry = entryRate(n);
  useFastHash();
  const entry = entryRate(n);
  const chain = chainRate(n);
  const msg = new Uint8Array(105);
  const perSecond = (hash: () => void) => n / (median(Array.from({ length: 5 }, () => time(() => {
    for (let i = 0; i < n; i++) {
      msg[0] = i;
      hash();
    }
  }))) / 1000);
  const oneShot = perSecond(() => sha256(msg));
  const library = await createSHA256();
  const out = new Uint8Array(32);
  const hashWasm = perSecond(() => out.set(library.init().update(msg).digest('binary')));
  return { chain, entry, nobleEntry, oneShot, hashWasm };
}

/** One run with the time spent in each stage (from the engine's progress reports). */
function timedRun(scenario: Scenario): { ms: number; stages: Record<Stage, number>; run: SimulationRun } {
  const firstSeen: Partial<Record<Stage, number>> = {};
  const t0 = performance.now();
  const run = simulate(scenario, { onProgress: (_, stage) => void (firstSeen[stage] ??= performance.now()) });
  const end = performance.now();
  const order: Stage[] = ['electorate', 'casting', 'ledger', 'verification', 'tally'];
  const stages = {} as Record<Stage, number>;
  order.forEach((stage, i) => {
    const start = i === 0 ? t0 : (firstSeen[order[i - 1]] !== undefined ? firstSeen[stage] ?? end : end);
    const next = order.slice(i + 1).map((s) => firstSeen[s]).find((x) => x !== undefined) ?? end;
    stages[stage] = firstSeen[stage] === undefined ? 0 : next - (i === 0 ? t0 : start);
  });
  return { ms: end - t0, stages, run };
}

interface PresetFigures {
  preset: string;
  voters: number;
  ballots: number;
  ledgerEntries: number;
  runs: number;
  medianMs: number;
  votersPerSecond: number;
  ballotsPerSecond: number;
  stagesMs: Record<Stage, number>;
  draws: number;
  drawBoundMs: number;
  /** electorate + casting time over the draw bound */
  castingRatioToDrawBound: number;
  hashCalls: number;
  hashBoundMs: number;
  /** ledger + verification time over the hash bound */
  ledgerRatioToHashBound: number;
  /** the whole run over the hash bound */
  runRatioToHashBound: number;
  /** the whole run over hash bound + draw bound (issue 14's target: at most 1.5) */
  runRatioToBounds: number;
}

function benchPreset(name: string, runs: number, draw: number, hash: number): PresetFigures {
  const scenario = parseScenario(findPreset(name)!);
  timedRun(scenario); // warm-up: compile the hot loops
  const timed = Array.from({ length: runs }, () => timedRun(scenario));
  const pick = (stage: Stage) => median(timed.map((t) => t.stages[stage]));
  const stagesMs = {
    electorate: pick('electorate'),
    casting: pick('casting'),
    encryption: pick('encryption'),
    ledger: pick('ledger'),
    proofs: pick('proofs'),
    verification: pick('verification'),
    tally: pick('tally'),
  };
  const { run } = timed[0];
  const counting = countingStreams();
  simulate(scenario, { streams: counting.streams });
  const draws = counting.draws();
  const ms = median(timed.map((t) => t.ms));
  const r = run.result;
  const ballots = r.totals.paperBallots + r.totals.onlineCast;
  // Hashes the run needs: the live chain, receipts that differ from it, a rebuilt chain, and the observers' walk.
  const ledgerHashes = run.integrity.live.ledger.count + run.integrity.live.receiptOverrides.size + (run.integrity.plan.rebuild ? run.integrity.published.count : 0);
  // The observers walk the chain again only when the published ledger is not the one the operator chained.
  const reused = run.integrity.published === run.integrity.live.ledger || run.integrity.plan.rebuild;
  const verifyHashes = run.integrity.record.ledger && !reused ? run.integrity.record.ledger.count : 0;
  const hashCalls = ledgerHashes + verifyHashes;
  const drawBoundMs = (draws / draw) * 1000;
  const hashBoundMs = (hashCalls / hash) * 1000;
  return {
    preset: name,
    voters: r.totals.registered,
    ballots,
    ledgerEntries: run.integrity.published.count,
    runs,
    medianMs: ms,
    votersPerSecond: r.totals.registered / (ms / 1000),
    ballotsPerSecond: ballots / (ms / 1000),
    stagesMs,
    draws,
    drawBoundMs,
    castingRatioToDrawBound: (stagesMs.electorate + stagesMs.casting) / drawBoundMs,
    hashCalls,
    hashBoundMs,
    ledgerRatioToHashBound: (stagesMs.ledger + stagesMs.verification) / hashBoundMs,
    runRatioToHashBound: ms / hashBoundMs,
    runRatioToBounds: ms / (hashBoundMs + drawBoundMs),
  };
}

/**
 * The verify command's work on a preset's record: parse the JSON file text, then check everything,
 * once in this thread (the engine's verifyRecord) and once as `npm run verify` does it, the chain in
 * stretches on two worker threads (started and warmed before the first timing, as the command starts
 * them before it reads the file).
 */
async function benchVerify(name: string, hash: number) {
  const run = simulate(parseScenario(findPreset(name)!));
  const text = JSON.stringify(recordToJson(run.integrity.record));
  const entries = run.integrity.record.ledger?.count ?? 0;
  const workers = defaultWorkers();
  const pool = cryptoPool(workers);
  pool.start();
  const parse: number[] = [];
  const check: number[] = [];
  const pooled: number[] = [];
  try {
    for (let i = 0; i < 4; i++) {
      let record!: ReturnType<typeof recordFromJson>;
      parse.push(time(() => (record = recordFromJson(JSON.parse(text)))));
      check.push(time(() => verifyRecord(record)));
      const t0 = performance.now();
      await runWithPool(verifyRecordSteps(record), pool);
      // The first pass loads the workers' modules: a warm-up, not a timing.
      if (i > 0) pooled.push(performance.now() - t0);
    }
  } finally {
    pool.terminate();
  }
  const hashBoundMs = (entries / hash) * 1000;
  return {
    preset: name,
    recordMegabytes: text.length / 1e6,
    entries,
    parseMs: median(parse),
    verifyMs: median(check),
    workers,
    pooledVerifyMs: median(pooled),
    hashBoundMs,
    verifyRatioToHashBound: median(check) / hashBoundMs,
    pooledRatioToHashBound: median(pooled) / hashBoundMs,
    totalRatioToHashBound: (median(parse) + median(pooled)) / hashBoundMs,
  };
}

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

const draw = drawRate();
const hash = await hashRates();
console.log(
  `\nRaw primitives: alea draws ${fmt(draw / 1e6, 1)} M/s; SHA-256 of 105-byte ledger entries on the engine's own WebAssembly, ${fmt(hash.chain / 1e3)} k/s in its chain loop ` +
    `and ${fmt(hash.entry / 1e3)} k/s one call an entry (noble, the reference: ${fmt(hash.nobleEntry / 1e3)} k/s through the same hasher, ${fmt(hash.oneShot / 1e3)} k/s one-shot; hash-wasm ${fmt(hash.hashWasm / 1e3)} k/s)\n`,
);

const figures = [benchPreset('classroom', 15, draw, hash.chain), benchPreset('moscow-2021', 3, draw, hash.chain)];
const ms = (x: number) => `${fmt(x, x < 100 ? 1 : 0)} ms`;
table(
  ['preset', 'voters', 'ballots', 'run', 'voters/s', 'electorate', 'casting', 'RNG draws', 'draw bound', 'x bound'],
  figures.map((f) => [f.preset, fmt(f.voters), fmt(f.ballots), ms(f.medianMs), `${fmt(f.votersPerSecond / 1e6, 2)} M`, ms(f.stagesMs.electorate), ms(f.stagesMs.casting), `${fmt(f.draws / 1e6, 1)} M`, ms(f.drawBoundMs), fmt(f.castingRatioToDrawBound, 2)]),
);
console.log('');
table(
  ['preset', 'ledger entries', 'ledger', 'verification', 'hash calls', 'hash bound', 'x bound', 'whole run x hash bound', 'x (hash + draw bound)'],
  figures.map((f) => [
    f.preset,
    fmt(f.ledgerEntries),
    ms(f.stagesMs.ledger),
    ms(f.stagesMs.verification),
    fmt(f.hashCalls),
    ms(f.hashBoundMs),
    fmt(f.ledgerRatioToHashBound, 2),
    fmt(f.runRatioToHashBound, 2),
    fmt(f.runRatioToBounds, 2),
  ]),
);
const verify = await benchVerify('moscow-2021-audited', hash.chain);
console.log('');
table(
  ['verify', 'record', 'entries', 'parse', 'check, 1 thread', 'x bound', `check, ${verify.workers} workers`, 'x bound', 'hash bound', 'parse+check x bound'],
  [
    [
      verify.preset,
      `${fmt(verify.recordMegabytes, 0)} MB`,
      fmt(verify.entries),
      ms(verify.parseMs),
      ms(verify.verifyMs),
      fmt(verify.verifyRatioToHashBound, 2),
      ms(verify.pooledVerifyMs),
      fmt(verify.pooledRatioToHashBound, 2),
      ms(verify.hashBoundMs),
      fmt(verify.totalRatioToHashBound, 2),
    ],
  ],
);
console.log('\n"draw bound": the run\'s RNG draws at the raw draw rate; "hash bound": its SHA-256 calls at the raw entry-hash rate, one after another.');
console.log(`"check, ${verify.workers} workers": as \`npm run verify\` checks, the chain hashed in stretches between checkpoints on worker threads; "parse+check" uses it.`);

// Issue 14's targets for the city-scale run and its verification (wall time, this machine).
const moscow = figures.find((f) => f.preset === 'moscow-2021')!;
const memory = benchMemory('moscow-2021');
console.log(`\nPeak memory, each command in a fresh process (its peak resident memory, worker threads included; record ${fmt(memory.recordMegabytes, 0)} MB):`);
table(
  ['command', 'peak RSS', 'CPU time', 'wall time'],
  memory.figures.map((m) => [m.command, `${fmt(m.maxRssMegabytes)} MB`, `${fmt(m.cpuSeconds, 1)} s`, `${fmt(m.wallSeconds, 1)} s`]),
);
const targets = [
  { target: 'moscow-2021 run <= 3.0 s', value: `${fmt(moscow.medianMs / 1000, 2)} s`, met: moscow.medianMs <= 3000 },
  { target: 'moscow-2021 run <= 1.5x (hash bound + draw bound)', value: `${fmt(moscow.runRatioToBounds, 2)}x`, met: moscow.runRatioToBounds <= 1.5 },
  { target: 'verify moscow-2021-audited, parse + check <= 3.0 s', value: `${fmt((verify.parseMs + verify.pooledVerifyMs) / 1000, 2)} s`, met: verify.parseMs + verify.pooledVerifyMs <= 3000 },
  ...memory.figures.map((m) => ({ target: `${m.command}: peak RSS <= ${fmt(MEMORY_BUDGET_MEGABYTES)} MB`, value: `${fmt(m.maxRssMegabytes)} MB`, met: m.maxRssMegabytes <= MEMORY_BUDGET_MEGABYTES })),
];
console.log('');
table(['target', 'measured', 'met'], targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO']));

const crypto = benchCrypto();
console.log('\nThe verifiable mode\'s cryptography (CPU time of this process, medians):');
table(
  ['operation', 'value', 'note'],
  crypto.rows.map((r) => [r.name, `${fmt(r.value, r.value < 10 ? 2 : 0)} ${r.unit}`, r.note ?? '']),
);
const e2eDistrict = await benchE2eDistrict(2);
console.log('');
table(
  ['e2e district', 'online ballots', 'encrypted', 'workers', 'wall time', 'wall per ballot', 'encrypt/ballot', 'verify/ballot', 'worker time', 'process CPU', 'verdict'],
  [
    [
      'bench-e2e-district',
      fmt(e2eDistrict.onlineBallots),
      fmt(e2eDistrict.encrypted),
      String(e2eDistrict.workers),
      `${fmt(e2eDistrict.seconds, 1)} s`,
      ms(e2eDistrict.wallMsPerBallot),
      ms(e2eDistrict.encryptMsPerBallot),
      ms(e2eDistrict.verifyMsPerBallot),
      `${fmt(e2eDistrict.cpuSeconds, 1)} s`,
      `${fmt(e2eDistrict.processCpuSeconds, 1)} s`,
      e2eDistrict.verdict,
    ],
  ],
);
console.log(
  '"wall time": scenario to verdict, every ballot encrypted (challenged ones too), summed, decrypted and verified. Per-ballot costs and "worker time" are wall time inside the workers\' tasks (on a shared machine, waiting for a core counts too); "process CPU" is every thread\'s CPU time.',
);

const sweep = await benchSweep();
console.log('');
printSweepBench(sweep);

mkdirSync('bench-results', { recursive: true });
const report = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  drawsPerSecond: draw,
  chainHashesPerSecond: hash.chain,
  entryHashesPerSecond: hash.entry,
  nobleEntryHashesPerSecond: hash.nobleEntry,
  oneShotHashesPerSecond: hash.oneShot,
  hashWasmHashesPerSecond: hash.hashWasm,
  presets: figures,
  verify,
  memory,
  targets,
  crypto: crypto.rows,
  e2eDistrict,
  sweep,
};
writeFileSync('bench-results/bench.json', JSON.stringify(report, null, 2) + '\n');
console.log('wrote bench-results/bench.json');
