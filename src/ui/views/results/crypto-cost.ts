/**
 * What verifiability cost in a run, in words: per-ballot time to encrypt and to verify, the CPU
 * time and the workers, and what the same work would take for the moscow-2021 electorate.
 */
import type { CostSummary } from '../../../core/e2e/crypto-costs.ts';
import { formatCount } from '../../common/format.ts';

/** Online ballots (ledger entries) of the moscow-2021 preset: ~2.2 million (docs/record-format.md). */
export const MOSCOW_ONLINE_BALLOTS = 2_200_000;

const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

function duration(msTotal: number): string {
  const minutes = msTotal / 60_000;
  if (minutes < 1) return `${Math.round(msTotal / 1000)} s`;
  if (minutes < 120) return `${Math.round(minutes)} min`;
  return `${(minutes / 60).toFixed(1)} h`;
}

export function costSentence(c: CostSummary): string {
  const perBallot = c.encryptMsPerBallot + c.verifyMsPerBallot;
  const moscowCpu = perBallot * MOSCOW_ONLINE_BALLOTS;
  return (
    `Verifiability cost ${ms(c.encryptMsPerBallot)} per ballot to encrypt and prove, ${ms(c.verifyMsPerBallot)} to verify ` +
    `(${formatCount(c.encrypted)} ballots encrypted, ${formatCount(c.verified)} verified): ${duration(c.cpuMs)} of CPU time on ${c.workers} worker${c.workers === 1 ? '' : 's'}. ` +
    `For the moscow-2021 electorate (~${formatCount(MOSCOW_ONLINE_BALLOTS)} online ballots) that is ~${duration(moscowCpu)} of CPU, ~${duration(moscowCpu / c.workers)} on ${c.workers} workers.`
  );
}
