import { Logger, SecurityConfig } from '#libs/platform';
import { RateLimit } from '#libs/security';
import { RateLimiter } from './rate-limiter';
import { SharedBucketStore, SharedGrant, SharedRateLimit } from './shared-rate-limit';

/** The shared buckets as the PostgreSQL statement keeps them, in memory, with a clock of its own. */
class MemoryBucketStore implements SharedBucketStore {
  readonly buckets = new Map<string, { tokens: number; atMs: number }>();
  takes = 0;
  nowMs = 0;
  failWith?: Error;
  hang = false;
  sweptBatches: number[] = [];

  async take(key: string, limit: RateLimit, tokens: number): Promise<SharedGrant> {
    this.takes += 1;
    if (this.hang) return new Promise(() => undefined);
    if (this.failWith) throw this.failWith;
    const bucket = this.buckets.get(key) ?? { tokens: limit.burst, atMs: this.nowMs };
    const refilled = Math.min(limit.burst, bucket.tokens + ((this.nowMs - bucket.atMs) / 1000) * limit.perSecond);
    const granted = Math.min(tokens, Math.floor(refilled));
    this.buckets.set(key, { tokens: refilled - granted, atMs: this.nowMs });
    return { granted, tokens: refilled - granted };
  }

  async sweep(maxRows: number): Promise<number> {
    const rows = this.sweptBatches.shift() ?? 0;
    return Math.min(rows, maxRows);
  }
}

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const ignore = () => undefined;
  return { warnings, debug: ignore, info: ignore, error: ignore, warn: (message) => warnings.push(message) };
}

const security = (actor: RateLimit, address: RateLimit = { burst: 100, perSecond: 1 }): SecurityConfig => ({
  actorRateLimit: actor,
  addressRateLimit: address,
  sharedRateLimit: { enabled: true, leaseTokens: 1, timeoutMs: 1000 },
  limitLoopback: false,
  trustProxy: false,
  maxJsonDepth: 32,
});

/** Two gateways on one store, each with its own buckets and its own clock reading. */
function twoGateways(store: MemoryBucketStore, config: SecurityConfig, leaseTokens = 1) {
  let now = 0;
  const gateway = () => new RateLimiter(config, () => now, new SharedRateLimit(store, { leaseTokens, now: () => now }));
  return {
    gateways: [gateway(), gateway()],
    advance: (ms: number) => {
      now += ms;
      store.nowMs += ms;
    },
  };
}

