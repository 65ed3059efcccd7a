/**
 * The online ballot table: one row per ballot ever cast online, in columns. Casting appends rows
 * district by district; `inLedgerOrder` then sorts them by time, the order a ledger records them.
 */

/** Why a ballot exists. Attacks (a later stage) add causes of their own. */
export const BallotCause = {
  /** A voter's first online ballot. */
  first: 0,
  /** A re-vote by a voter who changed their mind. */
  changedMind: 1,
  /** A re-vote in private by a pressured voter whose first ballot was cast under pressure. */
  escape: 2,
} as const;
export type BallotCause = (typeof BallotCause)[keyof typeof BallotCause];

export interface BallotTable {
  readonly count: number;
  /** Global voter index. */
  readonly voter: Uint32Array;
  /** Seconds after online voting opened. */
  readonly time: Uint32Array;
  /** Party index the ballot is for. */
  readonly choice: Uint8Array;
  /** District index. */
  readonly district: Uint16Array;
  readonly cause: Uint8Array;
}

/** Empty columns for n ballots. */
export function allocateBallots(n: number) {
  return {
    count: n,
    voter: new Uint32Array(n),
    time: new Uint32Array(n),
    choice: new Uint8Array(n),
    district: new Uint16Array(n),
    cause: new Uint8Array(n),
  };
}

/** Appends ballots into columns that grow by doubling, up to `limit` rows (`push` past it throws RangeError). */
export class BallotBuilder {
  private n = 0;
  private readonly limit: number;
  private voter: Uint32Array;
  private time: Uint32Array;
  private choice: Uint8Array;
  private district: Uint16Array;
  private cause: Uint8Array;

  constructor(capacity = 1024, limit = Number.MAX_SAFE_INTEGER) {
    this.limit = limit;
    capacity = Math.min(limit, Math.max(16, capacity));
    this.voter = new Uint32Array(capacity);
    this.time = new Uint32Array(capacity);
    this.choice = new Uint8Array(capacity);
    this.district = new Uint16Array(capacity);
    this.cause = new Uint8Array(capacity);
  }

  push(voter: number, time: number, choice: number, district: number, cause: number): void {
    if (this.n === this.voter.length) this.grow();
    const i = this.n++;
    this.voter[i] = voter;
    this.time[i] = time;
    this.choice[i] = choice;
    this.district[i] = district;
    this.cause[i] = cause;
  }

  /** Rows so far. */
  get count(): number {
    return this.n;
  }

  private grow(): void {
    // Checked only when the columns are full, so the limit costs the hot loop nothing.
    if (this.voter.length >= this.limit) throw new RangeError(`more than ${this.limit} ballots`);
    const size = Math.min(this.limit, this.voter.length * 2);
    const move = <T extends Uint8Array | Uint16Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.voter = move(this.voter, (n) => new Uint32Array(n));
    this.time = move(this.time, (n) => new Uint32Array(n));
    this.choice = move(this.choice, (n) => new Uint8Array(n));
    this.district = move(this.district, (n) => new Uint16Array(n));
    this.cause = move(this.cause, (n) => new Uint8Array(n));
  }

  /** The rows sorted by time (a stable counting sort: equal times keep their insertion order). */
  inLedgerOrder(seconds: number): BallotTable {
    return this.inLedgerOrderWith(seconds, new Uint8Array(this.n)).table;
  }

  /** Like inLedgerOrder, carrying one extra byte column along (indexed by insertion order). */
  inLedgerOrderWith(seconds: number, extraIn: Uint8Array): { table: BallotTable; extra: Uint8Array } {
    const n = this.n;
    const starts = new Uint32Array(seconds + 2);
    for (let i = 0; i < n; i++) starts[this.time[i] + 1]++;
    for (let t = 1; t < starts.length; t++) starts[t] += starts[t - 1];
    const extra = new Uint8Array(n);
    const out = allocateBallots(n);
    // Sorted times are each bucket's time over its run, so they are written in order, not scattered.
    for (let t = 0; t + 1 < starts.length; t++) out.time.fill(t, starts[t], starts[t + 1]);
    // The scatter writes at random, so the narrow columns travel packed in one word (district, choice,
    // cause): three scattered writes a row instead of six, then one pass in order to unpack.
    const packed = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const j = starts[this.time[i]]++;
      out.voter[j] = this.voter[i];
      packed[j] = this.district[i] | (this.choice[i] << 16) | (this.cause[i] << 24);
      extra[j] = extraIn[i];
    }
    for (let j = 0; j < n; j++) {
      const p = packed[j];
      out.district[j] = p & 0xffff;
      out.choice[j] = (p >>> 16) & 0xff;
      out.cause[j] = p >>> 24;
    }
    return { table: out, extra };
  }
}
