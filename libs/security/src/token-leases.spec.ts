import { TokenLeases, leaseSize, retryAfterSeconds } from './token-leases';

describe('token leases from a shared bucket', () => {
  it('spends the tokens kept, one per request, then asks again', () => {
    const leases = new TokenLeases(1000, () => 0);
    expect(leases.spend('actor:egypt')).toBe(false);
    leases.keep('actor:egypt', 2);
    expect([1, 2, 3].map(() => leases.spend('actor:egypt'))).toEqual([true, true, false]);
    expect(leases.size).toBe(0);
  });

  it('keeps one lease per key', () => {
    const leases = new TokenLeases(1000, () => 0);
    leases.keep('actor:egypt', 1);
    expect(leases.spend('actor:kenya')).toBe(false);
    expect(leases.spend('actor:egypt')).toBe(true);
  });

  it('loses what is left of a lease once it expires, so that no gateway parks tokens for long', () => {
    let now = 0;
    const leases = new TokenLeases(1000, () => now);
    leases.keep('actor:egypt', 5);
    expect(leases.spend('actor:egypt')).toBe(true);
    now = 1000;
    expect(leases.spend('actor:egypt')).toBe(false);
    expect(leases.size).toBe(0);
  });

  it('adds to a live lease and renews it, and starts afresh from an expired one', () => {
    let now = 0;
    const leases = new TokenLeases(1000, () => now);
    leases.keep('k', 1);
    now = 900;
    leases.keep('k', 1);
    now = 1800;
    expect([1, 2, 3].map(() => leases.spend('k'))).toEqual([true, true, false]);
    leases.keep('k', 3);
    now = 5000;
    leases.keep('k', 1);
    expect([1, 2].map(() => leases.spend('k'))).toEqual([true, false]);
  });

  it('ignores a grant of nothing, and remembers a bounded number of keys', () => {
    const leases = new TokenLeases(1000, () => 0, 3);
    leases.keep('none', 0);
    expect(leases.size).toBe(0);
    for (let i = 0; i < 5; i++) leases.keep(`k${i}`, 1);
    expect(leases.size).toBe(3);
    expect(leases.spend('k0')).toBe(false);
    expect(leases.spend('k4')).toBe(true);
  });

  it('asks for the lease at once, at least one token and never more than the burst', () => {
    expect(leaseSize({ burst: 1000, perSecond: 100 }, 10)).toBe(10);
    expect(leaseSize({ burst: 5, perSecond: 1 }, 10)).toBe(5);
    expect(leaseSize({ burst: 5, perSecond: 1 }, 0)).toBe(1);
  });

  it('says when a bucket holds a whole token again, at least one second ahead', () => {
    expect(retryAfterSeconds(0, { burst: 5, perSecond: 0.1 })).toBe(10);
    expect(retryAfterSeconds(0.5, { burst: 5, perSecond: 0.1 })).toBe(5);
    expect(retryAfterSeconds(0.99, { burst: 5, perSecond: 100 })).toBe(1);
    expect(retryAfterSeconds(-0.2, { burst: 5, perSecond: 1 })).toBe(1);
  });
});
