import { EntityManager } from 'typeorm';
import { ConsultationSummary } from '#libs/read-models';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';

/** The consultations projection's reads and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

export async function loadConsultations(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ConsultationSummary>> {
  const rows = await selectEntityRows(manager, ConsultationSummary, 'id = ANY ($1::uuid[])', [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

export function writeConsultations(manager: EntityManager, rows: readonly ConsultationSummary[]): Promise<void> {
  return upsertEntityRows(manager, ConsultationSummary, rows);
}
