/**
 * The electorate: districts, precincts (polling stations) and voters, in typed-array columns.
 * Voters are laid out district by district and precinct by precinct, so a voter's district and
 * precinct are ranges of indices and need no column of their own (7.4 M voters ≈ 37 MB).
 */
import { aliasTable } from '../base/alias.ts';
import type { Rng, StreamFactory } from '../base/random.ts';
import type { Scenario } from '../scenario/scenario.ts';

/** `pressure` value of a voter nobody pressures; otherwise it is the demanded party's index + 1. */
export const NOT_PRESSURED = 0;
/** Width of the uniform spread of digital habit around its age band's mean. */
const DIGITAL_SPREAD = 0.6;

export interface Electorate {
  readonly voters: number;
  readonly parties: number;
  /** Voters of district d are [districtStart[d], districtStart[d+1]). Length D + 1. */
  readonly districtStart: Uint32Array;
  /** Precincts of district d are [districtPrecinctStart[d], districtPrecinctStart[d+1]). Length D + 1. */
  readonly districtPrecinctStart: Uint32Array;
  /** Voters of precinct p are [precinctStart[p], precinctStart[p+1]). Length P + 1. */
  readonly precinctStart: Uint32Array;
  /** District index of each precinct. */
  readonly precinctDistrict: Uint16Array;
  /** Age band index (see AGE_BANDS). */
  readonly age: Uint8Array;
  /** Sincere preference: party index. */
  readonly preference: Uint8Array;
  /** Digital habit, 0..255 for 0..1. */
  readonly digital: Uint8Array;
  /** 0, or the index + 1 of the party an employer tells this voter to vote for online. */
  readonly pressure: Uint8Array;
  /** Turnout propensity, 0..255 for 0..1: the chance to vote when nothing else decides it. */
  readonly propensity: Uint8Array;
  /** Share of each party among the district's sincere preferences, D x K row-major (for re-vote choices). */
  readonly districtPreferenceShares: Float64Array;
}

export type Progress = (done: number) => void;

/** Generates the electorate, district by district, each from its own stream `electorate/<id>`. */
export function generateElectorate(scenario: Scenario, streams: StreamFactory, progress?: Progress): Electorate {
  const D = scenario.districts.length;
  const K = scenario.parties.length;
  const districtStart = new Uint32Array(D + 1);
  for (let d = 0; d < D; d++) districtStart[d + 1] = districtStart[d] + scenario.districts[d].registered;
  const N = districtStart[D];

  const precinctSizes: number[][] = [];
  const rngs: Rng[] = scenario.districts.map((d) => streams(scenario.seed, `electorate/${d.id}`));
  const districtPrecinctStart = new Uint32Array(D + 1);
  for (let d = 0; d < D; d++) {
    precinctSizes.push(splitIntoPrecincts(scenario.districts[d].registered, scenario, rngs[d]));
    districtPrecinctStart[d + 1] = districtPrecinctStart[d] + precinctSizes[d].length;
  }
  const P = districtPrecinctStart[D];
  const precinctStart = new Uint32Array(P + 1);
  const precinctDistrict = new Uint16Array(P);
  for (let d = 0, p = 0; d < D; d++) {
    for (const size of precinctSizes[d]) {
      precinctDistrict[p] = d;
      precinctStart[p + 1] = precinctStart[p] + size;
      p++;
    }
  }

  const electorate: Electorate = {
    voters: N,
    parties: K,
    districtStart,
    districtPrecinctStart,
    precinctStart,
    precinctDistrict,
    age: new Uint8Array(N),
    preference: new Uint8Array(N),
    digital: new Uint8Array(N),
    pressure: new Uint8Array(N),
    propensity: new Uint8Array(N),
    districtPreferenceShares: new Float64Array(D * K),
  };
  for (let d = 0; d < D; d++) {
    fillDistrict(electorate, scenario, d, rngs[d]);
    progress?.((d + 1) / D);
  }
  return electorate;
}

/** Splits a district's voters into precincts of about precinctMin..precinctMax voters. */
function splitIntoPrecincts(registered: number, scenario: Scenario, rng: Rng): number[] {
  const { precinctMin: lo, precinctMax: hi } = scenario.electorate;
  const n = Math.max(1, Math.round(registered / ((lo + hi) / 2)));
  const weights = Array.from({ length: n }, () => lo + (hi - lo) * rng());
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w / total) * registered));
  let left = registered - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % n, left--) sizes[i]++;
  return sizes;
}

