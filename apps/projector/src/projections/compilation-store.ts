import { EntityManager } from 'typeorm';
import type { CompilationAmendmentRow, CompilationContributionRow, CompilationStakeholderRow, CompilationVersionRow } from '#libs/read-models';
import type { CompilationDocument } from './compilation-steps';
import { JsonTable, upsertJsonRows } from '../batching/json-rows';

/** The compilation projection's reads and multi-row writes, in raw SQL (see `upsertJsonRows`). */

export async function loadAmendments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, CompilationAmendmentRow>> {
  const rows: (CompilationAmendmentRow & { proposedPosition: string; lastPosition: string })[] = await manager.query(
    `SELECT id, document_id AS "documentId", version_number AS "versionNumber", operation, placement, proposers, co_sponsors AS "coSponsors",
            on_behalf_of AS "onBehalfOf", contribution_id AS "contributionId", contribution_symbol AS "contributionSymbol", status, revision, explanation,
            decisions, withdrawal, proposed_at AS "proposedAt", proposed_position AS "proposedPosition", last_position AS "lastPosition"
       FROM compilation_amendments WHERE id = ANY ($1::text[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { ...row, proposedPosition: Number(row.proposedPosition), lastPosition: Number(row.lastPosition) }]));
}

export async function loadContributions(manager: EntityManager, ids: readonly string[]): Promise<Map<string, CompilationContributionRow>> {
  const rows: CompilationContributionRow[] = await manager.query(
    'SELECT id, consultation_id AS "consultationId", symbol, awaiting, declined FROM compilation_contributions WHERE id = ANY ($1::text[])',
    [ids],
  );
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

const STAKEHOLDERS: JsonTable = { name: 'compilation_stakeholders', columns: { id: 'text', name: 'text', category: 'text', region: 'text' }, key: ['id'] };

export function writeStakeholders(manager: EntityManager, rows: readonly CompilationStakeholderRow[]): Promise<void> {
  return upsertJsonRows(manager, STAKEHOLDERS, rows as never);
}

const CONTRIBUTIONS: JsonTable = { name: 'compilation_contributions', columns: { id: 'text', consultation_id: 'text', symbol: 'text', awaiting: 'text[]', declined: 'text[]' }, key: ['id'] };

export function writeContributions(manager: EntityManager, rows: readonly CompilationContributionRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    CONTRIBUTIONS,
    rows.map((row) => ({ id: row.id, consultation_id: row.consultationId, symbol: row.symbol, awaiting: row.awaiting, declined: row.declined })),
  );
}

const VERSIONS: JsonTable = {
  name: 'compilation_versions',
  columns: {
    document_id: 'text',
    number: 'integer',
    consultation_id: 'text',
    symbol: 'text',
    label: 'text',
    text: 'jsonb',
    adopted_meeting: 'text',
    adopted_date: 'text',
    decision_id: 'text',
    recorded_at: 'timestamptz',
  },
  key: ['document_id', 'number'],
};

export function writeVersions(manager: EntityManager, rows: readonly CompilationVersionRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    VERSIONS,
    rows.map((row) => ({
      document_id: row.documentId,
      number: row.number,
      consultation_id: row.consultationId,
      symbol: row.symbol,
      label: row.label,
      text: row.text,
      adopted_meeting: row.adoptedMeeting,
      adopted_date: row.adoptedDate,
      decision_id: row.decisionId,
      recorded_at: row.recordedAt.toISOString(),
    })),
  );
}

const AMENDMENTS: JsonTable = {
  name: 'compilation_amendments',
  columns: {
    id: 'text',
    document_id: 'text',
    version_number: 'integer',
    operation: 'jsonb',
    placement: 'jsonb',
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
    last_position: 'bigint',
  },
  key: ['id'],
};

export function writeAmendments(manager: EntityManager, rows: readonly CompilationAmendmentRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    AMENDMENTS,
    rows.map((row) => ({
      id: row.id,
      document_id: row.documentId,
      version_number: row.versionNumber,
      operation: row.operation,
      placement: row.placement,
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
      last_position: row.lastPosition,
    })),
  );
}
