/**
 * Fits moscow-2021's per-district support of the winner and the runner-up to public/data/moscow-2021-districts.csv,
 * the way the shipped preset was fitted (issue 18): run the city, compare each of the two candidates' paper and
 * online shares with the file, move their support, repeat. Each candidate's support by age band is exp(L + T·x)
 * with x = +1, 0, −1 for the young, middle and old band: the level L follows both channels' misfit, the tilt T
 * their difference (online voters are younger than paper voters).
 *
 *   npx tsx simulations/fit-moscow.ts [iterations = 4] [scale = 0.1]
 *
 * A scale below 1 runs a city of that fraction of the voters, for speed; the shipped preset was fitted at 0.1
 * with gains G 1-1.5 and H 1.2-2, then given one step at full scale. It rewrites src/content/presets/moscow-2021.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { simulate, type ScenarioInput } from '../src/core/index.ts';

const PRESET = 'src/content/presets/moscow-2021.json';
const FIGURES = 'public/data/moscow-2021-districts.csv';
/** Gain of the level on the mean log misfit, and of the tilt on the online-minus-paper log misfit. */
const G = 1;
const H = 1.5;

interface Target {
  district: number;
  party: string;
  paper: number;
  online: number;
}

function targets(): Target[] {
  const [header, ...lines] = readFileSync(FIGURES, 'utf8').trim().split('\n');
  const cols = header.split(',');
  const byKey = new Map<string, Target>();
  for (const line of lines) {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    const at = (name: string) => cells[cols.indexOf(name)];
    const key = `${at('district')}/${at('party')}`;
    const t = byKey.get(key) ?? { district: Number(at('district')), party: at('party'), paper: NaN, online: NaN };
    t[at('channel') as 'paper' | 'online'] = Number(at('share_pct')) / 100;
    byKey.set(key, t);
  }
  return [...byKey.values()];
}

/** The preset file as this script edits it. */
type Preset = Record<string, unknown> & { districts: { id: number; registered: number; support: Record<string, number[]> }[] };

function step(preset: Preset, scale: number): number {
  const city = { ...preset, districts: preset.districts.map((d) => ({ ...d, registered: Math.round(d.registered * scale) })) };
  const { result } = simulate(city as ScenarioInput);
  let worst = 0;
  for (const t of targets()) {
    const d = result.districts.find((x) => x.id === t.district)!;
    const k = d.candidates.findIndex((c) => c.party === t.party);
    const share = (votes: readonly number[]) => votes[k] / votes.reduce((a, b) => a + b, 0);
    const [online, paper] = [share(d.online), share(d.paper)];
    worst = Math.max(worst, Math.abs(online - t.online), Math.abs(paper - t.paper));
    const [ro, rp] = [Math.log(t.online / online), Math.log(t.paper / paper)];
    const support = preset.districts.find((x) => x.id === t.district)!.support;
    const lw = support[t.party].map((w) => Math.log(Math.max(w, 1e-6)));
    const level = (lw[0] + lw[1] + lw[2]) / 3 + (G * (ro + rp)) / 2;
    const tilt = (lw[0] - lw[2]) / 2 + H * (ro - rp);
    support[t.party] = [1, 0, -1].map((x) => +Math.exp(level + tilt * x).toFixed(4));
  }
  return worst;
}

const iterations = Number(process.argv[2] ?? 4);
const scale = Number(process.argv[3] ?? 0.1);
const preset = JSON.parse(readFileSync(PRESET, 'utf8')) as Preset;
for (let i = 0; i < iterations; i++) {
  const worst = step(preset, scale);
  console.log(`step ${i + 1}: largest misfit before it ${(worst * 100).toFixed(2)} points`);
}
writeFileSync(PRESET, JSON.stringify(preset, null, 2) + '\n');
