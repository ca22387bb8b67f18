import { GroupCommitter, Settled } from './group-commit';

/** A flush the test ends when it likes, recording every group it was given. */
class ControlledFlush {
  readonly groups: string[][] = [];
  private pending: (() => void)[] = [];

  readonly flush = (items: readonly string[]): Promise<Settled<string>[]> => {
    this.groups.push([...items]);
    return new Promise((resolve, reject) => {
      this.pending.push(() => {
        if (items.includes('statement-breaker')) reject(new Error('the statement failed'));
        else
          resolve(
            items.map((item) =>
              item.startsWith('conflict') ? { ok: false, error: new Error(`${item} lost`) } : { ok: true, value: `${item} recorded` },
            ),
          );
      });
    });
  };

  /** Ends the flush in flight, and lets the committer start the next. */
  async end(): Promise<void> {
    this.pending.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  }

  get inFlight(): number {
    return this.pending.length;
  }
}

const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value }),
    (error: Error) => ({ error: error.message }),
  );

describe('the group committer', () => {
  it('flushes a lone item at once, without waiting for company', async () => {
    const flush = new ControlledFlush();
    // A wait, were there one, would be far longer than the turn of the event loop checked here.
    const committer = new GroupCommitter(flush.flush, { maxWaitMs: 10_000, maxBatch: 10 });
    const result = committer.submit('a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(flush.groups).toEqual([['a']]);
    await flush.end();
    await expect(result).resolves.toBe('a recorded');
  });

  it('sends together, in their order, the items that came while a flush was in flight', async () => {
    const flush = new ControlledFlush();
    const committer = new GroupCommitter(flush.flush, { maxWaitMs: 0, maxBatch: 10 });
    const results = [committer.submit('a')];
    await new Promise((resolve) => setImmediate(resolve));
    results.push(committer.submit('b'), committer.submit('c'), committer.submit('d'));
    expect(flush.inFlight).toBe(1);
    await flush.end();
    expect(flush.groups).toEqual([['a'], ['b', 'c', 'd']]);
    await flush.end();
    expect(await Promise.all(results)).toEqual(['a recorded', 'b recorded', 'c recorded', 'd recorded']);
    expect(committer.counters).toEqual({ flushes: 2, items: 4, largestFlush: 3 });
  });

  it('sends items that arrive in the same turn of the event loop together', async () => {
    const flush = new ControlledFlush();
    const committer = new GroupCommitter(flush.flush, { maxWaitMs: 0, maxBatch: 10 });
    const results = ['a', 'b', 'c'].map((item) => committer.submit(item));
    await new Promise((resolve) => setImmediate(resolve));
    expect(flush.groups).toEqual([['a', 'b', 'c']]);
    await flush.end();
    await Promise.all(results);
  });

  it('fails only the item whose own outcome is a failure', async () => {
    const flush = new ControlledFlush();
    const committer = new GroupCommitter(flush.flush, { maxWaitMs: 0, maxBatch: 10 });
    const results = ['a', 'conflict-b', 'c'].map((item) => settle(committer.submit(item)));
    await new Promise((resolve) => setImmediate(resolve));
    await flush.end();
    expect(await Promise.all(results)).toEqual([{ value: 'a recorded' }, { error: 'conflict-b lost' }, { value: 'c recorded' }]);
  });

  it('retries each item of a group whose statement failed alone, so that the bad one fails by itself', async () => {
    const flush = new ControlledFlush();
    const committer = new GroupCommitter(flush.flush, { maxWaitMs: 0, maxBatch: 10 });
    const results = ['a', 'statement-breaker', 'c'].map((item) => settle(committer.submit(item)));
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 4; i++) await flush.end();
    expect(flush.groups).toEqual([['a', 'statement-breaker', 'c'], ['a'], ['statement-breaker'], ['c']]);
    expect(await Promise.all(results)).toEqual([{ value: 'a recorded' }, { error: 'the statement failed' }, { value: 'c recorded' }]);
  });

  it('puts at most maxBatch items in one flush', async () => {
    const flush = new ControlledFlush();
    const committer = new GroupCommitter(flush.flush, { maxWaitMs: 0, maxBatch: 2 });
    const results = ['a', 'b', 'c', 'd', 'e'].map((item) => committer.submit(item));
    await new Promise((resolve) => setImmediate(resolve));
    while (flush.inFlight > 0) await flush.end();
    expect(flush.groups).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    await Promise.all(results);
  });

  it('waits up to maxWaitMs for company right after a flush of several (busy), not longer', async () => {
    const flush = new ControlledFlush();
    const committer = new GroupCommitter(flush.flush, { maxWaitMs: 20, maxBatch: 10 });
    const first = [committer.submit('a'), committer.submit('b')];
    await new Promise((resolve) => setImmediate(resolve));
    await flush.end();
    await Promise.all(first);
    const second = committer.submit('c');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const third = committer.submit('d');
    expect(flush.groups).toEqual([['a', 'b']]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(flush.groups).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    await flush.end();
    await Promise.all([second, third]);
  });

  it('does not make a lone writer wait: after a flush of one item, the next goes at once', async () => {
    const flush = new ControlledFlush();
    const committer = new GroupCommitter(flush.flush, { maxWaitMs: 50, maxBatch: 10 });
    const first = committer.submit('a');
    await new Promise((resolve) => setImmediate(resolve));
    await flush.end();
    await first;
    const second = committer.submit('b');
    await new Promise((resolve) => setImmediate(resolve));
    expect(flush.groups).toEqual([['a'], ['b']]);
    await flush.end();
    await second;
  });
});
