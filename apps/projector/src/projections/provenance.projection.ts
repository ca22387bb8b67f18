import { EntityManager } from 'typeorm';
import {
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  DOCUMENT_EVENT_TYPES,
  EventType,
  RecordedEvent,
  STAKEHOLDER_REGISTERED,
} from '#libs/contracts';
import {
  ProvenanceAmendmentRow,
  ProvenanceContributionRow,
  ProvenanceDocumentRow,
  ProvenanceRecordRow,
  ProvenanceStakeholderRow,
} from '#libs/read-models';
import { RowCache } from '../batching';
import { Projection } from '../projection';
import { WritesInFlight } from '../batching/json-rows';
import { ProvenanceState, amendmentContributions, provenanceReads, provenanceStep } from './provenance-steps';
import {
  loadAmendments,
  loadContributions,
  loadDocuments,
  writeAmendments,
  writeContributions,
  writeDocuments,
  writeRecords,
  writeStakeholders,
} from './provenance-store';

// Records are sent in chunks of this many while the batch goes on; PostgreSQL stores one while the next is computed.
const RECORDS_PER_WRITE = 1_000;

/**
 * The provenance of each provision: where it came from (the registered text, or the
 * amendment and decision that put it there), every amendment and decision that bore on it
 * since, reservations on it, and the versions that carried it. Each event that bears on a
 * provision leaves a record under the provision's id; the projection keeps each document's
 * working text (as the write side computes it) to know which provisions a decision changed.
 *
 * A batch reads the documents, amendments and contributions its events name in a few
 * queries, runs the pure step (`provenance-steps.ts`) event after event in memory, sends
 * the records in chunks as it goes and every other changed row, once, at the end.
 */
export class ProvenanceProjection implements Projection {
  readonly name = 'provenance';
  readonly version = 1;
  readonly tables = [
    'provenance_stakeholders',
    'provenance_contributions',
    'provenance_documents',
    'provenance_amendments',
    'provenance_records',
  ];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = [STAKEHOLDER_REGISTERED, CONTRIBUTION_SUBMITTED, CONTRIBUTION_REVISED, ...DOCUMENT_EVENT_TYPES];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const documents = new RowCache<ProvenanceDocumentRow>((ids) => loadDocuments(manager, ids));
    const amendments = new RowCache<ProvenanceAmendmentRow>((ids) => loadAmendments(manager, ids));
    const contributions = new RowCache<ProvenanceContributionRow>((ids) => loadContributions(manager, ids));
    const state: ProvenanceState = {
      document: (id) => documents.known(id),
      amendment: (id) => amendments.known(id),
      contribution: (id) => contributions.known(id),
    };

    // What the events name, then the contributions of the amendments found; a row this misses is read when its event comes.
    const named = events.map(provenanceReads);
    await documents.prefetch(named.flatMap((reads) => reads.documents));
    await amendments.prefetch(named.flatMap((reads) => reads.amendments));
    await contributions.prefetch([
      ...named.flatMap((reads) => reads.contributions),
      ...events.flatMap((event) => amendmentContributions(event, state)),
    ]);

    const stakeholders = new Map<string, ProvenanceStakeholderRow>();
    // Records not yet sent: they are never changed once made, so they go in chunks while the batch goes on.
    let records: ProvenanceRecordRow[] = [];
    const writes = new WritesInFlight();
    try {
      for (const [i, event] of events.entries()) {
        await amendments.prefetch(named[i].amendments);
        await contributions.prefetch([...named[i].contributions, ...amendmentContributions(event, state)]);
        await documents.prefetch(named[i].documents);
        const changes = provenanceStep(event, state);
        if (changes.stakeholder) stakeholders.set(changes.stakeholder.id, changes.stakeholder);
        if (changes.contribution) contributions.set(changes.contribution.id, changes.contribution);
        if (changes.document) documents.set(changes.document.id, changes.document);
        for (const amendment of changes.amendments) amendments.set(amendment.id, amendment);
        for (const record of changes.records) records.push(record);
        if (records.length >= RECORDS_PER_WRITE) {
          await writes.send(writeRecords, manager, records);
          records = [];
        }
      }
      await writes.send(writeRecords, manager, records);
      await writes.send(writeAmendments, manager, amendments.changedRows());
      await writes.send(writeDocuments, manager, documents.changedRows());
      await writes.send(writeContributions, manager, contributions.changedRows());
      await writes.send(writeStakeholders, manager, [...stakeholders.values()]);
    } finally {
      await writes.finish();
    }
  }
}
