import { EntityManager, In } from 'typeorm';
import { AmendmentRow, DecisionRow, DocumentRow, DocumentVersionRow } from '#libs/read-models';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';

/** The documents projection's reads (one query per table) and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

export async function loadDocuments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, DocumentRow>> {
  const rows = await manager.findBy(DocumentRow, { id: In([...ids]) });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadAmendments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, AmendmentRow>> {
  const rows = await manager.findBy(AmendmentRow, { id: In([...ids]) });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadDecisions(manager: EntityManager, ids: readonly string[]): Promise<Map<string, DecisionRow>> {
  const rows = await manager.findBy(DecisionRow, { id: In([...ids]) });
  return new Map(rows.map((row) => [row.id, row]));
}

/** A version's key in a batch's cache: its document's id and its number. */
export function versionKey(documentId: string, number: number): string {
  return `${documentId}\u0000${number}`;
}

export async function loadVersions(manager: EntityManager, keys: readonly string[]): Promise<Map<string, DocumentVersionRow>> {
  const wanted = keys.map((key) => key.split('\u0000'));
  const rows = await selectEntityRows(
    manager,
    DocumentVersionRow,
    '(document_id, number) IN (SELECT * FROM unnest($1::text[], $2::integer[]))',
    [wanted.map(([documentId]) => documentId), wanted.map(([, number]) => Number(number))],
  );
  return new Map(rows.map((row) => [versionKey(row.documentId, row.number), row]));
}

export function writeDocuments(manager: EntityManager, rows: readonly DocumentRow[]): Promise<void> {
  return upsertEntityRows(manager, DocumentRow, rows);
}

export function writeVersions(manager: EntityManager, rows: readonly DocumentVersionRow[]): Promise<void> {
  return upsertEntityRows(manager, DocumentVersionRow, rows);
}

export function writeAmendments(manager: EntityManager, rows: readonly AmendmentRow[]): Promise<void> {
  return upsertEntityRows(manager, AmendmentRow, rows);
}

export function writeDecisions(manager: EntityManager, rows: readonly DecisionRow[]): Promise<void> {
  return upsertEntityRows(manager, DecisionRow, rows);
}
