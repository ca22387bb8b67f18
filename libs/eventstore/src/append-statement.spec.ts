import { canonicalEvent } from '#libs/audit';
import { prepareAppend, recordedResults } from './append-statement';
import type { StreamWrite } from './postgres-event-store';

const writes: StreamWrite[] = [
  {
    streamId: 'document-1',
    expectedVersion: 4,
    events: [{ type: 'AmendmentProposed', schemaVersion: 1, payload: { text: 'تعديل', at: undefined, n: 1 } }],
  },
  {
    streamId: 'contribution-9',
    expectedVersion: 0,
    events: [
      { type: 'ContributionSubmitted', schemaVersion: 2, payload: { symbol: 'C/9' } },
      { type: 'ContributionRevised', schemaVersion: 1, payload: { revision: 1 } },
    ],
  },
];
const metadata = { actor: { id: 'ar-1', role: 'stakeholder' as const }, correlationId: 'c-1', occurredAt: '2026-12-03T10:00:00.000Z' };

describe('the append statement, prepared', () => {
  const prepared = prepareAppend(writes, metadata, '2026-12-03T10:00:00.125Z');

  it('leaves exactly the position and the stream version open in the canonical form', () => {
    const answer = {
      status: 'appended' as const,
      headBefore: 41,
      versionsBefore: [4, 0],
      hashes: ['a', 'b', 'c'],
      chainHashes: ['d', 'e', 'f'],
    };
    const recorded = recordedResults(writes, prepared, answer).flatMap((result) => result.events);
    expect(recorded.map((event) => [event.position, event.streamId, event.streamVersion])).toEqual([
      [42, 'document-1', 5],
      [43, 'contribution-9', 1],
      [44, 'contribution-9', 2],
    ]);
    prepared.events.forEach((event, i) => {
      const filled = event.template.head + recorded[i].position + event.template.middle + recorded[i].streamVersion + event.template.tail;
      expect(filled).toBe(canonicalEvent(recorded[i]));
    });
  });

  it('gives readers the values as the store keeps them: undefined members dropped', () => {
    expect(prepared.events[0].payload).toEqual({ text: 'تعديل', n: 1 });
    expect(prepared.events[0].payloadJson).toBe('{"text":"تعديل","n":1}');
    expect(new Set(prepared.events.map((event) => event.eventId)).size).toBe(3);
  });

  it('reports each stream at its version after the append', () => {
    const answer = { status: 'appended' as const, headBefore: 0, versionsBefore: [4, 0], hashes: ['', '', ''], chainHashes: ['', '', ''] };
    expect(recordedResults(writes, prepared, answer).map((result) => result.streamVersion)).toEqual([5, 2]);
  });

  it('fills in to the canonical form the verifier hashes', () => {
    const event = {
      position: 1,
      eventId: prepared.events[0].eventId,
      streamId: 'document-1',
      streamVersion: 5,
      type: 'AmendmentProposed',
      schemaVersion: 1,
      payload: prepared.events[0].payload,
      metadata,
      recordedAt: prepared.recordedAt,
    };
    const { head, middle, tail } = prepared.events[0].template;
    expect(head + '1' + middle + '5' + tail).toBe(canonicalEvent(event));
  });
});
