import { EntityManager } from 'typeorm';
import type { ProvenanceAmendmentRow, ProvenanceContributionRow, ProvenanceDocumentRow, ProvenanceRecordRow, ProvenanceStakeholderRow } from '#libs/read-models';
import { JsonTable, upsertJsonRows } from '../batching/json-rows';

/** The provenance projection's reads and multi-row writes, in raw SQL (see `upsertJsonRows`). */

export async function loadDocuments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ProvenanceDocumentRow>> {
  const rows: (ProvenanceDocumentRow & { lastPosition: string })[] = await manager.query(
    `SELECT id, consultation_id AS "consultationId", symbol, current_version AS "currentVersion", current_label AS "currentLabel", latest, working, applied,
            last_position AS "lastPosition"
       FROM provenance_documents WHERE id = ANY ($1::text[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { ...row, lastPosition: Number(row.lastPosition) }]));
}

export async function loadAmendments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ProvenanceAmendmentRow>> {
  const rows: (ProvenanceAmendmentRow & { proposedPosition: string })[] = await manager.query(
    `SELECT id, document_id AS "documentId", version_number AS "versionNumber", operation, proposers, co_sponsors AS "coSponsors", on_behalf_of AS "onBehalfOf",
            contribution_id AS "contributionId", contribution_symbol AS "contributionSymbol", status, revision, explanation, decisions, withdrawal,
            proposed_at AS "proposedAt", proposed_position AS "proposedPosition"
       FROM provenance_amendments WHERE id = ANY ($1::text[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { ...row, proposedPosition: Number(row.proposedPosition) }]));
}

export async function loadContributions(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ProvenanceContributionRow>> {
  const rows: ProvenanceContributionRow[] = await manager.query(
    'SELECT id, symbol, submitters, co_sponsors AS "coSponsors", on_behalf_of AS "onBehalfOf" FROM provenance_contributions WHERE id = ANY ($1::text[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

const STAKEHOLDERS: JsonTable = { name: 'provenance_stakeholders', columns: { id: 'text', name: 'text', category: 'text', region: 'text' }, key: ['id'] };

export function writeStakeholders(manager: EntityManager, rows: readonly ProvenanceStakeholderRow[]): Promise<void> {
  return upsertJsonRows(manager, STAKEHOLDERS, rows as never);
}

const CONTRIBUTIONS: JsonTable = {
  name: 'provenance_contributions',
  columns: { id: 'text', symbol: 'text', submitters: 'text[]', co_sponsors: 'text[]', on_behalf_of: 'text' },
  key: ['id'],
};

export function writeContributions(manager: EntityManager, rows: readonly ProvenanceContributionRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    CONTRIBUTIONS,
    rows.map((row) => ({ id: row.id, symbol: row.symbol, submitters: row.submitters, co_sponsors: row.coSponsors, on_behalf_of: row.onBehalfOf })),
  );
}

const DOCUMENTS: JsonTable = {
  name: 'provenance_documents',
  columns: {
    id: 'text',
    consultation_id: 'text',
    symbol: 'text',
    current_version: 'integer',
    current_label: 'text',
    latest: 'jsonb',
    working: 'jsonb',
    applied: 'jsonb',
    last_position: 'bigint',
  },
  key: ['id'],
};

export function writeDocuments(manager: EntityManager, rows: readonly ProvenanceDocumentRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    DOCUMENTS,
    rows.map((row) => ({
      id: row.id,
      consultation_id: row.consultationId,
      symbol: row.symbol,
      current_version: row.currentVersion,
      current_label: row.currentLabel,
      latest: row.latest,
      working: row.working,
      applied: row.applied,
      last_position: row.lastPosition,
    })),
  );
}

const AMENDMENTS: JsonTable = {
  name: 'provenance_amendments',
  columns: {
    id: 'text',
    document_id: 'text',
    version_number: 'integer',
    operation: 'jsonb',
    proposers: 'text[]',
    co_sponsors: 'text[]',
    on_behalf_of: 'text',
    contribution_id: 'text',
    contribution_symbol: 'text',
    status: 'text',
    revision: 'integer',
    explanation: 'text',
    decisions: 'jsonb',
    withdrawal: 'jsonb',
    proposed_at: 'timestamptz',
    proposed_position: 'bigint',
  },
  key: ['id'],
};

export function writeAmendments(manager: EntityManager, rows: readonly ProvenanceAmendmentRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    AMENDMENTS,
    rows.map((row) => ({
      id: row.id,
      document_id: row.documentId,
      version_number: row.versionNumber,
      operation: row.operation,
      proposers: row.proposers,
      co_sponsors: row.coSponsors,
      on_behalf_of: row.onBehalfOf,
      contribution_id: row.contributionId,
      contribution_symbol: row.contributionSymbol,
      status: row.status,
      revision: row.revision,
      explanation: row.explanation,
      decisions: row.decisions,
      withdrawal: row.withdrawal,
      proposed_at: row.proposedAt.toISOString(),
      proposed_position: row.proposedPosition,
    })),
  );
}

const RECORDS: JsonTable = {
  name: 'provenance_records',
  columns: { document_id: 'text', provision_id: 'text', position: 'bigint', kind: 'text', amendment_id: 'text', decision_id: 'text', recorded_at: 'timestamptz', record: 'jsonb' },
  key: ['document_id', 'provision_id', 'position'],
};

export function writeRecords(manager: EntityManager, rows: readonly ProvenanceRecordRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    RECORDS,
    rows.map((row) => ({
      document_id: row.documentId,
      provision_id: row.provisionId,
      position: row.position,
      kind: row.kind,
      amendment_id: row.amendmentId,
      decision_id: row.decisionId,
      recorded_at: row.recordedAt.toISOString(),
      record: row.record,
    })),
  );
}
