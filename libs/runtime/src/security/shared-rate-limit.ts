import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Logger } from '#libs/platform';
import { RateDecision, RateLimit, TokenLeases, leaseSize, retryAfterSeconds } from '#libs/security';

/** What a shared bucket gave: up to the tokens asked for, and what it holds after. */
export interface SharedGrant {
  readonly granted: number;
  readonly tokens: number;
}

/** Where the buckets the gateways share are kept. */
export interface SharedBucketStore {
  /** Takes up to `tokens` tokens of the key's bucket, refilled to now, in one step no other gateway can come between. */
  take(key: string, limit: RateLimit, tokens: number): Promise<SharedGrant>;
  /** Deletes up to `maxRows` buckets that are full again (an absent bucket is a full one); says how many. */
  sweep(maxRows: number): Promise<number>;
}

// A key longer than this (an identity provider's very long `sub`) is stored as its hash: a
// primary key of a few kilobytes would be refused by the index and turn the limit off for it.
const MAX_KEY_LENGTH = 200;

/**
 * One statement, one row, one round trip per take: the row is locked by the upsert, so two
 * gateways taking from one key at once are served one after the other, each from what the
 * other left. The refill is computed from the database's clock, the one clock every gateway
 * shares; `clock_timestamp()` is read once the row is locked, so the time a statement waited
 * for the lock is not counted twice.
 */
const TAKE = `
  INSERT INTO rate_limit_buckets AS b (key, tokens, granted, refilled_at, full_at)
  SELECT $1::text, $2::float8 - fresh.granted, fresh.granted, clock_timestamp(), clock_timestamp() + make_interval(secs => fresh.granted / $3::float8)
    FROM (SELECT LEAST($4::integer, floor($2::float8))::integer AS granted) AS fresh
  ON CONFLICT (key) DO UPDATE SET (tokens, granted, refilled_at, full_at) = (
    SELECT t.refilled - t.granted, t.granted, t.at, t.at + make_interval(secs => ($2::float8 - (t.refilled - t.granted)) / $3::float8)
      FROM (SELECT r.refilled, LEAST($4::integer, floor(r.refilled))::integer AS granted, r.at
              FROM (SELECT LEAST($2::float8, b.tokens + GREATEST(0, extract(epoch FROM clock_timestamp() - b.refilled_at)::float8) * $3::float8) AS refilled,
                           clock_timestamp() AS at) AS r) AS t)
  RETURNING granted, tokens`;

// The outer condition is checked again on a row another gateway took from meanwhile, so a bucket
// that stopped being full between the choice and the delete is kept.
const SWEEP = `
  DELETE FROM rate_limit_buckets
   WHERE key IN (SELECT key FROM rate_limit_buckets WHERE full_at < clock_timestamp() ORDER BY full_at LIMIT $1::integer)
     AND full_at < clock_timestamp()`;

/** The shared buckets in the rate_limit_buckets table of the read side's database. */
export class PostgresSharedBucketStore implements SharedBucketStore {
  constructor(private readonly dataSource: DataSource) {}

  async take(key: string, limit: RateLimit, tokens: number): Promise<SharedGrant> {
    const stored =
      key.length > MAX_KEY_LENGTH ? `${key.slice(0, key.indexOf(':') + 1)}sha256:${createHash('sha256').update(key).digest('hex')}` : key;
    const rows: { granted: number; tokens: number }[] = await this.dataSource.query(TAKE, [stored, limit.burst, limit.perSecond, tokens]);
    return { granted: Number(rows[0].granted), tokens: Number(rows[0].tokens) };
  }

  async sweep(maxRows: number): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(SWEEP, [maxRows]);
    return result[1];
  }
}

