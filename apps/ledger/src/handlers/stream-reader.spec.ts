import { NewEvent, STAKEHOLDER_REGISTERED, StoredEvent } from '#libs/contracts';
import { PostgresEventStore } from '#libs/eventstore';
import { FoldedStreams } from './folded-streams';
import { loadStream } from './stream-reader';

type Tally = { readonly words: readonly string[] };
const evolve = (state: Tally, event: NewEvent): Tally =>
  event.type === STAKEHOLDER_REGISTERED ? { words: [...state.words, event.payload.name] } : state;

/** An event store holding one stream in memory, counting the events each read hands over. */
function storeOf(words: string[]) {
  const handedOver: number[] = [];
  const store = {
    readStreams: async (reads: { streamId: string; afterVersion: number }[]) => {
      const byStream = new Map<string, StoredEvent[]>();
      for (const { streamId, afterVersion } of reads) {
        const events = words.slice(afterVersion).map(
          (word, i) =>
            ({
              type: STAKEHOLDER_REGISTERED,
              schemaVersion: 1,
              payload: { name: word },
              streamId,
              streamVersion: afterVersion + i + 1,
            }) as unknown as StoredEvent,
        );
        handedOver.push(events.length);
        if (events.length > 0) byStream.set(streamId, events);
      }
      return byStream;
    },
  } as unknown as PostgresEventStore;
  return { store, handedOver };
}

describe('loading a stream', () => {
  it('folds the whole stream the first time, then only the events recorded since', async () => {
    const words = ['a', 'b'];
    const { store, handedOver } = storeOf(words);
    const folds = new FoldedStreams();
    expect(await loadStream(store, 's-1', evolve, { words: [] }, folds)).toEqual({ state: { words: ['a', 'b'] }, version: 2 });
    words.push('c');
    expect(await loadStream(store, 's-1', evolve, { words: [] }, folds)).toEqual({ state: { words: ['a', 'b', 'c'] }, version: 3 });
    expect(await loadStream(store, 's-1', evolve, { words: [] }, folds)).toEqual({ state: { words: ['a', 'b', 'c'] }, version: 3 });
    expect(handedOver).toEqual([2, 1, 0]);
  });

  it('forgets the least recently used stream beyond its size, and never goes back to an older fold', () => {
    const folds = new FoldedStreams(2);
    folds.set('s-1', evolve, { state: { words: ['x'] }, version: 1 });
    folds.set('s-2', evolve, { state: { words: ['y'] }, version: 1 });
    folds.get('s-1', evolve);
    folds.set('s-3', evolve, { state: { words: ['z'] }, version: 1 });
    expect(folds.get('s-2', evolve)).toBeUndefined();
    expect(folds.get('s-1', evolve)?.version).toBe(1);
    folds.set('s-3', evolve, { state: { words: [] }, version: 0 });
    expect(folds.get('s-3', evolve)?.state.words).toEqual(['z']);
    expect(folds.get('s-3', (state: Tally) => state)).toBeUndefined();
  });
});
