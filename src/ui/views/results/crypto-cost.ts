/**
 * What verifiability cost in a run, in words: per-ballot time to encrypt and to verify, the CPU
 * time and the workers, and what the same work would take for the moscow-2021 electorate.
 */
import type { CostSummary } from '../../../core/e2e/crypto-costs.ts';
import { formatCount, formatNumber } from '../../common/format.ts';
import { msg, str } from '@lit/localize';

/** Online ballots (ledger entries) of the moscow-2021 preset: ~2.2 million (docs/record-format.md). */
export const MOSCOW_ONLINE_BALLOTS = 2_200_000;

const ms = (x: number) => {
  const n = formatNumber(x, x < 10 ? 1 : 0);
  return msg(str`${n} ms`);
};

function duration(msTotal: number): string {
  const minutes = msTotal / 60_000;
  if (minutes < 1) {
    const s = formatCount(Math.round(msTotal / 1000));
    return msg(str`${s} s`);
  }
  if (minutes < 120) {
    const m = formatCount(Math.round(minutes));
    return msg(str`${m} min`);
  }
  const h = formatNumber(minutes / 60, 1);
  return msg(str`${h} h`);
}

export function costSentence(c: CostSummary): string {
  const perBallot = c.encryptMsPerBallot + c.verifyMsPerBallot;
  const moscowCpu = perBallot * MOSCOW_ONLINE_BALLOTS;
  const encrypt = ms(c.encryptMsPerBallot);
  const verify = ms(c.verifyMsPerBallot);
  const encrypted = formatCount(c.encrypted);
  const verified = formatCount(c.verified);
  const cpu = duration(c.cpuMs);
  const workers = formatCount(c.workers);
  const moscow = formatCount(MOSCOW_ONLINE_BALLOTS);
  const moscowTime = duration(moscowCpu);
  const moscowWall = duration(moscowCpu / c.workers);
  return (
    (c.workers === 1
      ? msg(str`Verifiability cost ${encrypt} per ballot to encrypt and prove, ${verify} to verify (${encrypted} ballots encrypted, ${verified} verified): ${cpu} of CPU time on 1 worker.`)
      : msg(str`Verifiability cost ${encrypt} per ballot to encrypt and prove, ${verify} to verify (${encrypted} ballots encrypted, ${verified} verified): ${cpu} of CPU time on ${workers} workers.`)) +
    ' ' +
    msg(str`For the moscow-2021 electorate (~${moscow} online ballots) that is ~${moscowTime} of CPU, ~${moscowWall} on ${workers} workers.`)
  );
}
