import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import {
  AuditedEvent,
  CANONICAL_EVENT_FIELDS,
  GENESIS_CHAIN_HASH,
  canonicalEvent,
  chainHash,
  chainOver,
  eventHash,
  writeChainHash,
  writeEventHash,
} from './event-hash';
import { leafHash } from './merkle';
import { negotiationEvent, negotiationEvents } from './testing/history-factory';

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();

describe('the canonical form of an event and its hash', () => {
  const registration = negotiationEvent(0);

  it('is the RFC 8785 text of exactly the nine recorded fields', () => {
    const object = Object.fromEntries(CANONICAL_EVENT_FIELDS.map((field) => [field, registration[field]]));
    expect(canonicalEvent(registration)).toBe(canonicalJson(object));
    expect(Object.keys(JSON.parse(canonicalEvent(registration)))).toEqual([...CANONICAL_EVENT_FIELDS]);
    expect(canonicalEvent({ ...registration, hash: 'ignored', chainHash: 'ignored' } as AuditedEvent)).toBe(canonicalEvent(registration));
  });

  it('is stable: the hash of a fixed Arabic event is pinned, so a change of format cannot go unnoticed', () => {
    expect(canonicalEvent(registration)).toBe(
      '{"eventId":"0b7e4c1a-5d2f-4a8e-9c3b-000000000000","metadata":{"actor":{"id":"itu-secretariat","role":"secretariat"},"correlationId":"corr-0","occurredAt":"2026-03-01T09:29:59.983Z"},' +
        '"payload":{"body":"ITU Council","chairs":["chair-cwg-wsis"],"consultationId":"wsis20","deadlines":{"open-for-contributions":"2026-03-15T00:00:00.000Z"},"originalLanguage":"ar","restricted":false,"subject":"WSIS+20 review","title":"مراجعة القرار 1334 (المعدَّل في 2023)"},' +
        '"position":1,"recordedAt":"2026-03-01T09:30:00.000Z","schemaVersion":2,"streamId":"consultation-wsis20","streamVersion":1,"type":"ConsultationRegistered"}',
    );
    expect(eventHash(registration).toString('hex')).toBe(
      sha256(Buffer.from([0]), Buffer.from(canonicalEvent(registration), 'utf8')).toString('hex'),
    );
    expect(eventHash(registration).toString('hex')).toBe('e0d83d17456605768ba3870380e0873211aff7ad4f8bb4a02a90a3a9cb13e32b');
  });

  it('is the RFC 6962 leaf hash of the canonical form', () => {
    for (const event of negotiationEvents(5)) expect(eventHash(event)).toEqual(leafHash(canonicalEvent(event)));
  });

  it('survives a round trip through JSON with its members reordered, as jsonb and Kafka give it back', () => {
    for (const event of negotiationEvents(6)) {
      const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(event).reverse())));
      expect(eventHash(reordered)).toEqual(eventHash(event));
    }
  });

  it('changes with any field', () => {
    const event = negotiationEvent(3);
    const base = eventHash(event);
    const variants: Partial<AuditedEvent>[] = [
      { position: 5 },
      { eventId: '0b7e4c1a-5d2f-4a8e-9c3b-ffffffffffff' },
      { streamId: 'document-other' },
      { streamVersion: 4 },
      { type: 'AmendmentRevised' },
      { schemaVersion: 2 },
      { recordedAt: '2026-03-01T09:30:03.751Z' },
      { payload: { ...(event.payload as object), versionNumber: 2 } },
      { metadata: { ...(event.metadata as object), correlationId: 'other' } },
    ];
    for (const variant of variants) expect(eventHash({ ...event, ...variant })).not.toEqual(base);
  });

  it('chains each event hash onto the previous chain hash from 32 zero bytes', () => {
    const events = negotiationEvents(3);
    const [h1, h2, h3] = events.map(eventHash);
    expect(GENESIS_CHAIN_HASH).toEqual(Buffer.alloc(32));
    const c1 = sha256(Buffer.alloc(32), h1);
    const c2 = sha256(c1, h2);
    expect(chainHash(GENESIS_CHAIN_HASH, h1)).toEqual(c1);
    expect(chainOver(events)).toEqual(sha256(c2, h3));
    expect(chainOver(events.slice(1), c1)).toEqual(chainOver(events));
  });

  it('writes the same event and chain hashes in place, at any offset, leaving the bytes around them alone', () => {
    const events = negotiationEvents(4);
    const target = Buffer.alloc(32 * events.length + 3, 0xee);
    events.forEach((event, i) => writeEventHash(event, target, 1 + 32 * i));
    events.forEach((event, i) => {
      expect(target.subarray(1 + 32 * i, 33 + 32 * i)).toEqual(sha256(Buffer.from([0]), Buffer.from(canonicalEvent(event), 'utf8')));
    });
    expect([target[0], target[target.length - 2], target[target.length - 1]]).toEqual([0xee, 0xee, 0xee]);
    const link = Buffer.alloc(34, 0xee);
    writeChainHash(GENESIS_CHAIN_HASH, eventHash(events[0]), link, 1);
    expect(link.subarray(1, 33)).toEqual(chainHash(GENESIS_CHAIN_HASH, eventHash(events[0])));
    expect([link[0], link[33]]).toEqual([0xee, 0xee]);
    expect(() => writeChainHash(Buffer.alloc(31), eventHash(events[0]), link, 0)).toThrow(RangeError);
  });

  it('depends on the order of the events', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.nat(), fc.nat(), (count, a, b) => {
        const events = negotiationEvents(count);
        const [i, j] = [a % count, b % count];
        fc.pre(i !== j);
        const swapped = [...events];
        [swapped[i], swapped[j]] = [swapped[j], swapped[i]];
        expect(chainOver(swapped)).not.toEqual(chainOver(events));
      }),
      { numRuns: 50 },
    );
  });
});
