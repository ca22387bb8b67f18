import { EntityManager } from 'typeorm';
import { EventType, RecordedEvent, SILENCE_BROKEN, SILENCE_CONCLUDED, SILENCE_EXTENDED, SILENCE_STARTED } from '#libs/contracts';
import { SilenceRow } from '#libs/read-models';
import { Projection } from '../projection';

const SILENCE_EVENT_TYPES = [SILENCE_STARTED, SILENCE_EXTENDED, SILENCE_BROKEN, SILENCE_CONCLUDED] as const;
type SilenceEvent = Extract<RecordedEvent, { type: (typeof SILENCE_EVENT_TYPES)[number] }>;

function isSilenceEvent(event: RecordedEvent): event is SilenceEvent {
  return (SILENCE_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** The silence procedures of each document: deadline in force and zone, breaks, outcome. */
export class SilencesProjection implements Projection {
  readonly name = 'silences';
  readonly version = 1;
  readonly tables = ['silences'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = SILENCE_EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const repository = manager.getRepository(SilenceRow);
    const rows = new Map<string, SilenceRow>();
    for (const event of events.filter(isSilenceEvent)) {
      const { documentId, silenceId } = event.payload;
      const key = `${documentId}\u0000${silenceId}`;
      const known = rows.get(key) ?? (await repository.findOneBy({ documentId, silenceId })) ?? undefined;
      const next = silenceAfter(known, event);
      if (next) rows.set(key, next);
    }
    if (rows.size > 0) await repository.save([...rows.values()]);
  }
}

/** A silence's row after one of its events; undefined for an event before its start. */
export function silenceAfter(row: SilenceRow | undefined, event: SilenceEvent): SilenceRow | undefined {
  if (event.type === SILENCE_STARTED) {
    const e = event.payload;
    return Object.assign(new SilenceRow(), {
      documentId: e.documentId,
      silenceId: e.silenceId,
      versionNumber: e.versionNumber,
      deadline: e.deadline,
      timeZone: e.timeZone,
      meetingId: e.meetingId ?? null,
      adoption: e.adoption,
      state: 'open',
      breaks: [],
      startedAt: new Date(event.recordedAt),
      concludedAt: null,
      position: event.position,
    });
  }
  if (!row) return undefined;
  const moved = { ...row, position: event.position };
  switch (event.type) {
    case SILENCE_EXTENDED:
      return { ...moved, deadline: event.payload.deadline, timeZone: event.payload.timeZone };
    case SILENCE_BROKEN: {
      const { stakeholderId, provisionIds, reasons } = event.payload;
      return { ...moved, breaks: [...row.breaks, { stakeholderId, provisionIds, reasons, recordedAt: event.recordedAt }] };
    }
    case SILENCE_CONCLUDED:
      return { ...moved, state: event.payload.outcome, concludedAt: new Date(event.recordedAt) };
  }
}
