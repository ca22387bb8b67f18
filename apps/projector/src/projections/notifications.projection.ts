import { EntityManager } from 'typeorm';
import {
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  AMENDMENTS_MERGED,
  COMMENT_POSTED,
  CONSULTATION_PHASE_CHANGED,
  CONSULTATION_REGISTERED,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  EventType,
  PARTICIPANT_ADMITTED,
  REVISION_ISSUED,
  RecordedEvent,
  STAKEHOLDER_INPUT_SUBMITTED,
  VERSION_ADOPTED,
} from '#libs/contracts';
import {
  NOTIFICATIONS_PROJECTION,
  NotificationAmendmentRow,
  NotificationConsultationRow,
  NotificationDocumentRow,
  NotificationRow,
} from '#libs/read-models';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';
import { Projection } from '../projection';
import { NotificationFacts, amendmentKey, idsConcerned, notificationsOf } from './notifications-steps';

/**
 * The notification centre of each stakeholder. A batch reads the documents, consultations
 * and amendments its events concern in three queries, folds the events into them in memory
 * (see `notificationsOf`), and writes the changed rows and the new notifications once.
 */
export class NotificationsProjection implements Projection {
  readonly name = NOTIFICATIONS_PROJECTION;
  readonly version = 1;
  readonly tables = ['notifications', 'notification_consultations', 'notification_documents', 'notification_amendments'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = [
    CONSULTATION_REGISTERED,
    CONSULTATION_PHASE_CHANGED,
    PARTICIPANT_ADMITTED,
    DOCUMENT_REGISTERED,
    VERSION_ADOPTED,
    REVISION_ISSUED,
    AMENDMENT_PROPOSED,
    AMENDMENT_CO_SPONSORED,
    AMENDMENT_REVISED,
    AMENDMENT_WITHDRAWN,
    AMENDMENT_RULED,
    AMENDMENTS_MERGED,
    DECISION_CORRECTED,
    STAKEHOLDER_INPUT_SUBMITTED,
    COMMENT_POSTED,
  ];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const facts = await loadFacts(events, manager);
    const notifications = events.flatMap((event) => notificationsOf(event, facts));
    await upsertEntityRows(
      manager,
      NotificationConsultationRow,
      [...facts.changedConsultations].map((id) => facts.consultations.get(id)!),
    );
    await upsertEntityRows(
      manager,
      NotificationDocumentRow,
      [...facts.changedDocuments].map((id) => facts.documents.get(id)!),
    );
    await upsertEntityRows(
      manager,
      NotificationAmendmentRow,
      [...facts.changedAmendments].map((key) => facts.amendments.get(key)!),
    );
    await upsertEntityRows(manager, NotificationRow, notifications);
  }
}

async function loadFacts(events: readonly RecordedEvent[], manager: EntityManager): Promise<NotificationFacts> {
  const facts = new NotificationFacts();
  const concerned = events.map(idsConcerned);
  const documentIds = [...new Set(concerned.flatMap(({ documentId }) => (documentId ? [documentId] : [])))];
  const documents = documentIds.length
    ? await selectEntityRows(manager, NotificationDocumentRow, 'document_id = ANY ($1::text[])', [documentIds])
    : [];
  documents.forEach((row) => facts.documents.set(row.documentId, row));
  const consultationIds = [
    ...new Set([
      ...concerned.flatMap(({ consultationId }) => (consultationId ? [consultationId] : [])),
      ...documents.map((row) => row.consultationId),
    ]),
  ];
  const consultations = consultationIds.length
    ? await selectEntityRows(manager, NotificationConsultationRow, 'consultation_id = ANY ($1::text[])', [consultationIds])
    : [];
  consultations.forEach((row) => facts.consultations.set(row.consultationId, row));
  const amendments = documentIds.length
    ? await selectEntityRows(manager, NotificationAmendmentRow, 'document_id = ANY ($1::text[])', [documentIds])
    : [];
  amendments.forEach((row) => facts.amendments.set(amendmentKey(row.documentId, row.amendmentId), row));
  return facts;
}
