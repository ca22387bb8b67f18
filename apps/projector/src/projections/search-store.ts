import { EntityManager, In } from 'typeorm';
import { SearchDocumentRow, SearchEntryRow } from '#libs/read-models';
import { JsonTable, upsertJsonRows } from '../batching/json-rows';
import { ProvisionEntries } from './search-steps';

/** The search projection's reads (one query per table) and multi-row writes, in raw SQL (see `upsertJsonRows`). */

export async function loadDocuments(manager: EntityManager, documentIds: readonly string[]): Promise<Map<string, SearchDocumentRow>> {
  const rows = await manager.findBy(SearchDocumentRow, { documentId: In([...documentIds]) });
  return new Map(rows.map((row) => [row.documentId, row]));
}

/** Every provision entry of these documents, by document; a document without any is left out. */
export async function loadProvisions(manager: EntityManager, documentIds: readonly string[]): Promise<Map<string, ProvisionEntries>> {
  const rows = await manager.findBy(SearchEntryRow, { documentId: In([...documentIds]), kind: 'provision' });
  const byDocument = new Map<string, Map<string, SearchEntryRow>>();
  for (const row of rows) {
    const entries = byDocument.get(row.documentId!) ?? new Map<string, SearchEntryRow>();
    entries.set(row.entryKey, row);
    byDocument.set(row.documentId!, entries);
  }
  return byDocument;
}

export async function loadEntries(manager: EntityManager, entryKeys: readonly string[]): Promise<Map<string, SearchEntryRow>> {
  const rows = await manager.findBy(SearchEntryRow, { entryKey: In([...entryKeys]) });
  return new Map(rows.map((row) => [row.entryKey, row]));
}

const DOCUMENTS: JsonTable = {
  name: 'search_documents',
  columns: {
    document_id: 'text',
    consultation_id: 'text',
    symbol: 'text',
    current_version: 'integer',
    current_label: 'text',
    latest_version: 'jsonb',
    working: 'jsonb',
    applied: 'jsonb',
  },
  key: ['document_id'],
};

export function writeDocuments(manager: EntityManager, rows: readonly SearchDocumentRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    DOCUMENTS,
    rows.map((row) => ({
      document_id: row.documentId,
      consultation_id: row.consultationId,
      symbol: row.symbol,
      current_version: row.currentVersion,
      current_label: row.currentLabel,
      latest_version: row.latestVersion,
      working: row.working,
      applied: row.applied,
    })),
  );
}

const ENTRIES: JsonTable = {
  name: 'search_entries',
  columns: {
    entry_key: 'text',
    kind: 'text',
    id: 'text',
    document_id: 'text',
    consultation_id: 'text',
    language: 'text',
    label: 'text',
    title: 'text',
    text: 'text',
    search_text: 'text',
    in_working: 'boolean',
    version_numbers: 'integer[]',
    status: 'text',
    position: 'bigint',
    recorded_at: 'timestamptz',
  },
  key: ['entry_key'],
};

export function writeEntries(manager: EntityManager, rows: readonly SearchEntryRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    ENTRIES,
    rows.map((row) => ({
      entry_key: row.entryKey,
      kind: row.kind,
      id: row.id,
      document_id: row.documentId,
      consultation_id: row.consultationId,
      language: row.language,
      label: row.label,
      title: row.title,
      text: row.text,
      search_text: row.searchText,
      in_working: row.inWorking,
      version_numbers: row.versionNumbers,
      status: row.status,
      position: row.position,
      recorded_at: row.recordedAt.toISOString(),
    })),
  );
}

export async function deleteEntries(manager: EntityManager, entryKeys: readonly string[]): Promise<void> {
  if (entryKeys.length > 0) await manager.query('DELETE FROM search_entries WHERE entry_key = ANY ($1::text[])', [entryKeys]);
}
