import { setTimeout as sleep } from 'node:timers/promises';
import { TurnsByStream } from './turns-by-stream';

describe('TurnsByStream', () => {
  it('runs tasks on one stream one after another, in the order they came', async () => {
    const turns = new TurnsByStream();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await sleep(ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      turns.run('doc-1', task('a', 20)),
      turns.run('doc-1', task('b', 1)),
      turns.run('doc-1', task('c', 1)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(turns.busyStreams).toBe(0);
  });

  it('runs tasks on different streams side by side', async () => {
    const turns = new TurnsByStream();
    const log: string[] = [];
    const slow = turns.run('doc-1', async () => {
      await sleep(30);
      log.push('doc-1');
    });
    await turns.run('doc-2', async () => {
      log.push('doc-2');
    });
    await slow;
    expect(log).toEqual(['doc-2', 'doc-1']);
  });

  it('goes on with the next task when one fails, and hands the failure to its caller', async () => {
    const turns = new TurnsByStream();
    const failed = turns.run('doc-1', async () => {
      throw new Error('refused');
    });
    const next = turns.run('doc-1', async () => 'next');
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('next');
  });
});
