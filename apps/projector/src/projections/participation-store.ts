import { EntityManager, In } from 'typeorm';
import { ParticipationConsultationRow, ParticipationDocumentRow, ParticipationFactRow, ParticipationStakeholderRow } from '#libs/read-models';
import { JsonTable, upsertJsonRows } from '../batching/json-rows';
import { SubjectFacts, subjectKey } from './participation-steps';

/** The participation projection's reads (one query per table) and multi-row writes, in raw SQL (see `upsertJsonRows`). */

/** The facts of the subjects under these keys (see `subjectKey`), by key; a subject without any is left out. */
export async function loadSubjects(manager: EntityManager, keys: readonly string[]): Promise<Map<string, SubjectFacts>> {
  const subjects = keys.map((key) => {
    const colon = key.indexOf(':');
    return { kind: key.slice(0, colon), id: key.slice(colon + 1) };
  });
  const rows: (ParticipationFactRow & { position: string })[] = await manager.query(
    `SELECT subject_kind AS "subjectKind", subject_id AS "subjectId", stakeholder_id AS "stakeholderId", role, consultation_id AS "consultationId",
            document_id AS "documentId", category, region, status, recorded_at AS "recordedAt", position
       FROM participation_facts WHERE (subject_kind, subject_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [subjects.map((subject) => subject.kind), subjects.map((subject) => subject.id)],
  );
  const found = new Map<string, SubjectFacts>();
  for (const row of rows) {
    const key = subjectKey({ kind: row.subjectKind, id: row.subjectId });
    const facts = [...(found.get(key)?.facts ?? []), { ...row, position: Number(row.position) }];
    found.set(key, { kind: row.subjectKind, id: row.subjectId, facts });
  }
  return found;
}

export async function loadStakeholders(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ParticipationStakeholderRow>> {
  const rows = await manager.findBy(ParticipationStakeholderRow, { id: In([...ids]) });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadDocuments(manager: EntityManager, documentIds: readonly string[]): Promise<Map<string, ParticipationDocumentRow>> {
  const rows = await manager.findBy(ParticipationDocumentRow, { documentId: In([...documentIds]) });
  return new Map(rows.map((row) => [row.documentId, row]));
}

const STAKEHOLDERS: JsonTable = {
  name: 'participation_stakeholders',
  columns: { id: 'text', name: 'text', category: 'text', region: 'text', member_ids: 'text[]' },
  key: ['id'],
};

export function writeStakeholders(manager: EntityManager, rows: readonly ParticipationStakeholderRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    STAKEHOLDERS,
    rows.map((row) => ({ id: row.id, name: row.name, category: row.category, region: row.region, member_ids: row.memberIds })),
  );
}

const CONSULTATIONS: JsonTable = { name: 'participation_consultations', columns: { id: 'text', title: 'text' }, key: ['id'] };

export function writeConsultations(manager: EntityManager, rows: readonly ParticipationConsultationRow[]): Promise<void> {
  return upsertJsonRows(manager, CONSULTATIONS, rows as never);
}

const DOCUMENTS: JsonTable = { name: 'participation_documents', columns: { document_id: 'text', consultation_id: 'text' }, key: ['document_id'] };

export function writeDocuments(manager: EntityManager, rows: readonly ParticipationDocumentRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    DOCUMENTS,
    rows.map((row) => ({ document_id: row.documentId, consultation_id: row.consultationId })),
  );
}

const FACTS: JsonTable = {
  name: 'participation_facts',
  columns: {
    subject_kind: 'text',
    subject_id: 'text',
    stakeholder_id: 'text',
    role: 'text',
    consultation_id: 'text',
    document_id: 'text',
    category: 'text',
    region: 'text',
    status: 'text',
    recorded_at: 'timestamptz',
    position: 'bigint',
  },
  key: ['subject_kind', 'subject_id', 'stakeholder_id', 'role'],
};

/** Replaces every fact of these subjects with the ones given. */
export async function replaceFacts(manager: EntityManager, subjects: readonly SubjectFacts[]): Promise<void> {
  if (subjects.length === 0) return;
  await manager.query(
    'DELETE FROM participation_facts f USING unnest($1::text[], $2::text[]) AS s (kind, id) WHERE f.subject_kind = s.kind AND f.subject_id = s.id',
    [subjects.map((subject) => subject.kind), subjects.map((subject) => subject.id)],
  );
  await upsertJsonRows(
    manager,
    FACTS,
    subjects.flatMap((subject) =>
      subject.facts.map((row) => ({
        subject_kind: row.subjectKind,
        subject_id: row.subjectId,
        stakeholder_id: row.stakeholderId,
        role: row.role,
        consultation_id: row.consultationId,
        document_id: row.documentId,
        category: row.category,
        region: row.region,
        status: row.status,
        recorded_at: row.recordedAt.toISOString(),
        position: row.position,
      })),
    ),
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
