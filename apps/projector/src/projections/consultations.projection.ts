import { EntityManager } from 'typeorm';
import {
  CONSULTATION_EVENT_TYPES,
  CONSULTATION_PHASE_CHANGED,
  CONSULTATION_REGISTERED,
  ConsultationEvent,
  EventType,
  PARTICIPANT_ADMITTED,
  RecordedEvent,
  isConsultationEvent,
} from '#libs/contracts';
import { ConsultationSummary } from '#libs/read-models';
import { RowCache } from '../batching';
import { Projection } from '../projection';
import { loadConsultations, writeConsultations } from './consultations-store';

/**
 * The list and detail of consultations: phase, chairs, deadlines, participants, and a count
 * of the events each has seen. Registrations recorded in schema version 1 reach `apply`
 * upcast to version 2 (no chairs, no deadlines, open drafts).
 *
 * A batch reads the consultations its events name in one query, folds the events into
 * them in memory (`consultationAfter`) and writes each changed row once.
 */
export class ConsultationsProjection implements Projection {
  readonly name = 'consultations';
  readonly version = 2;
  readonly tables = ['consultations'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = CONSULTATION_EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const consultations = new RowCache<ConsultationSummary>((ids) => loadConsultations(manager, ids));
    const ofConsultations = events.filter(isConsultationEvent).map((event) => ({ id: event.payload.consultationId, event }));
    // A registration writes the whole row, so it reads none.
    await consultations.prefetch(ofConsultations.filter(({ event }) => event.type !== CONSULTATION_REGISTERED).map(({ id }) => id));
    for (const { id, event } of ofConsultations) {
      const next = consultationAfter(event.type === CONSULTATION_REGISTERED ? undefined : consultations.known(id), id, event);
      if (next) consultations.set(id, next);
    }
    await writeConsultations(manager, consultations.changedRows());
  }
}

/**
 * The consultation's row after an event of its stream; undefined while it is not registered
 * (its events change nothing until then). Every event after the registration is counted.
 */
export function consultationAfter(
  row: ConsultationSummary | undefined,
  id: string,
  event: RecordedEvent<ConsultationEvent>,
): ConsultationSummary | undefined {
  if (event.type === CONSULTATION_REGISTERED) {
    const payload = event.payload;
    // The registration writes the whole row, so a rebuild under a new version starts each row afresh.
    return {
      id,
      title: payload.title,
      body: payload.body,
      subject: payload.subject,
      originalLanguage: payload.originalLanguage,
      registeredAt: new Date(event.recordedAt),
      registeredBy: event.metadata.actor.id,
      phase: 'drafting',
      chairs: [...payload.chairs],
      deadlines: { ...payload.deadlines },
      restricted: payload.restricted,
      participants: [],
      eventCount: 1,
      lastPosition: event.position,
    };
  }
  if (!row) return undefined;
  const counted = { ...row, eventCount: row.eventCount + 1, lastPosition: event.position };
  switch (event.type) {
    case CONSULTATION_PHASE_CHANGED:
      return { ...counted, phase: event.payload.to };
    case PARTICIPANT_ADMITTED: {
      const { stakeholderId } = event.payload;
      return row.participants.includes(stakeholderId) ? counted : { ...counted, participants: [...row.participants, stakeholderId] };
    }
    default:
      return counted;
  }
}
