import { EntityManager } from 'typeorm';
import type { DocumentTextHistoryRow } from '#libs/read-models';
import type { ResolutionDocument } from '#libs/text';
import type { TextHistoryEntry } from './document-texts-history';
import { JsonTable, upsertJsonRows } from '../batching/json-rows';

/** The document_texts projection's reads and multi-row writes, in raw SQL (see `upsertJsonRows`). */

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
export async function loadVersionStarts(manager: EntityManager, before: ReadonlyMap<string, number>): Promise<Map<string, Map<number, ResolutionDocument>>> {
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

const TEXT_HISTORY: JsonTable = {
  name: 'document_text_history',
  columns: {
    document_id: 'text',
    position: 'bigint',
    stream_version: 'integer',
    recorded_at: 'timestamptz',
    event_type: 'text',
    decision_id: 'text',
    version_number: 'integer',
    version_label: 'text',
    working: 'jsonb',
    applied: 'jsonb',
  },
  key: ['document_id', 'position'],
};

export function writeTextHistory(manager: EntityManager, rows: readonly DocumentTextHistoryRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    TEXT_HISTORY,
    rows.map((row) => ({
      document_id: row.documentId,
      position: row.position,
      stream_version: row.streamVersion,
      recorded_at: row.recordedAt.toISOString(),
      event_type: row.eventType,
      decision_id: row.decisionId,
      version_number: row.versionNumber,
      version_label: row.versionLabel,
      working: row.working,
      applied: row.applied,
    })),
  );
}
