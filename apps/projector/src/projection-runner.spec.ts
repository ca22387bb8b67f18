import { RecordedEvent } from '#libs/contracts';
import { eventsAfter } from './projection-runner';

const at = (position: number) => ({ position }) as RecordedEvent;

describe('which delivered events a projection applies', () => {
  it('skips events at or below the checkpoint', () => {
    expect(eventsAfter([at(3), at(4), at(5)], 4).map((e) => e.position)).toEqual([5]);
  });

  it('skips an event redelivered within the same batch', () => {
    expect(eventsAfter([at(1), at(2), at(1), at(2), at(3)], 0).map((e) => e.position)).toEqual([1, 2, 3]);
  });

  it('applies nothing from a batch that is wholly old', () => {
    expect(eventsAfter([at(1), at(2)], 2)).toEqual([]);
  });
});
