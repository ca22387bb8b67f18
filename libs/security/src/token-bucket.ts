/**
 * Rate limits as token buckets: each key (an actor, an address) holds up to `burst`
 * requests, refilled at `perSecond`. Pure apart from the clock, which is given.
 */

export interface RateLimit {
  /** Requests a key may make at once. */
  readonly burst: number;
  /** Requests a key regains per second; 0 turns the limit off. */
  readonly perSecond: number;
}

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  atMs: number;
}

const ALLOWED: RateDecision = { allowed: true };

/** Token buckets per key, in memory, with a bound on how many keys are remembered. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    /** Beyond this many keys, the full buckets are forgotten first, then the least recently used. */
    private readonly maxKeys = 100_000,
  ) {}

  get enabled(): boolean {
    return this.limit.perSecond > 0 && this.limit.burst > 0;
  }

  /** Takes one request's token for the key, or says how long until one is there. */
  take(key: string): RateDecision {
    if (!this.enabled) return ALLOWED;
    const nowMs = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, atMs: nowMs };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((nowMs - bucket.atMs) / 1000) * this.limit.perSecond);
    bucket.atMs = nowMs;
    // Re-inserted so the map's order is the order of last use.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.forget(nowMs);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return ALLOWED;
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond)) };
  }

  /** How many keys are remembered. */
  get size(): number {
    return this.buckets.size;
  }

  private forget(nowMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((nowMs - bucket.atMs) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(key);
    }
    // Down to nine tenths, so that the sweep is paid once per many new keys, not once per request.
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= target) break;
      this.buckets.delete(key);
    }
  }
}
