import { EntityManager } from 'typeorm';
import {
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  DOCUMENT_REGISTERED,
  EventType,
  INPUT_EVENT_TYPES,
  RecordedEvent,
} from '#libs/contracts';
import { SearchDocumentRow, SearchEntryRow } from '#libs/read-models';
import { RowCache } from '../batching';
import { Projection } from '../projection';
import { WORKING_TEXT_CHANGES } from './working-text';
import { WritesInFlight } from '../batching/json-rows';
import { ProvisionEntries, SEARCH_LANGUAGE_EVENTS, SearchState, searchReads, searchStep } from './search-steps';
import { deleteEntries, loadDocuments, loadEntries, loadProvisions, writeDocuments, writeEntries } from './search-store';

/** A document's provision entries as read from the database and as they stand in the batch. */
interface DocumentProvisions {
  readonly stored: ProvisionEntries;
  readonly current: ProvisionEntries;
}

const NONE: ProvisionEntries = new Map();

/**
 * The search index: each document (title, headings, a report's prose), each provision of
 * the working text and of every version, each provision of a language version in its current
 * words, each contribution's cover and report text, and each stakeholder input's title and text,
 * with its search key. The working text is kept here as the write side folds it, and the
 * provisions are indexed again whenever a decision changes it.
 *
 * A batch reads the working texts, provision entries and contribution entries its events
 * name in one query each, runs the pure step (`search-steps.ts`) event after event in
 * memory, and at the end writes the rows it changed and drops the provision entries it dropped.
 */
export class SearchProjection implements Projection {
  readonly name = 'search';
  readonly version = 1;
  readonly tables = ['search_entries', 'search_documents'];
  readonly lookupIndexes = ['search_entries_of_document'];
  readonly handles: readonly EventType[] = [
    DOCUMENT_REGISTERED,
    CONTRIBUTION_SUBMITTED,
    CONTRIBUTION_REVISED,
    CONTRIBUTION_WITHDRAWN,
    ...INPUT_EVENT_TYPES,
    ...WORKING_TEXT_CHANGES,
    ...SEARCH_LANGUAGE_EVENTS,
  ];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const documents = new RowCache<SearchDocumentRow>((ids) => loadDocuments(manager, ids));
    const entries = new RowCache<SearchEntryRow>((keys) => loadEntries(manager, keys));
    const provisions = new RowCache<DocumentProvisions>(async (ids) => {
      const stored = await loadProvisions(manager, ids);
      return new Map([...stored].map(([id, rows]) => [id, { stored: rows, current: rows }]));
    });
    const state: SearchState = {
      document: (id) => documents.known(id),
      provisions: (id) => provisions.known(id)?.current ?? NONE,
      entry: (key) => entries.known(key),
    };

    const reads = events.map(searchReads);
    await documents.prefetch(reads.flatMap((read) => read.documents));
    await provisions.prefetch(reads.flatMap((read) => read.provisionsOf));
    await entries.prefetch(reads.flatMap((read) => read.entries));

    for (const event of events) {
      const changes = searchStep(event, state);
      if (changes.document) documents.set(changes.document.documentId, changes.document);
      for (const entry of changes.entries) entries.set(entry.entryKey, entry);
      if (changes.provisions) {
        const { documentId, entries: current } = changes.provisions;
        provisions.set(documentId, { stored: provisions.known(documentId)?.stored ?? NONE, current });
      }
    }

    const { written, dropped } = provisionWrites(provisions.changedRows());
    // Sent together, in this order: PostgreSQL stores one table's rows while the next are encoded.
    const writes = new WritesInFlight();
    try {
      await writes.send(writeDocuments, manager, documents.changedRows());
      await writes.send(deleteEntries, manager, dropped);
      await writes.send(writeEntries, manager, [...entries.changedRows(), ...written]);
    } finally {
      await writes.finish();
    }
  }
}

/** The provision entries to write (new, or changed since read) and to drop (read, and gone since). */
function provisionWrites(documents: readonly DocumentProvisions[]): { written: SearchEntryRow[]; dropped: string[] } {
  const written: SearchEntryRow[] = [];
  const dropped: string[] = [];
  for (const { stored, current } of documents) {
    for (const [key, row] of current) if (stored.get(key) !== row) written.push(row);
    for (const key of stored.keys()) if (!current.has(key)) dropped.push(key);
  }
  return { written, dropped };
}
