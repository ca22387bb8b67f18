import { canonicalEvent } from './event-hash';
import { digestRange, digestStoredRange, StoredCanonicalEvent } from './range-digests';
import { StoreAudit } from './store-audit';
import { negotiationEvents, RecordedWithHashes, withHashes } from './testing/history-factory';

/** An event as the store keeps it: its canonical bytes behind the leaf prefix, its columns agreeing unless said. */
const stored = (event: RecordedWithHashes, columnsAgree = true, columnsCanonical?: string): StoredCanonicalEvent => ({
  position: event.position,
  eventId: event.eventId,
  hash: event.hash,
  chainHash: event.chainHash,
  leaf: Buffer.concat([Buffer.from([0]), Buffer.from(canonicalEvent(event))]),
  columnsAgree,
  columnsCanonical,
});

describe('digests of a range read with its canonical bytes', () => {
  const history = withHashes(negotiationEvents(64));

  it('are the digests made from the events themselves, subtree included', () => {
    const fromBytes = digestStoredRange(history.map((e) => stored(e)));
    const fromEvents = digestRange(history);
    expect(Buffer.from(fromBytes.recomputed)).toEqual(Buffer.from(fromEvents.recomputed));
    expect(fromBytes.flags).toEqual(fromEvents.flags);
    expect(fromBytes.subtree?.map((level) => Buffer.from(level))).toEqual(fromEvents.subtree?.map((level) => Buffer.from(level)));
    expect(fromBytes.malformed).toEqual([]);
  });

  it('take an event whose columns differ from its bytes as its columns say, and report it there', () => {
    const changed = { ...history[9], payload: { ...(history[9].payload as object), ruling: 'rejected' } };
    const spelledOtherwise = stored(history[20], false, canonicalEvent(history[20]));
    const range = digestStoredRange(
      history.map((e, i) => (i === 9 ? stored(e, false, canonicalEvent(changed)) : i === 20 ? spelledOtherwise : stored(e))),
    );
    expect(range.columnsDiffer).toEqual([9]);
    const store = new StoreAudit();
    store.addRange(range);
    expect(store.divergences.map((d) => [d.kind, d.position])).toEqual([['store-hash-mismatch', 10]]);
    expect(store.divergences[0].detail).toMatch(/columns/);
  });

  it('find an event with no canonical bytes, or bytes that do not match its hash', () => {
    const tampered = stored(history[5]);
    (tampered.leaf as Buffer)[12] ^= 1;
    const range = digestStoredRange(history.map((e, i) => (i === 3 ? { ...stored(e), leaf: null } : i === 5 ? tampered : stored(e))));
    const store = new StoreAudit();
    store.addRange(range);
    expect(store.divergences.map((d) => [d.kind, d.position])).toEqual([
      ['store-malformed-event', 4],
      ['store-hash-mismatch', 4],
      ['store-hash-mismatch', 6],
    ]);
  });
});
