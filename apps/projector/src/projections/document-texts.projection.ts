import { EntityManager } from 'typeorm';
import { DECISION_CORRECTED, DOCUMENT_REGISTERED, DocumentRegisteredV1, NewEvent, RecordedEvent, VERSION_ADOPTED, VersionAdoptedV1 } from '#libs/contracts';
import { AppliedChange } from '#libs/domain';
import { DOCUMENT_TEXTS_PROJECTION, DocumentTextHistoryRow } from '#libs/read-models';
import { ResolutionDocument } from '#libs/text';
import { Projection } from '../projection';
import { changesWorkingText, evolveWorkingText } from './documents.projection';

const DOCUMENT_STREAM = /^document-/;

/** A document's working text after one event of its history, with the version it builds on. */
export interface TextHistoryEntry {
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly working: ResolutionDocument;
  readonly applied: readonly AppliedChange[];
}

/** Whether an event starts a new entry of the text history: the registration, and every event that changes the working text. */
export function entersTextHistory(event: NewEvent): boolean {
  return event.type === DOCUMENT_REGISTERED || changesWorkingText(event);
}

/**
 * The entry after `event`, folded by the documents projection's own `evolveWorkingText`
 * (the write side's fold) from the entry before it (none before the registration) and
 * the latest version's text, which only a correction needs: it replays from there.
 */
export function nextTextEntry(before: TextHistoryEntry | undefined, latestVersionText: ResolutionDocument | undefined, event: NewEvent): TextHistoryEntry {
  const previous = before && { latestVersion: latestVersionText, working: before.working, applied: before.applied };
  const next = evolveWorkingText(previous, event);
  if (!next) throw new Error(`${event.type} does not make a working text`);
  switch (event.type) {
    case DOCUMENT_REGISTERED:
      return { versionNumber: 1, versionLabel: (event.payload as DocumentRegisteredV1).versionLabel, working: next.working, applied: next.applied };
    case VERSION_ADOPTED: {
      const e = event.payload as VersionAdoptedV1;
      return { versionNumber: e.versionNumber, versionLabel: e.label, working: next.working, applied: next.applied };
    }
    default:
      return { versionNumber: before!.versionNumber, versionLabel: before!.versionLabel, working: next.working, applied: next.applied };
  }
}

/**
 * The history of each document's working text (`document_text_history`): one row per
 * event that changed it, so the text as of any position or time is the last row at or
 * before it. Each row is computed from the row before it in the log, never from the
 * latest one, so a rebuild over old rows writes the same rows again.
 */
export class DocumentTextsProjection implements Projection {
  readonly name = DOCUMENT_TEXTS_PROJECTION.name;
  readonly version = DOCUMENT_TEXTS_PROJECTION.version;
  readonly tables = ['document_text_history'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!DOCUMENT_STREAM.test(event.streamId) || !entersTextHistory(event)) return;
    const documentId = (event.payload as { documentId: string }).documentId;
    let before: TextHistoryEntry | undefined;
    let latestVersionText: ResolutionDocument | undefined;
    if (event.type !== DOCUMENT_REGISTERED) {
      before = await this.entryBefore(documentId, event.position, manager);
      if (!before) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
      if (event.type === DECISION_CORRECTED) latestVersionText = await this.versionText(documentId, before.versionNumber, event.position, manager);
    }
    const next = nextTextEntry(before, latestVersionText, event);
    const decisionId = (event.payload as { decisionId?: string }).decisionId ?? null;
    await manager.upsert(
      DocumentTextHistoryRow,
      {
        documentId,
        position: event.position,
        streamVersion: event.streamVersion,
        recordedAt: new Date(event.recordedAt),
        eventType: event.type,
        decisionId,
        versionNumber: next.versionNumber,
        versionLabel: next.versionLabel,
        working: next.working,
        applied: [...next.applied],
      },
      ['documentId', 'position'],
    );
  }

  private async entryBefore(documentId: string, position: number, manager: EntityManager): Promise<TextHistoryEntry | undefined> {
    const [row] = await manager.query(
      `SELECT version_number, version_label, working, applied FROM document_text_history
        WHERE document_id = $1 AND position < $2 ORDER BY position DESC LIMIT 1`,
      [documentId, position],
    );
    return row && { versionNumber: row.version_number, versionLabel: row.version_label, working: row.working, applied: row.applied };
  }

  /** A version's text: the working text of the row that started it (the registration or the adoption). */
  private async versionText(documentId: string, versionNumber: number, position: number, manager: EntityManager): Promise<ResolutionDocument> {
    const [row] = await manager.query(
      `SELECT working FROM document_text_history
        WHERE document_id = $1 AND version_number = $2 AND position < $3 ORDER BY position LIMIT 1`,
      [documentId, versionNumber, position],
    );
    if (!row) throw new Error(`document ${documentId} has no history row for its version ${versionNumber}`);
    return row.working;
  }
}
