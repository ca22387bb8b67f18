import { VerifiedTokens } from './verified-tokens';

const at = (seconds: number) => new Date(seconds * 1000);

describe('VerifiedTokens', () => {
  it('finds a token remembered a moment ago, and only that exact token', () => {
    const tokens = new VerifiedTokens<string>(60);
    tokens.remember('a.b.c', 'alice', { exp: 2_000, iat: 1_000 }, at(1_000));
    expect(tokens.find('a.b.c', at(1_010))).toBe('alice');
    expect(tokens.find('a.b.d', at(1_010))).toBeUndefined();
  });

  it('forgets a token once it has expired, allowing for the clock skew', () => {
    const tokens = new VerifiedTokens<string>(60, 10, 3_600_000);
    tokens.remember('t', 'alice', { exp: 1_030 }, at(1_000));
    expect(tokens.find('t', at(1_089))).toBe('alice');
    expect(tokens.find('t', at(1_090))).toBeUndefined();
    expect(tokens.find('t', at(1_000))).toBeUndefined();
  });

  it('does not honour a token before its nbf or iat at the moment asked', () => {
    const tokens = new VerifiedTokens<string>(0, 10, 60_000_000);
    tokens.remember('t', 'alice', { exp: 5_000, nbf: 1_000 }, at(1_000));
    expect(tokens.find('t', at(999))).toBeUndefined();
    tokens.remember('u', 'bob', { exp: 5_000, iat: 1_000 }, at(1_000));
    expect(tokens.find('u', at(1_000))).toBe('bob');
  });

  it('verifies afresh after the maximum age, and when the clock went back', () => {
    const tokens = new VerifiedTokens<string>(60, 10, 60_000);
    tokens.remember('t', 'alice', { exp: 10_000 }, at(1_000));
    expect(tokens.find('t', at(1_059))).toBe('alice');
    expect(tokens.find('t', at(1_060))).toBeUndefined();
    tokens.remember('t', 'alice', { exp: 10_000 }, at(1_000));
    expect(tokens.find('t', at(999))).toBeUndefined();
  });

  it('never remembers a token without an expiry as valid', () => {
    const tokens = new VerifiedTokens<string>(60);
    tokens.remember('t', 'alice', {}, at(1_000));
    expect(tokens.find('t', at(1_000))).toBeUndefined();
  });

  it('keeps at most its number of entries, dropping the oldest', () => {
    const tokens = new VerifiedTokens<string>(60, 2);
    for (const token of ['t1', 't2', 't3']) tokens.remember(token, token, { exp: 2_000 }, at(1_000));
    expect(tokens.find('t1', at(1_001))).toBeUndefined();
    expect(tokens.find('t2', at(1_001))).toBe('t2');
    expect(tokens.find('t3', at(1_001))).toBe('t3');
  });
});
