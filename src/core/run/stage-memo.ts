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

/** The stages in run order: a later one is built from the earlier ones' outputs. */
const STAGES = ['casting', 'publication'] as const;
export type MemoStage = (typeof STAGES)[number];

export interface StageMemoOptions {
  /**
   * Keep only the latest output of each stage, and let the old one go, with the later stages' (built
   * from it), before building a new one: a page that runs one scenario after another then reuses what
   * a knob change leaves alone without ever holding two cities at once. Otherwise the memo holds every
   * output it has seen.
   */
  readonly latestOnly?: boolean;
}

/** Stage outputs by stage and key. Keep one per batch of related runs (or one `latestOnly` for a run after run). */
export class StageMemo {
  readonly #entries = new Map<string, unknown>();
  readonly #latestOnly: boolean;
  hits = 0;
  misses = 0;

  constructor(options: StageMemoOptions = {}) {
    this.#latestOnly = options.latestOnly ?? false;
  }

  get<T>(stage: MemoStage, key: string, build: () => T): T {
    const id = `${stage}\u0000${key}`;
    if (this.#entries.has(id)) {
      this.hits++;
      return this.#entries.get(id) as T;
    }
    this.misses++;
    if (this.#latestOnly) {
      const stale = STAGES.slice(STAGES.indexOf(stage)).map((s) => `${s}\u0000`);
      for (const old of [...this.#entries.keys()]) if (stale.some((prefix) => old.startsWith(prefix))) this.#entries.delete(old);
    }
    const value = build();
    this.#entries.set(id, value);
    return value;
  }

  /** How many outputs it holds now. */
  get size(): number {
    return this.#entries.size;
  }
}
