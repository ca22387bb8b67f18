import { EntityManager } from 'typeorm';
import { ContributionRevisionRow, ContributionRow } from '#libs/read-models';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';

/** The contributions projection's reads and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

export async function loadContributions(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ContributionRow>> {
  const rows = await selectEntityRows(manager, ContributionRow, 'id = ANY ($1::text[])', [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

export function writeContributions(manager: EntityManager, rows: readonly ContributionRow[]): Promise<void> {
  return upsertEntityRows(manager, ContributionRow, rows);
}

export function writeRevisions(manager: EntityManager, rows: readonly ContributionRevisionRow[]): Promise<void> {
  return upsertEntityRows(manager, ContributionRevisionRow, rows);
}
