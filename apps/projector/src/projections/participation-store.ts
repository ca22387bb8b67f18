import { EntityManager, In } from 'typeorm';
import {
  ParticipationConsultationRow,
  ParticipationDocumentRow,
  ParticipationFactRow,
  ParticipationStakeholderRow,
} from '#libs/read-models';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';
import { SubjectFacts, subjectKey } from './participation-steps';

/** The participation projection's reads (one query per table) and multi-row writes, in raw SQL over the columns its entities declare (see `entity-rows.ts`). */

/** The facts of the subjects under these keys (see `subjectKey`), by key; a subject without any is left out. */
export async function loadSubjects(manager: EntityManager, keys: readonly string[]): Promise<Map<string, SubjectFacts>> {
  const subjects = keys.map((key) => {
    const colon = key.indexOf(':');
    return { kind: key.slice(0, colon), id: key.slice(colon + 1) };
  });
  const rows = await selectEntityRows(
    manager,
    ParticipationFactRow,
    '(subject_kind, subject_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))',
    [subjects.map((subject) => subject.kind), subjects.map((subject) => subject.id)],
  );
  const found = new Map<string, SubjectFacts>();
  for (const row of rows) {
    const key = subjectKey({ kind: row.subjectKind, id: row.subjectId });
    const facts = [...(found.get(key)?.facts ?? []), row];
    found.set(key, { kind: row.subjectKind, id: row.subjectId, facts });
  }
  return found;
}

export async function loadStakeholders(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ParticipationStakeholderRow>> {
  const rows = await manager.findBy(ParticipationStakeholderRow, { id: In([...ids]) });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadDocuments(
  manager: EntityManager,
  documentIds: readonly string[],
): Promise<Map<string, ParticipationDocumentRow>> {
  const rows = await manager.findBy(ParticipationDocumentRow, { documentId: In([...documentIds]) });
  return new Map(rows.map((row) => [row.documentId, row]));
}

export function writeStakeholders(manager: EntityManager, rows: readonly ParticipationStakeholderRow[]): Promise<void> {
  return upsertEntityRows(manager, ParticipationStakeholderRow, rows);
}

export function writeConsultations(manager: EntityManager, rows: readonly ParticipationConsultationRow[]): Promise<void> {
  return upsertEntityRows(manager, ParticipationConsultationRow, rows);
}

export function writeDocuments(manager: EntityManager, rows: readonly ParticipationDocumentRow[]): Promise<void> {
  return upsertEntityRows(manager, ParticipationDocumentRow, rows);
}

/** Replaces every fact of these subjects with the ones given. */
export async function replaceFacts(manager: EntityManager, subjects: readonly SubjectFacts[]): Promise<void> {
  if (subjects.length === 0) return;
  await manager.query(
    'DELETE FROM participation_facts f USING unnest($1::text[], $2::text[]) AS s (kind, id) WHERE f.subject_kind = s.kind AND f.subject_id = s.id',
    [subjects.map((subject) => subject.kind), subjects.map((subject) => subject.id)],
  );
  await upsertEntityRows(
    manager,
    ParticipationFactRow,
    subjects.flatMap((subject) => subject.facts),
  );
}

/** Gives the facts recorded before their stakeholder was registered the category and region of its (first) registration. */
export async function fillCategories(manager: EntityManager, registrations: readonly ParticipationStakeholderRow[]): Promise<void> {
  if (registrations.length === 0) return;
  await manager.query(
    `UPDATE participation_facts f SET category = r.category, region = r.region
       FROM unnest($1::text[], $2::text[], $3::text[]) AS r (id, category, region)
      WHERE f.stakeholder_id = r.id AND f.category IS NULL`,
    [registrations.map((row) => row.id), registrations.map((row) => row.category), registrations.map((row) => row.region)],
  );
}
