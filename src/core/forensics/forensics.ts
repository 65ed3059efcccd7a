/**
 * Forensics: what an observer can compute from published numbers alone, per district.
 *
 * - Online shares over time: each candidate's share of the online ballots in every bin (20 minutes by default),
 *   and the drift of the district's published winner (their share in the last third of the bins minus the first).
 * - The channel gap: each candidate's online share minus their paper share.
 * - Turnout against the winner's share across the district's precincts (paper ballots over the paper roll, and
 *   the winner's share of them), with the least-squares line and the correlation.
 * - The swing decomposition: the focus party's (the ruling party's) online minus paper share, split into the part
 *   the age mix of each channel's voters explains and the remainder. Age-band support comes from the paper
 *   results by ecological regression across precincts (see `estimateAgeSupport`).
 *
 * Every one of these can suggest that something other than the electorate moved the result; none can prove it:
 * workplace pressure, self-selection of who votes online, and fraud all leave the same marks (docs/forensics.md).
 * Engine code: no DOM, no Node APIs, no clock.
 */
import { fitLine, fitTwo, type LineFit } from '../stats/least-squares.ts';
import type { VoteSeries } from '../series/vote-series.ts';

/** Age bands as in the scenario: 18-34, 35-54, 55+. The regression's baseline is the middle band. */
const AGE_BANDS = 3;

/** The published numbers the forensics read (built from a run by `publishedFigures`, or from real data). */
export interface PublishedFigures {
  readonly parties: readonly { readonly id: string; readonly name: string; readonly ruling: boolean }[];
  readonly districts: readonly {
    readonly id: number;
    readonly name: string;
    /** Candidate names, in party order. */
    readonly candidates: readonly string[];
    /** Paper ballots per candidate (the precinct protocols summed) and counted online ballots, as published. */
    readonly paper: readonly number[];
    readonly online: readonly number[];
    /** Index of the published winner, or -1. */
    readonly winner: number;
    /** Online voters per age band (the operator's registration statistics). */
    readonly onlineVotersByAge: readonly number[];
  }[];
  /** Precinct protocols, in columns. `district` is an index into `districts`. */
  readonly precincts: {
    readonly district: ArrayLike<number>;
    /** Voters on the paper roll. */
    readonly paperRoll: ArrayLike<number>;
    /** Paper ballots per candidate, as the protocol says. */
    readonly counts: readonly (readonly number[])[];
    /** Paper voters per age band (from the signed roll books). */
    readonly paperVotersByAge: readonly (readonly number[])[];
  };
  /** Online ballots per district, candidate and bin (every stored ballot, re-votes included). */
  readonly series: VoteSeries;
  /** Whether the ledger is published: if not, observers could not bin the online ballots (the sandbox still does). */
  readonly ledgerPublic: boolean;
}

/** Age-band support of one party, estimated from paper results across precincts. */
export interface AgeSupport {
  /** Precincts used (with paper ballots and paper voters). */
  readonly precincts: number;
  /** Support of the young (18-34) and the old (55+) band minus the middle band's, same in every district. */
  readonly young: number;
  readonly old: number;
  readonly cov: readonly [readonly [number, number], readonly [number, number]];
}

export interface DistrictForensics {
  readonly id: number;
  readonly name: string;
  readonly candidates: readonly string[];
  /** Index of the published winner (the "leader"), or -1. */
  readonly leader: number;
  /** ISO-8601 UTC starts of the bins. */
  readonly bins: readonly string[];
  /** Online ballots in each bin. */
  readonly binBallots: readonly number[];
  /** shares[k][b]: candidate k's share of bin b's online ballots (NaN for an empty bin). */
  readonly shares: readonly (readonly number[])[];
  /** The leader's online share in the first and the last third of the bins, and last minus first (NaN if undefined). */
  readonly leaderDrift: { readonly first: number; readonly last: number; readonly change: number };
  readonly paperShare: readonly number[];
  readonly onlineShare: readonly number[];
  /** Online share minus paper share, per candidate. */
  readonly gap: readonly number[];
  /** Each precinct with paper ballots: paper turnout (ballots over the paper roll) and the leader's paper share. */
  readonly precincts: { readonly turnout: readonly number[]; readonly leaderShare: readonly number[] };
  readonly turnoutFit: LineFit;
  readonly swing: SwingDecomposition;
}

