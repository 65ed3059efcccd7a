/**
 * Reusing a run's early stages across runs that differ only in later knobs (a sweep over who checks
 * receipts re-runs the same city, the same votes and the same ledger many times). Each key lists,
 * explicitly, the knobs its stages read: two scenarios with equal keys get the very same stage
 * output. test/sweep.test.ts checks that memoised runs give the same rows as fresh ones.
 */
import { escapeIsVisible } from '../casting/casting.ts';
import type { Scenario } from '../scenario/scenario.ts';

/** Every knob the electorate, casting and the honest resolution read (electorate.ts, casting.ts, schedule.ts, resolve.ts). */
export function castingKey(s: Scenario): string {
  // Casting reads two publication knobs only through whether a coercer could see an escape.
  return JSON.stringify([s.seed, s.timeZone, s.parties, s.districts, s.electorate, s.mobilisation, s.online, s.paper, s.revoting, escapeIsVisible(s)]);
}

/**
 * Every knob the publication reads (integrity.ts `publish`): the casting's, the adversary's, the
 * releases, what is published and audited, whether (and how) ballots are encrypted, but not who
 * checks receipts or when.
 */
export function publicationKey(s: Scenario): string {
  const published = Object.entries(s.verifiability).filter(([knob]) => knob !== 'receiptCheckShare' && knob !== 'receiptCheckTime');
  return JSON.stringify([castingKey(s), s.name, s.adversary, s.release, published, s.e2e]);
}

export type MemoStage = 'casting' | 'publication';

/** Stage outputs by stage and key. Keep one per batch of related runs: it holds every output it has seen. */
export class StageMemo {
  readonly #entries = new Map<string, unknown>();
  hits = 0;
  misses = 0;

  get<T>(stage: MemoStage, key: string, build: () => T): T {
    const id = `${stage}\u0000${key}`;
    if (this.#entries.has(id)) {
      this.hits++;
      return this.#entries.get(id) as T;
    }
    this.misses++;
    const value = build();
    this.#entries.set(id, value);
    return value;
  }
}
