import { EntityManager } from 'typeorm';
import { DocumentTextHistoryRow, TextHistoryFoldRow, foldTextHistory } from '#libs/read-models';
import type { ResolutionDocument } from '#libs/text';
import type { SinceSnapshot, TextHistoryEntry } from './document-texts-history';
import { upsertEntityRows } from '../batching/entity-rows';

/** The document_texts projection's reads and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

/** Each document's last entry before the position given for it, folded from its snapshot, and how far it is from that snapshot; in one query. */
export async function loadLastEntries(
  manager: EntityManager,
  before: ReadonlyMap<string, number>,
): Promise<Map<string, { entry: TextHistoryEntry; sinceSnapshot: SinceSnapshot }>> {
  if (before.size === 0) return new Map();
  // The last row's version, from its first row on; the whole text only on the snapshot the last row folds from.
  const rows: (TextHistoryFoldRow & { documentId: string; versionNumber: number; versionLabel: string; snapshotPosition: string })[] =
    await manager.query(
      `SELECT f.document_id AS "documentId", h.version_number AS "versionNumber", h.version_label AS "versionLabel",
              h.event_type AS "eventType", h.change, h.corrects, l.snapshot_position AS "snapshotPosition",
              CASE WHEN h.position >= l.snapshot_position THEN h.working END AS working
         FROM unnest($1::text[], $2::bigint[]) AS f(document_id, before)
         CROSS JOIN LATERAL (SELECT position, version_number, snapshot_position FROM document_text_history
                              WHERE document_id = f.document_id AND position < f.before ORDER BY position DESC LIMIT 1) l
         JOIN document_text_history h ON h.document_id = f.document_id AND h.version_number = l.version_number AND h.position <= l.position
        ORDER BY f.document_id, h.position`,
      [[...before.keys()], [...before.values()]],
    );
  const byDocument = new Map<string, typeof rows>();
  for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
  const entries = new Map<string, { entry: TextHistoryEntry; sinceSnapshot: SinceSnapshot }>();
  for (const [documentId, versionRows] of byDocument) {
    const last = versionRows[versionRows.length - 1];
    const folded = foldTextHistory(versionRows);
    const snapshot = versionRows.find((row) => row.working !== null)!.working!;
    entries.set(documentId, {
      entry: { versionNumber: last.versionNumber, versionLabel: last.versionLabel, working: folded.working, applied: folded.applied },
      sinceSnapshot: {
        position: Number(last.snapshotPosition),
        textBytes: JSON.stringify(snapshot).length,
        changes: folded.changesSinceSnapshot,
        changeBytes: folded.changeBytesSinceSnapshot,
      },
    });
  }
  return entries;
}

/** The text each version of each document started with (its first entry) before the position given for the document, in one query. */
export async function loadVersionStarts(
  manager: EntityManager,
  before: ReadonlyMap<string, number>,
): Promise<Map<string, Map<number, ResolutionDocument>>> {
  if (before.size === 0) return new Map();
  const rows: { documentId: string; versionNumber: number; working: ResolutionDocument }[] = await manager.query(
    `SELECT DISTINCT ON (h.document_id, h.version_number) h.document_id AS "documentId", h.version_number AS "versionNumber", h.working
       FROM document_text_history h JOIN unnest($1::text[], $2::bigint[]) AS f(document_id, before) ON h.document_id = f.document_id AND h.position < f.before
      ORDER BY h.document_id, h.version_number, h.position`,
    [[...before.keys()], [...before.values()]],
  );
  const starts = new Map<string, Map<number, ResolutionDocument>>();
  for (const row of rows) starts.set(row.documentId, (starts.get(row.documentId) ?? new Map()).set(row.versionNumber, row.working));
  return starts;
}

export function writeTextHistory(manager: EntityManager, rows: readonly DocumentTextHistoryRow[]): Promise<void> {
  return upsertEntityRows(manager, DocumentTextHistoryRow, rows);
}