/** The focus party's channel swing: online share minus paper share = explained + unexplained. */
export interface SwingDecomposition {
  readonly observed: number;
  /** What the age mix explains: Σ_band (online mix − paper mix) · band support. */
  readonly explained: number;
  /** Standard error of `explained` from the age-support estimate's covariance. */
  readonly explainedSe: number;
  readonly unexplained: number;
  /** Share of each age band among paper voters and among online voters. */
  readonly paperAgeMix: readonly number[];
  readonly onlineAgeMix: readonly number[];
}

export interface ForensicsReport {
  readonly binMinutes: number;
  /** False: the online shares over time come from a ledger only the operator sees; observers could not compute them. */
  readonly ledgerPublic: boolean;
  /** The party whose swing is decomposed: the ruling party, else the city's published leader. */
  readonly focusParty: { readonly index: number; readonly id: string; readonly name: string };
  readonly ageSupport: AgeSupport;
  /** Turnout against the leader's share over every precinct of the city. */
  readonly cityTurnoutFit: LineFit;
  readonly districts: readonly DistrictForensics[];
}

const share = (x: number, of: number) => (of > 0 ? x / of : NaN);
const sum = (a: readonly number[]) => a.reduce((s, x) => s + x, 0);

/** Every signal of every district, from published figures alone. */
export function forensics(f: PublishedFigures): ForensicsReport {
  const focus = focusPartyOf(f);
  const ageSupport = estimateAgeSupport(f, focus);
  const D = f.districts.length;
  const byDistrict: number[][] = Array.from({ length: D }, () => []);
  for (let p = 0; p < f.precincts.district.length; p++) byDistrict[f.precincts.district[p]].push(p);
  const seriesById = new Map(f.series.districts.map((s) => [s.id, s]));

  const allTurnout: number[] = [];
  const allLeader: number[] = [];
  const districts = f.districts.map((d, i): DistrictForensics => {
    const paperShare = d.paper.map((x) => share(x, sum(d.paper)));
    const onlineShare = d.online.map((x) => share(x, sum(d.online)));
    const gap = onlineShare.map((x, k) => x - paperShare[k]);

    const s = seriesById.get(d.id);
    const nBins = s?.bins.length ?? 0;
    const binBallots = Array.from({ length: nBins }, (_, b) => (s ? s.candidates.reduce((a, c) => a + c.votes[b], 0) : 0));
    const shares = d.candidates.map((_, k) => {
      const c = s?.candidates[k];
      return binBallots.map((n, b) => share(c ? c.votes[b] : 0, n));
    });

    const turnout: number[] = [];
    const leaderShare: number[] = [];
    for (const p of byDistrict[i]) {
      const counts = f.precincts.counts[p];
      const ballots = sum(counts as number[]);
      const roll = f.precincts.paperRoll[p];
      if (ballots === 0 || roll === 0 || d.winner < 0) continue;
      turnout.push(ballots / roll);
      leaderShare.push(counts[d.winner] / ballots);
    }
    allTurnout.push(...turnout);
    allLeader.push(...leaderShare);

    return {
      id: d.id,
      name: d.name,
      candidates: d.candidates,
      leader: d.winner,
      bins: s?.bins ?? [],
      binBallots,
      shares,
      leaderDrift: leaderDrift(d.winner < 0 ? [] : shares[d.winner], binBallots),
      paperShare,
      onlineShare,
      gap,
      precincts: { turnout, leaderShare },
      turnoutFit: fitLine(turnout, leaderShare),
      swing: decomposeSwing(f, byDistrict[i], i, focus.index, ageSupport),
    };
  });

  return {
    binMinutes: f.series.binMinutes,
    ledgerPublic: f.ledgerPublic,
    focusParty: focus,
    ageSupport,
    cityTurnoutFit: fitLine(allTurnout, allLeader),
    districts,
  };
}

function focusPartyOf(f: PublishedFigures): ForensicsReport['focusParty'] {
  let index = f.parties.findIndex((p) => p.ruling);
  if (index < 0) {
    const totals = f.parties.map((_, k) => f.districts.reduce((a, d) => a + d.paper[k] + d.online[k], 0));
    index = totals.indexOf(Math.max(...totals));
  }
  return { index, id: f.parties[index].id, name: f.parties[index].name };
}

