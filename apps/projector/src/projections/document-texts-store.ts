import { EntityManager } from 'typeorm';
import { DocumentTextHistoryRow } from '#libs/read-models';
import type { ResolutionDocument } from '#libs/text';
import type { TextHistoryEntry } from './document-texts-history';
import { upsertEntityRows } from '../batching/entity-rows';

/** The document_texts projection's reads and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

/** Each document's last entry before the position given for it, in one query. */
export async function loadLastEntries(manager: EntityManager, before: ReadonlyMap<string, number>): Promise<Map<string, TextHistoryEntry>> {
  if (before.size === 0) return new Map();
  const rows: (TextHistoryEntry & { documentId: string })[] = await manager.query(
    `SELECT f.document_id AS "documentId", h.version_number AS "versionNumber", h.version_label AS "versionLabel", h.working, h.applied
       FROM unnest($1::text[], $2::bigint[]) AS f(document_id, before)
       CROSS JOIN LATERAL (SELECT version_number, version_label, working, applied FROM document_text_history
                            WHERE document_id = f.document_id AND position < f.before ORDER BY position DESC LIMIT 1) h`,
    [[...before.keys()], [...before.values()]],
  );
  return new Map(rows.map(({ documentId, ...entry }) => [documentId, entry]));
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
