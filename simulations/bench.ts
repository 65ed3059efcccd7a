/**
 * `npm run bench`: throughput of the engine on the classroom and moscow-2021 presets, beside the
 * raw primitive it is bound by (alea draws from a stream, called at its own site), timed in the
 * same process. Prints a table and writes bench-results/bench.json. Medians of repeated runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import {
  aleaStreams,
  castVotes,
  countingStreams,
  generateElectorate,
  parseScenario,
  resolveBallots,
  runSimulation,
  type Scenario,
} from '../src/core/index.ts';
import { findPreset } from './presets/index.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Draws per second from one alea stream, the engine's random primitive. */
function drawRate(): number {
  const n = 20_000_000;
  const samples: number[] = [];
  let sink = 0;
  for (let rep = 0; rep < 5; rep++) {
    const rng = aleaStreams('bench', `raw/${rep}`);
    samples.push(
      time(() => {
        for (let i = 0; i < n; i++) sink += rng();
      }),
    );
  }
  if (sink < 0) console.log(sink);
  return n / (median(samples) / 1000);
}

interface PresetFigures {
  preset: string;
  voters: number;
  ballots: number;
  onlineBallots: number;
  runs: number;
  medianMs: number;
  votersPerSecond: number;
  ballotsPerSecond: number;
  stagesMs: { electorate: number; casting: number; resolve: number };
  draws: number;
  drawBoundMs: number;
  ratioToDrawBound: number;
  columnMegabytes: number;
}

function benchPreset(name: string, runs: number, rate: number): PresetFigures {
  const scenario: Scenario = parseScenario(findPreset(name)!);
  runSimulation(scenario); // warm-up: compile the hot loops
  const totals: number[] = [];
  const stages = { electorate: [] as number[], casting: [] as number[], resolve: [] as number[] };
  let result = runSimulation(scenario);
  for (let i = 0; i < runs; i++) totals.push(time(() => (result = runSimulation(scenario))));
  let bytes = 0;
  for (let i = 0; i < Math.min(runs, 5); i++) {
    let e!: ReturnType<typeof generateElectorate>;
    let c!: ReturnType<typeof castVotes>;
    stages.electorate.push(time(() => (e = generateElectorate(scenario, aleaStreams))));
    stages.casting.push(time(() => (c = castVotes(scenario, e, aleaStreams))));
    stages.resolve.push(time(() => resolveBallots(c.ballots, c.status, scenario.revoting.policy)));
    bytes = [e.age, e.preference, e.digital, e.pressure, e.propensity, c.status, c.ballots.voter, c.ballots.time, c.ballots.choice, c.ballots.district, c.ballots.cause].reduce(
      (sum, a) => sum + a.byteLength,
      0,
    );
  }
  const counting = countingStreams();
  runSimulation(scenario, { streams: counting.streams });
  const draws = counting.draws();
  const ms = median(totals);
  const ballots = result.totals.paperBallots + result.totals.onlineCast;
  const drawBoundMs = (draws / rate) * 1000;
  return {
    preset: name,
    voters: result.totals.registered,
    ballots,
    onlineBallots: result.totals.onlineCast,
    runs,
    medianMs: ms,
    votersPerSecond: result.totals.registered / (ms / 1000),
    ballotsPerSecond: ballots / (ms / 1000),
    stagesMs: { electorate: median(stages.electorate), casting: median(stages.casting), resolve: median(stages.resolve) },
    draws,
    drawBoundMs,
    ratioToDrawBound: ms / drawBoundMs,
    columnMegabytes: bytes / 1e6,
  };
}

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const rate = drawRate();
const figures = [benchPreset('classroom', 25, rate), benchPreset('moscow-2021', 5, rate)];

console.log(`\nRaw primitive: alea stream draws ${fmt(rate / 1e6, 1)} M/s (median of 5 x 20 M)\n`);
const head = ['preset', 'voters', 'ballots', 'run (median)', 'voters/s', 'ballots/s', 'electorate', 'casting', 'resolve', 'RNG draws', 'draw bound', 'x bound', 'columns'];
const rows = figures.map((f) => [
  f.preset,
  fmt(f.voters),
  fmt(f.ballots),
  `${fmt(f.medianMs, 1)} ms`,
  `${fmt(f.votersPerSecond / 1e6, 2)} M`,
  `${fmt(f.ballotsPerSecond / 1e6, 2)} M`,
  `${fmt(f.stagesMs.electorate, 1)} ms`,
  `${fmt(f.stagesMs.casting, 1)} ms`,
  `${fmt(f.stagesMs.resolve, 1)} ms`,
  `${fmt(f.draws / 1e6, 1)} M`,
  `${fmt(f.drawBoundMs, 1)} ms`,
  fmt(f.ratioToDrawBound, 2),
  `${fmt(f.columnMegabytes, 1)} MB`,
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log('\n"draw bound": the run\'s RNG draws at the raw draw rate; "x bound": run time over that bound.');

mkdirSync('bench-results', { recursive: true });
const report = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  drawsPerSecond: rate,
  presets: figures,
};
writeFileSync('bench-results/bench.json', JSON.stringify(report, null, 2) + '\n');
console.log('wrote bench-results/bench.json');
