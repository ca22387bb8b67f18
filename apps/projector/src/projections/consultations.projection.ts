import { EntityManager } from 'typeorm';
import {
  CONSULTATION_EVENT_TYPES,
  CONSULTATION_PHASE_CHANGED,
  CONSULTATION_REGISTERED,
  ConsultationPhaseChangedV1,
  ConsultationRegisteredV2,
  EventType,
  PARTICIPANT_ADMITTED,
  ParticipantAdmittedV1,
  RecordedEvent,
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
    const ofConsultations = events.flatMap((event) => {
      const id = consultationIdOf(event);
      return id === undefined ? [] : [{ id, event }];
    });
    // A registration writes the whole row, so it reads none.
    await consultations.prefetch(ofConsultations.filter(({ event }) => event.type !== CONSULTATION_REGISTERED).map(({ id }) => id));
    for (const { id, event } of ofConsultations) {
      const next = consultationAfter(event.type === CONSULTATION_REGISTERED ? undefined : consultations.known(id), id, event);
      if (next) consultations.set(id, next);
    }
    await writeConsultations(manager, consultations.changedRows());
  }
}

const OF_CONSULTATION: ReadonlySet<string> = new Set(CONSULTATION_EVENT_TYPES);

/** The consultation an event of a consultation's stream is about; undefined for any other event. */
function consultationIdOf(event: RecordedEvent): string | undefined {
  return OF_CONSULTATION.has(event.type) ? (event.payload as { consultationId: string }).consultationId : undefined;
}

/**
 * The consultation's row after an event of its stream; undefined while it is not registered
 * (its events change nothing until then). Every event after the registration is counted.
 */
export function consultationAfter(row: ConsultationSummary | undefined, id: string, event: RecordedEvent): ConsultationSummary | undefined {
  if (event.type === CONSULTATION_REGISTERED) {
    const payload = event.payload as ConsultationRegisteredV2;
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
      return { ...counted, phase: (event.payload as ConsultationPhaseChangedV1).to };
    case PARTICIPANT_ADMITTED: {
      const { stakeholderId } = event.payload as ParticipantAdmittedV1;
      return row.participants.includes(stakeholderId) ? counted : { ...counted, participants: [...row.participants, stakeholderId] };
    }
    default:
      return counted;
  }
}
