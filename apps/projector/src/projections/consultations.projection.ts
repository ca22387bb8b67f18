import { EntityManager } from 'typeorm';
import { CONSULTATION_REGISTERED, ConsultationRegisteredV1, RecordedEvent } from '#libs/contracts';
import { ConsultationSummary } from '#libs/read-models';
import { Projection } from '../projection';

const CONSULTATION_STREAM = /^consultation-(.+)$/;

/** The list and detail of consultations, with a count of the events each has seen. */
export class ConsultationsProjection implements Projection {
  readonly name = 'consultations';
  readonly version = 1;

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const match = CONSULTATION_STREAM.exec(event.streamId);
    if (!match) return;
    if (event.type === CONSULTATION_REGISTERED) {
      const payload = event.payload as ConsultationRegisteredV1;
      await manager.insert(ConsultationSummary, {
        id: payload.consultationId,
        title: payload.title,
        body: payload.body,
        subject: payload.subject,
        originalLanguage: payload.originalLanguage,
        registeredAt: new Date(event.recordedAt),
        registeredBy: event.metadata.actor.id,
        eventCount: 1,
        lastPosition: event.position,
      });
      return;
    }
    await manager.increment(ConsultationSummary, { id: match[1] }, 'eventCount', 1);
    await manager.update(ConsultationSummary, { id: match[1] }, { lastPosition: event.position });
  }
}
