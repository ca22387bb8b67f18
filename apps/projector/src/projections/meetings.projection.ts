import { EntityManager } from 'typeorm';
import { EventType, MEETING_REGISTERED, MeetingEvent, PROVISIONS_READ, RecordedEvent } from '#libs/contracts';
import { MeetingRow } from '#libs/read-models';
import { RowCache } from '../batching';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';
import { Projection } from '../projection';

const keyOf = (consultationId: string, meetingId: string) => JSON.stringify([consultationId, meetingId]);

/**
 * The meetings of each consultation, with the provisions read at each. A batch reads the
 * meetings its readings name in one query, and writes each changed row once.
 */
export class MeetingsProjection implements Projection {
  readonly name = 'meetings';
  readonly version = 1;
  readonly tables = ['meetings'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = [MEETING_REGISTERED, PROVISIONS_READ];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const meetings = new RowCache<MeetingRow>((keys) => loadMeetings(manager, keys));
    const ofMeetings = events.filter(
      (event): event is RecordedEvent<MeetingEvent> => event.type === MEETING_REGISTERED || event.type === PROVISIONS_READ,
    );
    // A registration writes the whole row, so it reads none.
    await meetings.prefetch(
      ofMeetings.filter((e) => e.type === PROVISIONS_READ).map((e) => keyOf(e.payload.consultationId, e.payload.meetingId)),
    );
    for (const event of ofMeetings) {
      const key = keyOf(event.payload.consultationId, event.payload.meetingId);
      const next = meetingAfter(event.type === MEETING_REGISTERED ? undefined : meetings.known(key), event);
      if (next) meetings.set(key, next);
    }
    await upsertEntityRows(manager, MeetingRow, meetings.changedRows());
  }
}

/** A meeting's row after an event of its consultation's stream; a reading of an unknown meeting changes nothing. */
export function meetingAfter(row: MeetingRow | undefined, event: RecordedEvent<MeetingEvent>): MeetingRow | undefined {
  if (event.type === MEETING_REGISTERED) {
    const p = event.payload;
    return {
      consultationId: p.consultationId,
      meetingId: p.meetingId,
      kind: p.kind,
      number: p.number ?? null,
      name: p.name,
      date: p.date,
      place: p.place ?? null,
      session: p.session ?? null,
      readings: [],
      registeredAt: new Date(event.recordedAt),
      lastPosition: event.position,
    };
  }
  if (!row) return undefined;
  const { documentId, versionNumber, provisionIds } = event.payload;
  return {
    ...row,
    readings: [...row.readings, { documentId, versionNumber, provisionIds: [...provisionIds] }],
    lastPosition: event.position,
  };
}

async function loadMeetings(manager: EntityManager, keys: readonly string[]): Promise<Map<string, MeetingRow>> {
  const pairs = keys.map((key) => JSON.parse(key) as [string, string]);
  const rows = await selectEntityRows(
    manager,
    MeetingRow,
    '(consultation_id, meeting_id) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))',
    [pairs.map(([c]) => c), pairs.map(([, m]) => m)],
  );
  return new Map(rows.map((row) => [keyOf(row.consultationId, row.meetingId), row]));
}
