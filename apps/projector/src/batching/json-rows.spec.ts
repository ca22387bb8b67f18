import { WritesInFlight, timestamp } from './json-rows';

describe('writes sent while a batch goes on', () => {
  const later = (done: string[], name: string, ms: number, fail = false) =>
    new Promise<void>((resolve, reject) => setTimeout(() => (done.push(name), fail ? reject(new Error(`${name} failed`)) : resolve()), ms));

  it('runs the writes one after another in the order sent, with the arguments given when sent', async () => {
    const writes = new WritesInFlight();
    const done: string[] = [];
    const rows = ['first'];
    await writes.send((names: string[]) => later(done, names.join('+'), 20), [...rows]);
    rows.push('changed');
    await writes.send((name: string) => later(done, name, 1), 'second');
    expect(done).toEqual([]);
    await writes.finish();
    expect(done).toEqual(['first', 'second']);
  });

  it('reports the first write that failed, and sends none after it', async () => {
    const writes = new WritesInFlight();
    const done: string[] = [];
    await writes.send(() => later(done, 'first', 5, true));
    await writes.send(() => later(done, 'second', 1));
    await expect(writes.finish()).rejects.toThrow('first failed');
    expect(done).toEqual(['first']);
  });

  it('finishes at once when nothing was sent', async () => {
    await expect(new WritesInFlight().finish()).resolves.toBeUndefined();
  });
});

describe('timestamps as written', () => {
  it('keeps what a Date keeps: the instant, to the millisecond, in UTC', () => {
    expect(timestamp('2026-04-10T11:00:01.123456+02:00')).toBe('2026-04-10T09:00:01.123Z');
  });
});
