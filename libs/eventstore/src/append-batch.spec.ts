import { PendingAppend, appendBatchParameters, settledAppends } from './append-batch';
import { prepareAppend } from './append-statement';
import { ConcurrencyConflictError, IdempotentReplay, StreamWrite } from './postgres-event-store';

const metadataOf = (actor: string) => ({
  actor: { id: actor, role: 'stakeholder' as const },
  correlationId: `c-${actor}`,
  occurredAt: '2026-12-07T10:00:00.000Z',
});
const event = (n: number) => ({ type: 'AmendmentProposed', schemaVersion: 1, payload: { n } });

function pending(actor: string, writes: StreamWrite[], key?: string): PendingAppend {
  return {
    writes,
    prepared: prepareAppend(writes, metadataOf(actor), '2026-12-07T10:00:00.500Z'),
    ...(key ? { idempotency: { key, requestHash: `hash-${key}`, outcome: { ok: true } } } : {}),
  };
}

const group = [
  pending('ar-1', [
    { streamId: 'document-1', expectedVersion: 3, events: [event(1)] },
    { streamId: 'consultation-1', expectedVersion: 'any', events: [event(2), event(3)] },
  ]),
  pending('fr-2', [{ streamId: 'document-2', expectedVersion: 0, events: [event(4)] }], 'k-2'),
  pending('ru-3', [{ streamId: 'document-3', expectedVersion: 7, events: [event(5), event(6)] }], 'k-3'),
];

describe('the grouped append statement', () => {
  it('flattens the commands, saying where each ends and which write each event belongs to', () => {
    const [metadata, , keys, hashes, , writeEnds, eventEnds, streams, expected, eventWrites] = appendBatchParameters(group);
    expect(writeEnds).toEqual([2, 3, 4]);
    expect(eventEnds).toEqual([3, 4, 6]);
    expect(streams).toEqual(['document-1', 'consultation-1', 'document-2', 'document-3']);
    expect(expected).toEqual([3, null, 0, 7]);
    expect(eventWrites).toEqual([1, 2, 2, 3, 4, 4]);
    expect(keys).toEqual([null, 'k-2', 'k-3']);
    expect(hashes).toEqual([null, 'hash-k-2', 'hash-k-3']);
    expect((metadata as string[]).map((json) => JSON.parse(json).actor.id)).toEqual(['ar-1', 'fr-2', 'ru-3']);
  });

  it('gives each command its own outcome: its events numbered from its own head, or its own conflict or replay', () => {
    const settled = settledAppends(group, [
      { status: 'appended', headBefore: 10, versionsBefore: [3, 5], hashes: ['h1', 'h2', 'h3'], chainHashes: ['c1', 'c2', 'c3'] },
      { status: 'conflict', streamId: 'document-2', expectedVersion: 0, actualVersion: 1 },
      { status: 'replayed', requestHash: 'hash-k-3', outcome: { ok: true, position: 4 } },
    ]);
    expect(settled[0].ok && settled[0].value.map((r) => r.events.map((e) => [e.position, e.streamVersion, e.hash]))).toEqual([
      [[11, 4, 'h1']],
      [
        [12, 6, 'h2'],
        [13, 7, 'h3'],
      ],
    ]);
    expect(settled[0].ok && settled[0].value[0].events[0].metadata.actor.id).toBe('ar-1');
    const conflict = !settled[1].ok && settled[1].error;
    expect(conflict).toBeInstanceOf(ConcurrencyConflictError);
    expect(conflict).toMatchObject({ streamId: 'document-2', expectedVersion: 0, actualVersion: 1 });
    const replay = !settled[2].ok && settled[2].error;
    expect(replay).toBeInstanceOf(IdempotentReplay);
    expect(replay).toMatchObject({ sameRequest: true, outcome: { ok: true, position: 4 } });
  });

  it('refuses an answer that does not match the group', () => {
    expect(() => settledAppends(group, [])).toThrow('append_batch answered 0 of 3 commands');
  });
});
