import { EntityManager } from 'typeorm';
import {
  AMENDMENTS_MERGED,
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  CONSULTATION_REGISTERED,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  EventType,
  PARTICIPANT_ADMITTED,
  RESERVATION_RECORDED,
  RecordedEvent,
  STAKEHOLDER_INPUT_SUBMITTED,
  STAKEHOLDER_INPUT_WITHDRAWN,
  STAKEHOLDER_REGISTERED,
} from '#libs/contracts';
import { ParticipationConsultationRow, ParticipationDocumentRow, ParticipationStakeholderRow } from '#libs/read-models';
import { RowCache } from '../batching';
import { Projection } from '../projection';
import { WritesInFlight } from '../batching/json-rows';
import { ParticipationState, SubjectFacts, participationReads, participationStep, subjectKey } from './participation-steps';
import {
  fillCategories,
  loadDocuments,
  loadStakeholders,
  loadSubjects,
  replaceFacts,
  writeConsultations,
  writeDocuments,
  writeStakeholders,
} from './participation-store';

/**
 * Who took part in what: one fact per stakeholder and part in each contribution, amendment,
 * reservation, admission and written input, with the stakeholder's category and region and where the
 * contribution or amendment stands. The registry, the consultations and which consultation
 * each document belongs to are kept in this projection's own tables.
 *
 * A batch reads the facts of the subjects its events name, the stakeholders and documents
 * in one query each, runs the pure step (`participation-steps.ts`) event after event in
 * memory, and at the end writes each changed subject's facts whole and the other rows it changed.
 */
export class ParticipationProjection implements Projection {
  readonly name = 'participation';
  readonly version = 1;
  readonly tables = ['participation_facts', 'participation_stakeholders', 'participation_consultations', 'participation_documents'];
  readonly lookupIndexes = ['participation_facts_of_stakeholder'];
  readonly handles: readonly EventType[] = [
    STAKEHOLDER_REGISTERED,
    CONSULTATION_REGISTERED,
    PARTICIPANT_ADMITTED,
    DOCUMENT_REGISTERED,
    CONTRIBUTION_SUBMITTED,
    CONTRIBUTION_REVISED,
    CONTRIBUTION_WITHDRAWN,
    AMENDMENT_PROPOSED,
    AMENDMENT_CO_SPONSORED,
    AMENDMENT_WITHDRAWN,
    AMENDMENT_RULED,
    AMENDMENTS_MERGED,
    DECISION_CORRECTED,
    RESERVATION_RECORDED,
    STAKEHOLDER_INPUT_SUBMITTED,
    STAKEHOLDER_INPUT_WITHDRAWN,
  ];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const subjects = new RowCache<SubjectFacts>((keys) => loadSubjects(manager, keys));
    const stakeholders = new RowCache<ParticipationStakeholderRow>((ids) => loadStakeholders(manager, ids));
    const documents = new RowCache<ParticipationDocumentRow>((ids) => loadDocuments(manager, ids));
    const consultations = new Map<string, ParticipationConsultationRow>();
    // The first registration of each stakeholder in the batch: facts recorded before it get its category.
    const registrations = new Map<string, ParticipationStakeholderRow>();
    const state: ParticipationState = {
      facts: (subject) => subjects.known(subjectKey(subject))?.facts ?? [],
      stakeholder: (id) => stakeholders.known(id),
      document: (id) => documents.known(id),
    };

    const reads = events.map(participationReads);
    await subjects.prefetch(reads.flatMap((read) => read.subjects.map(subjectKey)));
    await stakeholders.prefetch(reads.flatMap((read) => read.stakeholders));
    await documents.prefetch(reads.flatMap((read) => read.documents));

    for (const event of events) {
      const changes = participationStep(event, state);
      if (changes.stakeholder) {
        stakeholders.set(changes.stakeholder.id, changes.stakeholder);
        if (!registrations.has(changes.stakeholder.id)) registrations.set(changes.stakeholder.id, changes.stakeholder);
      }
      if (changes.consultation) consultations.set(changes.consultation.id, changes.consultation);
      if (changes.document) documents.set(changes.document.documentId, changes.document);
      for (const subject of changes.subjects) subjects.set(subjectKey(subject), subject);
    }

    // Sent together: PostgreSQL stores one table's rows while the next are encoded.
    const writes = new WritesInFlight();
    try {
      await writes.send(writeStakeholders, manager, stakeholders.changedRows());
      await writes.send(writeConsultations, manager, [...consultations.values()]);
      await writes.send(writeDocuments, manager, documents.changedRows());
      await writes.send(replaceFacts, manager, subjects.changedRows());
    } finally {
      await writes.finish();
    }
    // After every fact is written: those recorded in this batch before the registration are filled in too.
    await fillCategories(manager, [...registrations.values()]);
  }
}
