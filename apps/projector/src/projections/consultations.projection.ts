import { EntityManager } from 'typeorm';
import {
  CONSULTATION_PHASE_CHANGED,
  CONSULTATION_REGISTERED,
  ConsultationPhaseChangedV1,
  ConsultationRegisteredV2,
  PARTICIPANT_ADMITTED,
  ParticipantAdmittedV1,
  RecordedEvent,
} from '#libs/contracts';
import { ConsultationSummary } from '#libs/read-models';
import { Projection } from '../projection';

const CONSULTATION_STREAM = /^consultation-(.+)$/;

/**
 * The list and detail of consultations: phase, chairs, deadlines, participants, and a count
 * of the events each has seen. Registrations recorded in schema version 1 reach `apply`
 * upcast to version 2 (no chairs, no deadlines, open drafts).
 */
export class ConsultationsProjection implements Projection {
  readonly name = 'consultations';
  readonly version = 2;
  readonly tables = ['consultations'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const match = CONSULTATION_STREAM.exec(event.streamId);
    if (!match) return;
    const id = match[1];
    switch (event.type) {
      case CONSULTATION_REGISTERED: {
        const payload = event.payload as ConsultationRegisteredV2;
        // The registration writes the whole row, so a rebuild under a new version starts each row afresh.
        await manager.upsert(
          ConsultationSummary,
          {
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
          },
          ['id'],
        );
        return;
      }
      case CONSULTATION_PHASE_CHANGED:
        await manager.update(ConsultationSummary, { id }, { phase: (event.payload as ConsultationPhaseChangedV1).to });
        break;
      case PARTICIPANT_ADMITTED:
        await manager.query(
          `UPDATE consultations SET participants = array_append(participants, $2)
            WHERE id = $1 AND NOT ($2 = ANY (participants))`,
          [id, (event.payload as ParticipantAdmittedV1).stakeholderId],
        );
        break;
    }
    await manager.query('UPDATE consultations SET event_count = event_count + 1, last_position = $2 WHERE id = $1', [id, event.position]);
  }
}
