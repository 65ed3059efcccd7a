/**
 * Per-address rate limits: a token bucket per client address and action, refilled continuously to
 * `perMinute`. Kept in memory on purpose: a restart forgives, and no ballot depends on it.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perMinute: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Takes one request from `key`'s bucket; false when it is empty. */
  allow(key: string): boolean {
    const now = this.clock();
    const b = this.#buckets.get(key) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + ((now - b.at) / 60_000) * this.perMinute);
    b.at = now;
    if (this.#buckets.size > 10_000) this.#buckets.clear();
    this.#buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