describe('rate limits shared by several gateways', () => {
  it('lets through what one bucket would across two gateways, not twice as much, and says when to retry', async () => {
    const store = new MemoryBucketStore();
    const { gateways } = twoGateways(store, security({ burst: 5, perSecond: 0.1 }));
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await gateways[i % 2].takeForActor('egypt'));
    expect(answers.filter((a) => a.allowed)).toHaveLength(5);
    expect(answers.slice(5)).toEqual(Array(5).fill({ allowed: false, retryAfterSeconds: 10 }));
    expect(await gateways[1].takeForActor('kenya')).toEqual({ allowed: true });
  });

  it('refuses on a process bucket without asking the store', async () => {
    const store = new MemoryBucketStore();
    const { gateways } = twoGateways(store, security({ burst: 2, perSecond: 0.1 }));
    for (let i = 0; i < 5; i++) await gateways[0].takeForActor('egypt');
    expect(store.takes).toBe(2);
  });

  it('does not ask the store for a limit that is off, nor for an unlimited loopback address', async () => {
    const store = new MemoryBucketStore();
    const { gateways } = twoGateways(store, security({ burst: 0, perSecond: 0 }));
    for (let i = 0; i < 5; i++) expect(await gateways[0].takeForActor('egypt')).toEqual({ allowed: true });
    expect(await gateways[0].takeForAddress('127.0.0.1')).toEqual({ allowed: true });
    expect(store.takes).toBe(0);
    expect(await gateways[0].takeForAddress('203.0.113.9')).toEqual({ allowed: true });
    expect([...store.buckets.keys()]).toEqual(['address:203.0.113.9']);
  });

  it('with leases, asks once per lease and still never lets more through than the one bucket', async () => {
    const store = new MemoryBucketStore();
    const { gateways } = twoGateways(store, security({ burst: 10, perSecond: 0.01 }), 3);
    let allowed = 0;
    for (let i = 0; i < 40; i++) if ((await gateways[i % 2].takeForActor('egypt')).allowed) allowed += 1;
    // The last lease of 3 finds 1 token: 10 tokens, leased 3 + 3 + 3 + 1.
    expect(allowed).toBe(10);
    expect(store.takes).toBeLessThan(40);
  });

  it('loses a lease unspent within its time, so the tokens it parked are not spent later', async () => {
    const store = new MemoryBucketStore();
    const { gateways, advance } = twoGateways(store, security({ burst: 10, perSecond: 0.001 }), 5);
    expect((await gateways[0].takeForActor('egypt')).allowed).toBe(true);
    const takes = store.takes;
    expect((await gateways[0].takeForActor('egypt')).allowed).toBe(true);
    expect(store.takes).toBe(takes);
    advance(1000);
    expect((await gateways[0].takeForActor('egypt')).allowed).toBe(true);
    expect(store.takes).toBe(takes + 1);
  });

  it('fails open when the store fails: lets the request through on its own buckets, warns, and pauses after a few failures in a row', async () => {
    let now = 0;
    const store = new MemoryBucketStore();
    const logger = recordingLogger();
    const shared = new SharedRateLimit(store, { leaseTokens: 1, failuresBeforePause: 3, pauseMs: 5000, now: () => now }, logger);
    const limiter = new RateLimiter(security({ burst: 4, perSecond: 0.001 }), () => now, shared);
    store.failWith = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await limiter.takeForActor('egypt')).allowed);
    // The process's own bucket of 4 still holds.
    expect(answers).toEqual([true, true, true, true, false, false]);
    // Three failures, then paused: the fourth request is not sent to the store.
    expect(store.takes).toBe(3);
    expect(logger.warnings).toEqual([
      'shared rate limit unavailable: requests are limited by this gateway alone for now',
      'shared rate limit unavailable: requests are limited by this gateway alone for now',
    ]);
    store.failWith = undefined;
    now = 5000;
    expect(await limiter.takeForActor('kenya')).toEqual({ allowed: true });
    expect(store.takes).toBe(4);
  });

  it('counts only failures in a row: one slow answer does not pause the shared limit', async () => {
    const store = new MemoryBucketStore();
    const shared = new SharedRateLimit(store, { leaseTokens: 1, failuresBeforePause: 2 });
    const limit = { burst: 1, perSecond: 0.001 };
    store.failWith = new Error('timeout');
    expect(await shared.take('actor:egypt', limit)).toEqual({ allowed: true });
    store.failWith = undefined;
    expect(await shared.take('actor:egypt', limit)).toEqual({ allowed: true });
    store.failWith = new Error('timeout');
    await shared.take('actor:egypt', limit);
    store.failWith = undefined;
    expect(await shared.take('actor:egypt', limit)).toEqual({ allowed: false, retryAfterSeconds: 1000 });
  });

  it('fails open when the store does not answer in time', async () => {
    const store = new MemoryBucketStore();
    store.hang = true;
    const logger = recordingLogger();
    const shared = new SharedRateLimit(store, { leaseTokens: 1, timeoutMs: 20 }, logger);
    expect(await shared.take('actor:egypt', { burst: 1, perSecond: 1 })).toEqual({ allowed: true });
    expect(logger.warnings).toHaveLength(1);
  });

  it('sweeps full buckets in bounded batches until a batch comes back short', async () => {
    const store = new MemoryBucketStore();
    const shared = new SharedRateLimit(store, { leaseTokens: 1 });
    store.sweptBatches = [1000, 1000, 12, 1000];
    expect(await shared.sweep()).toBe(2012);
    store.sweptBatches = Array(50).fill(1000);
    expect(await shared.sweep()).toBe(20_000);
  });
});
