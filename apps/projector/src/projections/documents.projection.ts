import { EntityManager } from 'typeorm';
import { DOCUMENT_EVENT_TYPES, EventType, RecordedEvent } from '#libs/contracts';
import { AmendmentRow, DecisionRow, DocumentRow, DocumentVersionRow } from '#libs/read-models';
import { RowCache } from '../batching';
import { Projection } from '../projection';
import { WritesInFlight } from '../batching/json-rows';
import { DocumentsState, documentsReads, documentsStep, versionReplayedBy } from './documents-steps';
import {
  loadAmendments,
  loadDecisions,
  loadDocuments,
  loadVersions,
  versionKey,
  writeAmendments,
  writeDecisions,
  writeDocuments,
  writeVersions,
} from './documents-store';

/**
 * Everything read back from a document's stream: the document with its working text, its
 * versions, its amendments and the chair's decisions on it. One projection keeps them all,
 * so at any moment an amendment's status, the decision that set it and the working text it
 * produced agree with each other and with the stream version clients send as If-Match.
 *
 * A batch reads the documents, amendments and corrected decisions its events name in one
 * query per table, runs the pure step (`documents-steps.ts`) event after event in memory,
 * and writes every row it changed, once, at the end.
 */
export class DocumentsProjection implements Projection {
  readonly name = 'documents';
  readonly version = 1;
  readonly tables = ['documents', 'document_versions', 'amendments', 'decisions'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = DOCUMENT_EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const documents = new RowCache<DocumentRow>((ids) => loadDocuments(manager, ids));
    const versions = new RowCache<DocumentVersionRow>((keys) => loadVersions(manager, keys));
    const amendments = new RowCache<AmendmentRow>((ids) => loadAmendments(manager, ids));
    const decisions = new RowCache<DecisionRow>((ids) => loadDecisions(manager, ids));
    const state: DocumentsState = {
      document: (id) => documents.known(id),
      version: (documentId, number) => versions.known(versionKey(documentId, number)),
      amendment: (id) => amendments.known(id),
      decision: (id) => decisions.known(id),
    };

    const reads = events.map(documentsReads);
    await documents.prefetch(reads.flatMap((read) => read.documents));
    await amendments.prefetch(reads.flatMap((read) => read.amendments));
    await decisions.prefetch(reads.flatMap((read) => read.decisions));

    for (const event of events) {
      // Only a correction reads a version, and which one is known only once the events before it are applied.
      const replayed = versionReplayedBy(event, state);
      if (replayed) await versions.prefetch([versionKey(replayed.documentId, replayed.number)]);
      const changes = documentsStep(event, state);
      if (changes.document) documents.set(changes.document.id, changes.document);
      if (changes.version) versions.set(versionKey(changes.version.documentId, changes.version.number), changes.version);
      for (const amendment of changes.amendments) amendments.set(amendment.id, amendment);
      for (const decision of changes.decisions) decisions.set(decision.id, decision);
    }

    // Sent together: PostgreSQL stores one table's rows while the next are encoded.
    const writes = new WritesInFlight();
    try {
      await writes.send(writeDocuments, manager, documents.changedRows());
      await writes.send(writeVersions, manager, versions.changedRows());
      await writes.send(writeAmendments, manager, amendments.changedRows());
      await writes.send(writeDecisions, manager, decisions.changedRows());
    } finally {
      await writes.finish();
    }
  }
}
