import { EntityManager } from 'typeorm';
import type { ContributionRevisionRow, ContributionRow } from '#libs/read-models';
import { JsonTable, upsertJsonRows } from '../batching/json-rows';

/** The contributions projection's reads and multi-row writes, in raw SQL (see `upsertJsonRows`). */

export async function loadContributions(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ContributionRow>> {
  const rows: (ContributionRow & { lastPosition: string })[] = await manager.query(
    `SELECT id, consultation_id AS "consultationId", symbol, title, revision, status, cover, substance, withdrawal,
            co_submission AS "coSubmission", submitted_at AS "submittedAt", updated_at AS "updatedAt", last_position AS "lastPosition"
       FROM contributions WHERE id = ANY ($1::text[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { ...row, lastPosition: Number(row.lastPosition) }]));
}

const CONTRIBUTIONS: JsonTable = {
  name: 'contributions',
  columns: {
    id: 'text',
    consultation_id: 'text',
    symbol: 'text',
    title: 'text',
    revision: 'integer',
    status: 'text',
    cover: 'jsonb',
    substance: 'jsonb',
    withdrawal: 'jsonb',
    co_submission: 'jsonb',
    submitted_at: 'timestamptz',
    updated_at: 'timestamptz',
    last_position: 'bigint',
  },
  key: ['id'],
};

export function writeContributions(manager: EntityManager, rows: readonly ContributionRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    CONTRIBUTIONS,
    rows.map((row) => ({
      id: row.id,
      consultation_id: row.consultationId,
      symbol: row.symbol,
      title: row.title,
      revision: row.revision,
      status: row.status,
      cover: row.cover,
      substance: row.substance,
      withdrawal: row.withdrawal,
      co_submission: row.coSubmission,
      submitted_at: row.submittedAt.toISOString(),
      updated_at: row.updatedAt.toISOString(),
      last_position: row.lastPosition,
    })),
  );
}

const REVISIONS: JsonTable = {
  name: 'contribution_revisions',
  columns: { contribution_id: 'text', revision: 'integer', cover: 'jsonb', substance: 'jsonb', recorded_at: 'timestamptz' },
  key: ['contribution_id', 'revision'],
};

export function writeRevisions(manager: EntityManager, rows: readonly ContributionRevisionRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    REVISIONS,
    rows.map((row) => ({
      contribution_id: row.contributionId,
      revision: row.revision,
      cover: row.cover,
      substance: row.substance,
      recorded_at: row.recordedAt.toISOString(),
    })),
  );
}
