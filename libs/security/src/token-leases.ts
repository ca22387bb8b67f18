/**
 * A rate limit shared between gateways lives in one store (a row per key in PostgreSQL). A
 * gateway may take several tokens from it at once, a lease, and spend them without asking
 * again: one round trip per `leaseTokens` requests. A leased token is already taken from the
 * shared bucket, so leases never let more through than the one bucket would; what they cost
 * is the other way round, tokens parked in one gateway while another refuses. A lease
 * expires, and what is left of it is lost, so that parking lasts at most `leaseMs`. Pure
 * apart from the clock, which is given.
 */

import { RateLimit } from './token-bucket';

interface Lease {
  tokens: number;
  expiresAtMs: number;
}

/** Tokens taken in advance from a shared bucket, per key, in this process. */
export class TokenLeases {
  private readonly leases = new Map<string, Lease>();

  constructor(
    private readonly leaseMs: number,
    private readonly now: () => number = Date.now,
    /** Beyond this many keys, the oldest leases are given up (their tokens lost, never doubled). */
    private readonly maxKeys = 10_000,
  ) {}

  /** Spends one leased token of the key; false when none is left or the lease has expired. */
  spend(key: string): boolean {
    const lease = this.leases.get(key);
    if (!lease) return false;
    if (lease.expiresAtMs <= this.now() || lease.tokens < 1) {
      this.leases.delete(key);
      return false;
    }
    lease.tokens -= 1;
    if (lease.tokens < 1) this.leases.delete(key);
    return true;
  }

  /** Keeps tokens the shared bucket granted beyond the one spent at once, for the next requests of the key. */
  keep(key: string, tokens: number): void {
    if (tokens < 1) return;
    const existing = this.leases.get(key);
    const nowMs = this.now();
    const left = existing && existing.expiresAtMs > nowMs ? existing.tokens : 0;
    this.leases.delete(key);
    this.leases.set(key, { tokens: left + tokens, expiresAtMs: nowMs + this.leaseMs });
    if (this.leases.size > this.maxKeys) {
      for (const oldest of this.leases.keys()) {
        if (this.leases.size <= this.maxKeys) break;
        this.leases.delete(oldest);
      }
    }
  }

  /** How many keys hold a lease. */
  get size(): number {
    return this.leases.size;
  }
}

/** How many tokens to ask the shared bucket for at once: the lease, never more than the burst. */
export function leaseSize(limit: RateLimit, leaseTokens: number): number {
  return Math.max(1, Math.min(Math.floor(leaseTokens), Math.floor(limit.burst)));
}

/** Seconds until a bucket left with `tokens` holds a whole token again: the Retry-After of a refusal. */
export function retryAfterSeconds(tokens: number, limit: RateLimit): number {
  if (limit.perSecond <= 0) return 1;
  return Math.max(1, Math.ceil((1 - Math.max(0, tokens)) / limit.perSecond));
}