/** One normal deviate (Box-Muller); precinct-level only, never per voter. */
function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

function fillDistrict(e: Electorate, scenario: Scenario, d: number, rng: Rng): void {
  const K = e.parties;
  const { electorate: knobs, mobilisation } = scenario;
  const district = scenario.districts[d];
  const parties = scenario.parties;

  const ageTotal = knobs.ageShares[0] + knobs.ageShares[1] + knobs.ageShares[2];
  const ageCut0 = knobs.ageShares[0] / ageTotal;
  const ageCut1 = (knobs.ageShares[0] + knobs.ageShares[1]) / ageTotal;
  // Where the ruling party backs another district's candidate, its pressured voters are told to vote for that one.
  const pressuredParty = parties.findIndex((p) => p.id === (district.mobilisedFor || mobilisation.party));
  const pressureShare = pressuredParty < 0 ? [0, 0, 0] : mobilisation.shareByAge;
  const pressureValue = pressuredParty + 1;
  const baseLog = new Float64Array(3 * K);
  for (let a = 0; a < 3; a++) {
    for (let k = 0; k < K; k++) {
      const w = (Object.hasOwn(district.support, parties[k].id) ? district.support[parties[k].id] : parties[k].support)[a];
      baseLog[a * K + k] = w > 0 ? Math.log(w) + (Object.hasOwn(district.lean, parties[k].id) ? district.lean[parties[k].id] : 0) : -Infinity;
    }
  }
  const keep = new Float64Array(3 * K);
  const alias = new Uint16Array(3 * K);
  const weights = new Float64Array(K);
  const noise = new Float64Array(K);
  const prefCounts = new Float64Array(K);
  const { age, preference, digital, pressure, propensity } = e;
  // Per-age constants in typed arrays: the voter loop below reads nothing from the scenario objects.
  const digitalMean = Float64Array.from(knobs.digitalByAge);
  const turnoutMean = Float64Array.from(knobs.turnoutByAge);
  const pressureCut = Float64Array.from(pressureShare);
  const spread = knobs.turnoutSpread;

  for (let p = e.districtPrecinctStart[d]; p < e.districtPrecinctStart[d + 1]; p++) {
    // Precinct-level variation in support: what makes polling stations differ.
    for (let k = 0; k < K; k++) noise[k] = knobs.precinctNoise * normal(rng);
    for (let a = 0; a < 3; a++) {
      for (let k = 0; k < K; k++) weights[k] = Math.exp(baseLog[a * K + k] + noise[k]);
      const table = aliasTable(weights);
      keep.set(table.keep, a * K);
      alias.set(table.alias, a * K);
    }
    // Five draws per voter, always, so that one knob never shifts another attribute's draws.
    const end = e.precinctStart[p + 1];
    for (let v = e.precinctStart[p]; v < end; v++) {
      const ua = rng();
      const a = ua < ageCut0 ? 0 : ua < ageCut1 ? 1 : 2;
      age[v] = a;
      const x = rng() * K;
      const i = x | 0;
      const pref = x - i < keep[a * K + i] ? i : alias[a * K + i];
      preference[v] = pref;
      prefCounts[pref]++;
      digital[v] = clamp255(digitalMean[a] + DIGITAL_SPREAD * (rng() - 0.5));
      pressure[v] = rng() < pressureCut[a] ? pressureValue : NOT_PRESSURED;
      propensity[v] = clamp255(turnoutMean[a] * (1 + spread * (2 * rng() - 1)));
    }
  }
  const n = e.districtStart[d + 1] - e.districtStart[d];
  for (let k = 0; k < K; k++) e.districtPreferenceShares[d * K + k] = prefCounts[k] / n;
}

/** The district index of a voter (binary search over districtStart). */
export function districtOf(e: Pick<Electorate, 'districtStart'>, voter: number): number {
  let a = 0;
  let b = e.districtStart.length - 2;
  while (a < b) {
    const m = (a + b + 1) >>> 1;
    if (e.districtStart[m] <= voter) a = m;
    else b = m - 1;
  }
  return a;
}

/** 0..1 to 0..255, rounded and clamped. */
function clamp255(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 255 : (x * 255 + 0.5) | 0;
}
