/**
 * How the engine hands its cryptography out: a stage that needs ballots encrypted or verified is a
 * generator that yields batches of chunk jobs (e2e-jobs.ts) and receives their results. `runInline`
 * answers them in the same thread (simulate() stays synchronous); `runWithPool` (src/pool/crypto-pool.ts)
 * answers them with a pool of workers. The jobs and their seeded nonces are the same, so both give identical runs.
 */
import type { CryptoCosts } from './crypto-costs.ts';
import { encryptChunk, verifyChunk, type EncryptJob, type EncryptResult, type VerifyJob, type VerifyResult } from './e2e-jobs.ts';
import { chainSegment, type ChainJob } from '../ledger/chain-segments.ts';

/**
 * A batch of jobs. `chain` is the verifier's hash-chain walk in stretches (chain-segments.ts); it is
 * not cryptography of the verifiable mode, so it reports its progress to its own `progress` (the
 * share of entries hashed) rather than to the runner's CryptoProgress, and a runner calls its
 * `meanwhile` once, before the answer (inline: first; with a pool: while the stretches are hashed).
 */
export type CryptoRequest =
  | { readonly op: 'encrypt'; readonly jobs: readonly EncryptJob[] }
  | { readonly op: 'verify'; readonly jobs: readonly VerifyJob[] }
  | {
      readonly op: 'chain';
      readonly jobs: readonly ChainJob[];
      readonly progress?: (fraction: number) => void;
      /** Work of this thread that does not need the chain: a pool's runner does it while the workers hash. */
      readonly meanwhile?: () => void;
    };
export type CryptoResponse = EncryptResult[] | VerifyResult[] | Uint8Array[];
export type CryptoSteps<T> = Generator<CryptoRequest, T, CryptoResponse>;

/** Progress stages of the cryptography: encrypting ballots, and checking proofs (with the sums that go with them). */
export type CryptoStage = 'encryption' | 'proofs';
/** `summing`: the operator's pass that only adds ciphertexts up (before the observers' proof checks). */
export type CryptoProgress = (stage: CryptoStage, done: number, total: number, summing: boolean) => void;

/** What a crypto worker exposes (simulations/crypto.worker.ts, src/worker/crypto.worker.ts). */
export interface CryptoApi {
  encryptChunk(job: EncryptJob): EncryptResult;
  verifyChunk(job: VerifyJob): VerifyResult;
  chainSegment(job: ChainJob): Uint8Array;
}
export const cryptoApi: CryptoApi = { encryptChunk, verifyChunk, chainSegment };

export const stageOf = (r: CryptoRequest & { op: 'encrypt' | 'verify' }): CryptoStage => (r.op === 'encrypt' ? 'encryption' : 'proofs');

/** Items in a job (ballots to encrypt or to verify, entries to hash): what progress counts. */
export const sizeOf = (r: CryptoRequest, i: number): number =>
  r.op === 'encrypt' ? r.jobs[i].maker.length : r.op === 'verify' ? r.jobs[i].ballots.length : r.jobs[i].unixSeconds.length;

/** The share of a chain request's entries done after `done` of them: its own progress callback hears it. */
export const chainProgress = (request: CryptoRequest & { op: 'chain' }, done: number, total: number) => request.progress?.(total > 0 ? done / total : 1);

/** Answers every request in this thread; with `costs` and a `clock` (milliseconds), also measures the work. */
export function runInline<T>(steps: CryptoSteps<T>, progress?: CryptoProgress, costs?: CryptoCosts, clock?: () => number): T {
  let next = steps.next();
  while (!next.done) {
    const request = next.value;
    const total = request.jobs.reduce((n, _, i) => n + sizeOf(request, i), 0);
    let done = 0;
    if (request.op === 'chain') {
      request.meanwhile?.();
      const hashed = request.jobs.map((job, i) => {
        const out = chainSegment(job);
        chainProgress(request, (done += sizeOf(request, i)), total);
        return out;
      });
      next = steps.next(hashed);
      continue;
    }
    const results = request.jobs.map((job, i) => {
      const t0 = clock?.() ?? 0;
      const out = request.op === 'encrypt' ? encryptChunk(job as EncryptJob) : verifyChunk(job as VerifyJob);
      if (costs && clock) costs.add(request.op === 'encrypt' ? 'encrypt' : (job as VerifyJob).proofs ? 'verify' : 'sum', sizeOf(request, i), clock() - t0);
      done += sizeOf(request, i);
      progress?.(stageOf(request), done, total, request.op === 'verify' && !(job as VerifyJob).proofs);
      return out;
    });
    next = steps.next(results as CryptoResponse);
  }
  return next.value;
}

/** Ballots per chunk handed to a worker: about a second of work, small enough for smooth progress. */
export const CHUNK = 128;

/** Splits n items into chunks of at most `size`: [start, end) pairs. */
export function chunks(n: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < n; a += size) out.push([a, Math.min(n, a + size)]);
  return out;
}
