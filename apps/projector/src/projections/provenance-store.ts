import { EntityManager } from 'typeorm';
import {
  ProvenanceAmendmentRow,
  ProvenanceContributionRow,
  ProvenanceDocumentRow,
  ProvenanceRecordRow,
  ProvenanceStakeholderRow,
} from '#libs/read-models';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';

/** The provenance projection's reads and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

export async function loadDocuments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ProvenanceDocumentRow>> {
  const rows = await selectEntityRows(manager, ProvenanceDocumentRow, 'id = ANY ($1::text[])', [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadAmendments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ProvenanceAmendmentRow>> {
  const rows = await selectEntityRows(manager, ProvenanceAmendmentRow, 'id = ANY ($1::text[])', [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadContributions(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ProvenanceContributionRow>> {
  const rows = await selectEntityRows(manager, ProvenanceContributionRow, 'id = ANY ($1::text[])', [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

export function writeStakeholders(manager: EntityManager, rows: readonly ProvenanceStakeholderRow[]): Promise<void> {
  return upsertEntityRows(manager, ProvenanceStakeholderRow, rows);
}

export function writeContributions(manager: EntityManager, rows: readonly ProvenanceContributionRow[]): Promise<void> {
  return upsertEntityRows(manager, ProvenanceContributionRow, rows);
}

export function writeDocuments(manager: EntityManager, rows: readonly ProvenanceDocumentRow[]): Promise<void> {
  return upsertEntityRows(manager, ProvenanceDocumentRow, rows);
}

export function writeAmendments(manager: EntityManager, rows: readonly ProvenanceAmendmentRow[]): Promise<void> {
  return upsertEntityRows(manager, ProvenanceAmendmentRow, rows);
}

export function writeRecords(manager: EntityManager, rows: readonly ProvenanceRecordRow[]): Promise<void> {
  return upsertEntityRows(manager, ProvenanceRecordRow, rows);
}