export interface SharedRateLimitOptions {
  /** Tokens taken per round trip (RATE_LIMIT_SHARED_LEASE). */
  readonly leaseTokens: number;
  /** How long a gateway may hold leased tokens before they are lost. */
  readonly leaseMs?: number;
  /** Longer than this, a take counts as failed: the request is not held up by a slow database (RATE_LIMIT_SHARED_TIMEOUT_MS). */
  readonly timeoutMs?: number;
  /** After this many failures in a row the store is not asked for `pauseMs`: no pile of waiting requests while it is down. */
  readonly failuresBeforePause?: number;
  readonly pauseMs?: number;
  readonly sweepIntervalMs?: number;
  readonly now?: () => number;
}

const SWEEP_BATCH_ROWS = 1000;
const SWEEP_MAX_BATCHES = 20;

/**
 * The rate limits the gateways share, asked after a process's own bucket has let a request
 * through. It fails open: when the database cannot answer in time, the request is let through
 * on this process's own buckets, which still hold, and a warning is logged; a database outage
 * is not turned into an outage of the whole API by its rate limiter. After a few failures in
 * a row it stops asking for a while, so that a database that is down costs requests no wait.
 */
export class SharedRateLimit {
  private readonly leases: TokenLeases;
  private readonly timeoutMs: number;
  private readonly failuresBeforePause: number;
  private readonly pauseMs: number;
  private readonly now: () => number;
  private failuresInARow = 0;
  private unavailable = false;
  private pausedUntilMs = 0;
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly store: SharedBucketStore,
    private readonly options: SharedRateLimitOptions,
    private readonly logger?: Logger,
  ) {
    this.now = options.now ?? Date.now;
    this.leases = new TokenLeases(options.leaseMs ?? 1000, this.now);
    this.timeoutMs = options.timeoutMs ?? 1000;
    this.failuresBeforePause = options.failuresBeforePause ?? 3;
    this.pauseMs = options.pauseMs ?? 5000;
  }

  /** Takes one request's token of the key from the shared bucket (or this gateway's lease of it). */
  async take(key: string, limit: RateLimit): Promise<RateDecision> {
    if (this.leases.spend(key)) return { allowed: true };
    if (this.now() < this.pausedUntilMs) return { allowed: true };
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      });
      const grant = await Promise.race([this.store.take(key, limit, leaseSize(limit, this.options.leaseTokens)), timeout]);
      this.failuresInARow = 0;
      if (this.unavailable) {
        this.unavailable = false;
        this.logger?.info('shared rate limit available again');
      }
      if (grant.granted < 1) return { allowed: false, retryAfterSeconds: retryAfterSeconds(grant.tokens, limit) };
      this.leases.keep(key, grant.granted - 1);
      return { allowed: true };
    } catch (error) {
      this.failuresInARow += 1;
      this.unavailable = true;
      const pausing = this.failuresInARow >= this.failuresBeforePause;
      if (pausing) {
        this.failuresInARow = 0;
        this.pausedUntilMs = this.now() + this.pauseMs;
      }
      // The first failure of a run and each pause are told; not every request of an outage.
      if (this.failuresInARow === 1 || pausing) {
        this.logger?.warn('shared rate limit unavailable: requests are limited by this gateway alone for now', {
          error: error instanceof Error ? error.message : String(error),
          ...(pausing ? { pausedForMs: this.pauseMs } : {}),
        });
      }
      return { allowed: true };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Deletes the buckets that are full again, in batches, until none is left or the bound of one sweep is reached. */
  async sweep(): Promise<number> {
    let deleted = 0;
    for (let batch = 0; batch < SWEEP_MAX_BATCHES; batch++) {
      const rows = await this.store.sweep(SWEEP_BATCH_ROWS);
      deleted += rows;
      if (rows < SWEEP_BATCH_ROWS) break;
    }
    return deleted;
  }

  /** Sweeps every `sweepIntervalMs` (a minute) until stopped; the timer never keeps the process alive. */
  startSweeping(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => {
      this.sweep().catch((error: unknown) =>
        this.logger?.warn('rate limit buckets not swept', { error: error instanceof Error ? error.message : String(error) }),
      );
    }, this.options.sweepIntervalMs ?? 60_000);
    this.sweeper.unref();
  }

  stopSweeping(): void {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
  }
}
