import { RowCache } from './row-cache';

describe('RowCache', () => {
  function cacheOver(stored: Record<string, number>) {
    const loads: string[][] = [];
    const cache = new RowCache<number>(async (keys) => {
      loads.push([...keys]);
      return new Map(keys.filter((k) => k in stored).map((k) => [k, stored[k]]));
    });
    return { cache, loads };
  }

  it('reads each key from the database at most once per batch, absent keys included', async () => {
    const { cache, loads } = cacheOver({ a: 1 });
    await cache.prefetch(['a', 'b', 'a']);
    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('b')).toBeUndefined();
    await cache.prefetch(['a', 'b']);
    expect(loads).toEqual([['a', 'b']]);
  });

  it('serves the rows set in the batch and writes back only those, once each', async () => {
    const { cache, loads } = cacheOver({ a: 1, b: 2 });
    cache.set('c', 3);
    expect(await cache.get('c')).toBe(3);
    await cache.prefetch(['a']);
    cache.set('a', 10);
    cache.set('a', 11);
    expect(cache.changedRows()).toEqual([3, 11]);
    expect(loads).toEqual([['a']]);
  });

  it('refuses a synchronous read of a key that was never prefetched', () => {
    const { cache } = cacheOver({ a: 1 });
    expect(() => cache.known('a')).toThrow(/not prefetched/);
  });
});
