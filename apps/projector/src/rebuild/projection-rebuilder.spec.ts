import { RecordedEvent } from '#libs/contracts';
import { HistoryGapError, contiguousAfter } from './projection-rebuilder';

const at = (position: number) => ({ position }) as RecordedEvent;
const positions = (events: RecordedEvent[]) => events.map((e) => e.position);

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
