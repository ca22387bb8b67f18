import { EntityManager } from 'typeorm';
import { CompilationAmendmentRow, CompilationContributionRow, CompilationStakeholderRow, CompilationVersionRow } from '#libs/read-models';
import type { CompilationDocument } from './compilation-steps';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';

/** The compilation projection's reads and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

export async function loadAmendments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, CompilationAmendmentRow>> {
  const rows = await selectEntityRows(manager, CompilationAmendmentRow, 'id = ANY ($1::text[])', [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadContributions(manager: EntityManager, ids: readonly string[]): Promise<Map<string, CompilationContributionRow>> {
  const rows = await selectEntityRows(manager, CompilationContributionRow, 'id = ANY ($1::text[])', [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

/** What the stored versions of these documents say: the base text's consultation and symbol, and the latest number. */
export async function loadDocuments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, CompilationDocument>> {
  const rows: { id: string; latestVersion: number; consultationId: string | null; symbol: string | null }[] = await manager.query(
    `SELECT document_id AS id, max(number) AS "latestVersion",
            min(consultation_id) FILTER (WHERE number = 1) AS "consultationId", min(symbol) FILTER (WHERE number = 1) AS symbol
       FROM compilation_versions WHERE document_id = ANY ($1::text[]) GROUP BY document_id`,
    [ids],
  );
  return new Map(
    rows.map(({ id, latestVersion, consultationId, symbol }) => [
      id,
      { id, latestVersion, ...(consultationId !== null && symbol !== null ? { base: { consultationId, symbol } } : {}) },
    ]),
  );
}

/** Deletes every version but the first of these documents: a registration starts a document afresh. */
export async function deleteLaterVersions(manager: EntityManager, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return;
  await manager.query('DELETE FROM compilation_versions WHERE document_id = ANY ($1::text[]) AND number > 1', [documentIds]);
}

export function writeStakeholders(manager: EntityManager, rows: readonly CompilationStakeholderRow[]): Promise<void> {
  return upsertEntityRows(manager, CompilationStakeholderRow, rows);
}

export function writeContributions(manager: EntityManager, rows: readonly CompilationContributionRow[]): Promise<void> {
  return upsertEntityRows(manager, CompilationContributionRow, rows);
}

export function writeVersions(manager: EntityManager, rows: readonly CompilationVersionRow[]): Promise<void> {
  return upsertEntityRows(manager, CompilationVersionRow, rows);
}

export function writeAmendments(manager: EntityManager, rows: readonly CompilationAmendmentRow[]): Promise<void> {
  return upsertEntityRows(manager, CompilationAmendmentRow, rows);
}
