import { EntityManager } from 'typeorm';
import { ConsultationHistoryRow, HistorySubjectRow } from '#libs/read-models';
import type { HistoryActor, HistoryKind, HistorySubjectKind, TimelineMessage } from '#libs/read-models';
import type { SubjectKind, SubjectUpdate } from './history-entries';
import { upsertEntityRows } from '../batching/entity-rows';

/** The history's reads and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

const SUBJECT_KIND: Record<HistorySubjectKind, SubjectKind> = {
  stakeholder: 'stakeholders',
  document: 'documents',
  contribution: 'contributions',
  amendment: 'amendments',
  decision: 'decisions',
};
export const ROW_KIND = Object.fromEntries(Object.entries(SUBJECT_KIND).map(([row, kind]) => [kind, row])) as Record<
  SubjectKind,
  HistorySubjectKind
>;

/** A subject's key in a batch's cache: its kind (which has no colon) and its id. */
export function subjectKey(kind: SubjectKind, id: string): string {
  return `${kind}:${id}`;
}

/** The subjects stored under these keys, in one query. */
export async function loadSubjects(manager: EntityManager, keys: readonly string[]): Promise<Map<string, SubjectUpdate>> {
  const kinds: string[] = [];
  const ids: string[] = [];
  for (const key of keys) {
    const colon = key.indexOf(':');
    kinds.push(ROW_KIND[key.slice(0, colon) as SubjectKind]);
    ids.push(key.slice(colon + 1));
  }
  const rows: { kind: HistorySubjectKind; id: string; data: never }[] = await manager.query(
    'SELECT kind, id, data FROM history_subjects WHERE (kind, id) IN (SELECT * FROM unnest($1::text[], $2::text[]))',
    [kinds, ids],
  );
  const found = new Map<string, SubjectUpdate>();
  for (const row of rows) {
    const kind = SUBJECT_KIND[row.kind];
    found.set(subjectKey(kind, row.id), { kind, id: row.id, subject: row.data } as SubjectUpdate);
  }
  return found;
}

export function writeSubjects(manager: EntityManager, rows: readonly HistorySubjectRow[]): Promise<void> {
  return upsertEntityRows(manager, HistorySubjectRow, rows);
}

/** One row of the timeline as the batch builds it; `provisions` grows while the amendments of its command follow. */
export interface TimelineRow {
  readonly position: number;
  readonly consultationId: string;
  /** As recorded; stored to the millisecond. */
  readonly recordedAt: string;
  readonly kind: HistoryKind;
  readonly actorId: string;
  readonly actor: HistoryActor;
  readonly stakeholders: readonly string[];
  provisions: readonly string[];
  readonly documentId: string | null;
  readonly summary: string;
  readonly message: TimelineMessage;
  readonly details: object;
}

export function writeTimeline(manager: EntityManager, rows: readonly TimelineRow[]): Promise<void> {
  return upsertEntityRows(
    manager,
    ConsultationHistoryRow,
    rows.map((row) => ({ ...row, recordedAt: new Date(row.recordedAt) }) as ConsultationHistoryRow),
  );
}

/** Adds provisions to rows written by earlier batches (those that exist), keeping the ones they list first. */
export async function extendTimeline(manager: EntityManager, extensions: ReadonlyMap<number, readonly string[]>): Promise<void> {
  if (extensions.size === 0) return;
  const rows: { position: string; provisions: string[] }[] = await manager.query(
    'SELECT position, provisions FROM consultation_history WHERE position = ANY ($1::bigint[])',
    [[...extensions.keys()]],
  );
  if (rows.length === 0) return;
  const extended = rows.map((row) => ({
    position: Number(row.position),
    provisions: [...new Set([...row.provisions, ...extensions.get(Number(row.position))!])],
  }));
  await manager.query(
    'UPDATE consultation_history h SET provisions = r.provisions FROM jsonb_to_recordset($1::jsonb) AS r(position bigint, provisions text[]) WHERE h.position = r.position',
    [JSON.stringify(extended)],
  );
}
