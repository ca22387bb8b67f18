import { StoredEvent } from '#libs/contracts';
import { HistoryGapError, contiguousAfter, inParallel } from './projection-rebuilder';

const at = (position: number) => ({ position }) as StoredEvent;
const positions = (events: StoredEvent[]) => events.map((e) => e.position);

describe('the history a rebuild reads', () => {
  it('drops what it has already applied and what the relay published twice', () => {
    expect(positions(contiguousAfter([at(3), at(4), at(5), at(4), at(5), at(6)], 3))).toEqual([4, 5, 6]);
  });

  it('refuses a history with a gap: the rebuilt rows would silently miss an event', () => {
    expect(() => contiguousAfter([at(1), at(2), at(4)], 0)).toThrow(HistoryGapError);
    expect(() => contiguousAfter([at(1), at(2), at(4)], 0)).toThrow('jumps from position 2 to 4');
  });

  it('refuses a topic that does not start at the first event', () => {
    expect(() => contiguousAfter([at(7), at(8)], 0)).toThrow('jumps from position 0 to 7');
  });
});

describe('applying a batch to several projections side by side', () => {
  it('keeps to the limit and does every one', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await inParallel([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(n);
      running--;
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('finishes the others before it reports the first failure', async () => {
    const done: number[] = [];
    const work = inParallel([1, 2, 3], 2, async (n) => {
      if (n === 1) throw new Error('projection 1 failed');
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(n);
    });
    await expect(work).rejects.toThrow('projection 1 failed');
    expect(done.sort()).toEqual([2, 3]);
  });
});
