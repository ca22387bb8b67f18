import { EntityManager, In } from 'typeorm';
import { SearchDocumentRow, SearchEntryRow } from '#libs/read-models';
import { upsertEntityRows } from '../batching/entity-rows';
import { ProvisionEntries } from './search-steps';

/** The search projection's reads (one query per table) and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

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

export function writeDocuments(manager: EntityManager, rows: readonly SearchDocumentRow[]): Promise<void> {
  return upsertEntityRows(manager, SearchDocumentRow, rows);
}

export function writeEntries(manager: EntityManager, rows: readonly SearchEntryRow[]): Promise<void> {
  return upsertEntityRows(manager, SearchEntryRow, rows);
}

export async function deleteEntries(manager: EntityManager, entryKeys: readonly string[]): Promise<void> {
  if (entryKeys.length > 0) await manager.query('DELETE FROM search_entries WHERE entry_key = ANY ($1::text[])', [entryKeys]);
}
