import { WritesInFlight, timestamp } from './json-rows';

describe('writes sent while a batch goes on', () => {
  it('waits for every write, and reports the first that failed only once all are done', async () => {
    const writes = new WritesInFlight();
    const done: string[] = [];
    const later = (name: string, ms: number, fail = false) =>
      new Promise<void>((resolve, reject) => setTimeout(() => (done.push(name), fail ? reject(new Error(`${name} failed`)) : resolve()), ms));
    await writes.send(later('first', 5, true));
    await writes.send(later('second', 20));
    await expect(writes.finish()).rejects.toThrow('first failed');
    expect(done).toEqual(['first', 'second']);
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
