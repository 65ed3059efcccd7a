/**
 * The published numbers of a run, as the forensics read them (`PublishedFigures`): the result's per-channel
 * counts and published winners, the precinct protocols as published (after any tampering) with their paper
 * rolls, the binned online ballots of the published ledger, and two registration statistics a real election
 * can publish: the age mix of each precinct's paper voters (from the signed roll books) and of each district's
 * online voters (the operator's statistics). Engine code: no DOM, no Node APIs, no clock.
 */
import { VoterStatus } from '../casting/casting.ts';
import type { PublishedFigures } from './forensics.ts';
import { seriesFromRun } from '../series/ledger-series.ts';
import type { SimulationRun } from '../run/simulate.ts';

const AGE_BANDS = 3;

export function publishedFigures(run: SimulationRun, binMinutes = 20): PublishedFigures {
  const { electorate: e, casting, result } = run;
  const K = e.parties;
  const P = e.precinctDistrict.length;
  const D = result.districts.length;
  const PAPER = VoterStatus.votedPaper;
  const ONLINE = VoterStatus.votedOnline;
  const status = casting.status;
  const age = e.age;
  const paperByAge = new Float64Array(P * AGE_BANDS);
  const onlineByAge = new Float64Array(D * AGE_BANDS);
  for (let p = 0; p < P; p++) {
    const d = e.precinctDistrict[p];
    for (let v = e.precinctStart[p]; v < e.precinctStart[p + 1]; v++) {
      const s = status[v];
      if (s & PAPER) paperByAge[p * AGE_BANDS + age[v]]++;
      if (s & ONLINE) onlineByAge[d * AGE_BANDS + age[v]]++;
    }
  }
  const protocols = run.integrity.plan.protocols;
  const row = (a: Float64Array, i: number) => Array.from(a.subarray(i * AGE_BANDS, (i + 1) * AGE_BANDS));
  const candidateIndex = (d: number, id: string | null) => result.districts[d].candidates.findIndex((c) => c.id === id);
  return {
    parties: result.parties,
    districts: result.districts.map((d, i) => ({
      id: d.id,
      name: d.name,
      candidates: d.candidates.map((c) => c.name),
      paper: d.paper,
      online: d.online,
      winner: candidateIndex(i, d.publishedWinner),
      onlineVotersByAge: row(onlineByAge, i),
    })),
    precincts: {
      district: e.precinctDistrict,
      paperRoll: result.precincts.paperRoll,
      counts: Array.from({ length: P }, (_, p) => Array.from(protocols.subarray(p * K, p * K + K))),
      paperVotersByAge: Array.from({ length: P }, (_, p) => row(paperByAge, p)),
    },
    series: seriesFromRun(run, binMinutes),
    ledgerPublic: result.publication.ledgerPublic,
  };
}
