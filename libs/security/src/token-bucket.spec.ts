import { TokenBuckets } from './token-bucket';

describe('token buckets', () => {
  it('lets a burst through, then one request per refill, and says when to retry', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 3, perSecond: 0.5 }, () => now);
    expect([1, 2, 3].map(() => buckets.take('egypt').allowed)).toEqual([true, true, true]);
    expect(buckets.take('egypt')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    now = 1000;
    expect(buckets.take('egypt')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 2000;
    expect(buckets.take('egypt')).toEqual({ allowed: true });
    expect(buckets.take('egypt').allowed).toBe(false);
  });

  it('keeps one bucket per key', () => {
    const buckets = new TokenBuckets({ burst: 1, perSecond: 1 }, () => 0);
    expect(buckets.take('egypt').allowed).toBe(true);
    expect(buckets.take('egypt').allowed).toBe(false);
    expect(buckets.take('kenya').allowed).toBe(true);
  });

  it('never refills beyond the burst', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 2, perSecond: 10 }, () => now);
    buckets.take('a');
    now = 3_600_000;
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, false]);
  });

  it('is off when the rate is 0', () => {
    const buckets = new TokenBuckets({ burst: 0, perSecond: 0 }, () => 0);
    for (let i = 0; i < 1000; i++) expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.size).toBe(0);
  });

  it('remembers a bounded number of keys, forgetting full buckets and then the least recently used', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 2, perSecond: 1 }, () => now, 10);
    for (let i = 0; i < 10; i++) buckets.take(`k${i}`);
    buckets.take('k0');
    buckets.take('k0'); // k0 is empty and most recently used
    now = 100; // not enough time for the others to refill
    buckets.take('k10');
    expect(buckets.size).toBeLessThanOrEqual(10);
    expect(buckets.take('k0').allowed).toBe(false); // remembered: still empty
  });
});
