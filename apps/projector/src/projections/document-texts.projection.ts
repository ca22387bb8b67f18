import { EntityManager } from 'typeorm';
import { DOCUMENT_REGISTERED, EventType, RecordedEvent } from '#libs/contracts';
import { DOCUMENT_TEXTS_PROJECTION, DocumentTextHistoryRow } from '#libs/read-models';
import { Projection } from '../projection';
import { WORKING_TEXT_CHANGES } from './working-text';
import { DocumentTextHistory, TextChange, textHistoryDocument, textHistoryReads, textHistoryStep } from './document-texts-history';
import { loadLastEntries, loadVersionStarts, writeTextHistory } from './document-texts-store';

/**
 * The history of each document's working text (`document_text_history`): one row per
 * event that changed it, keeping the change, with the whole text in snapshot rows, so the
 * text as of any position or time is the last row at or before it folded from its snapshot.
 *
 * A batch reads, in two queries, what each document's history said before the batch (the
 * last entry, folded from its snapshot; the versions' first entries when a correction
 * replays from one), folds the events in memory (`document-texts-history.ts`) and writes
 * the rows together.
 */
export class DocumentTextsProjection implements Projection {
  readonly name = DOCUMENT_TEXTS_PROJECTION.name;
  readonly version = DOCUMENT_TEXTS_PROJECTION.version;
  readonly tables = ['document_text_history'];
  readonly lookupIndexes = ['document_text_history_by_version'];
  readonly handles: readonly EventType[] = [DOCUMENT_REGISTERED, ...WORKING_TEXT_CHANGES];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const changes = events.flatMap((event): TextChange[] => {
      const documentId = textHistoryDocument(event);
      return documentId === undefined ? [] : [{ documentId, event }];
    });
    if (changes.length === 0) return;
    const histories = await historiesBefore(changes, manager);
    const rows: DocumentTextHistoryRow[] = [];
    for (const change of changes) {
      const step = textHistoryStep(change, histories.get(change.documentId));
      histories.set(change.documentId, step.history);
      rows.push(step.row);
    }
    await writeTextHistory(manager, rows);
  }
}

/** What each document's text history said before the batch, as far as the batch needs it. */
async function historiesBefore(changes: readonly TextChange[], manager: EntityManager): Promise<Map<string, DocumentTextHistory>> {
  const reads = textHistoryReads(changes);
  const last = await loadLastEntries(manager, reads.lastBefore);
  const starts = await loadVersionStarts(manager, reads.versionStartsBefore);
  const histories = new Map<string, DocumentTextHistory>();
  for (const documentId of new Set([...last.keys(), ...starts.keys()])) {
    const before = last.get(documentId);
    histories.set(documentId, {
      last: before?.entry,
      sinceSnapshot: before?.sinceSnapshot,
      versionStarts: starts.get(documentId) ?? new Map(),
    });
  }
  return histories;
}