/** The leader's share of the ballots in the first and the last third of the bins (as `summarizeSeries`). */
function leaderDrift(leaderShares: readonly number[], binBallots: readonly number[]): DistrictForensics['leaderDrift'] {
  const n = binBallots.length;
  const third = Math.floor(n / 3);
  if (third === 0 || leaderShares.length === 0) return { first: NaN, last: NaN, change: NaN };
  const over = (from: number, to: number) => {
    let l = 0;
    let all = 0;
    for (let b = from; b < to; b++) {
      if (binBallots[b] === 0) continue;
      l += leaderShares[b] * binBallots[b];
      all += binBallots[b];
    }
    return share(l, all);
  };
  const first = over(0, third);
  const last = over(n - third, n);
  return { first, last, change: last - first };
}

/**
 * Ecological regression (Goodman's, with a fixed effect per district): across precincts, the focus party's
 * paper share y_p = α_district + γ_young · young_p + γ_old · old_p + noise, where young_p and old_p are the
 * shares of those bands among the precinct's paper voters. Removing each district's means leaves two slopes,
 * the support of the young and the old band relative to the middle band, assumed the same in every district.
 * It assumes that voters of one band vote alike whatever precinct they live in; in this sandbox precincts
 * differ in age mix only by chance, so the slopes are estimated loosely: their covariance says how loosely.
 */
export function estimateAgeSupport(f: PublishedFigures, focus: { index: number }): AgeSupport {
  const P = f.precincts.district.length;
  const D = f.districts.length;
  const y: number[] = [];
  const young: number[] = [];
  const old: number[] = [];
  const group: number[] = [];
  for (let p = 0; p < P; p++) {
    const counts = f.precincts.counts[p];
    const ballots = sum(counts as number[]);
    const ages = f.precincts.paperVotersByAge[p];
    const voters = sum(ages as number[]);
    if (ballots === 0 || voters === 0) continue;
    y.push(counts[focus.index] / ballots);
    young.push(ages[0] / voters);
    old.push(ages[AGE_BANDS - 1] / voters);
    group.push(f.precincts.district[p]);
  }
  const groups = new Set(group).size;
  for (const column of [y, young, old]) demeanWithin(column, group, D);
  const fit = fitTwo(young, old, y, groups);
  return { precincts: y.length, young: fit.coef[0], old: fit.coef[1], cov: fit.cov };
}

function demeanWithin(values: number[], group: readonly number[], groups: number): void {
  const total = new Float64Array(groups);
  const count = new Float64Array(groups);
  for (let i = 0; i < values.length; i++) {
    total[group[i]] += values[i];
    count[group[i]]++;
  }
  for (let i = 0; i < values.length; i++) values[i] -= total[group[i]] / count[group[i]];
}

function decomposeSwing(f: PublishedFigures, precincts: readonly number[], d: number, focus: number, support: AgeSupport): SwingDecomposition {
  const district = f.districts[d];
  const paperAges = new Array<number>(AGE_BANDS).fill(0);
  for (const p of precincts) for (let a = 0; a < AGE_BANDS; a++) paperAges[a] += f.precincts.paperVotersByAge[p][a];
  const paperAgeMix = paperAges.map((x) => share(x, sum(paperAges)));
  const onlineAgeMix = district.onlineVotersByAge.map((x) => share(x, sum(district.onlineVotersByAge as number[])));
  const observed = share(district.online[focus], sum(district.online as number[])) - share(district.paper[focus], sum(district.paper as number[]));
  // The district's own intercept cancels: both mixes sum to one.
  const dy = onlineAgeMix[0] - paperAgeMix[0];
  const dO = onlineAgeMix[AGE_BANDS - 1] - paperAgeMix[AGE_BANDS - 1];
  const explained = support.young * dy + support.old * dO;
  const [[v11, v12], [, v22]] = support.cov;
  const explainedSe = Math.sqrt(dy * dy * v11 + 2 * dy * dO * v12 + dO * dO * v22);
  return { observed, explained, explainedSe, unexplained: observed - explained, paperAgeMix, onlineAgeMix };
}
