import { EntityManager, In } from 'typeorm';
import { AmendmentRow, DecisionRow, DocumentRow, DocumentVersionRow } from '#libs/read-models';
import { JsonTable, upsertJsonRows } from '../batching/json-rows';

/** The documents projection's reads (one query per table) and multi-row writes, in raw SQL (see `upsertJsonRows`). */

export async function loadDocuments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, DocumentRow>> {
  const rows = await manager.findBy(DocumentRow, { id: In([...ids]) });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadAmendments(manager: EntityManager, ids: readonly string[]): Promise<Map<string, AmendmentRow>> {
  const rows = await manager.findBy(AmendmentRow, { id: In([...ids]) });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadDecisions(manager: EntityManager, ids: readonly string[]): Promise<Map<string, DecisionRow>> {
  const rows = await manager.findBy(DecisionRow, { id: In([...ids]) });
  return new Map(rows.map((row) => [row.id, row]));
}

/** A version's key in a batch's cache: its document's id and its number. */
export function versionKey(documentId: string, number: number): string {
  return `${documentId}\u0000${number}`;
}

export async function loadVersions(manager: EntityManager, keys: readonly string[]): Promise<Map<string, DocumentVersionRow>> {
  const wanted = keys.map((key) => key.split('\u0000'));
  const rows: DocumentVersionRow[] = await manager.query(
    `SELECT document_id AS "documentId", number, label, text, adopted_meeting AS "adoptedMeeting", adopted_date AS "adoptedDate", decision_id AS "decisionId",
            adopted_number AS "adoptedNumber", adopted_symbol AS "adoptedSymbol", adopted_title AS "adoptedTitle", adoption_line AS "adoptionLine", adopted_place AS "adoptedPlace",
            recorded_at AS "recordedAt"
       FROM document_versions WHERE (document_id, number) IN (SELECT * FROM unnest($1::text[], $2::integer[]))`,
    [wanted.map(([documentId]) => documentId), wanted.map(([, number]) => Number(number))],
  );
  return new Map(rows.map((row) => [versionKey(row.documentId, row.number), row]));
}

const DOCUMENTS: JsonTable = {
  name: 'documents',
  columns: {
    id: 'text',
    consultation_id: 'text',
    symbol: 'text',
    title: 'text',
    language: 'text',
    style: 'text',
    current_version: 'integer',
    current_label: 'text',
    working: 'jsonb',
    applied: 'jsonb',
    source: 'jsonb',
    registered_at: 'timestamptz',
    updated_at: 'timestamptz',
    last_position: 'bigint',
    stream_version: 'integer',
  },
  key: ['id'],
};

export function writeDocuments(manager: EntityManager, rows: readonly DocumentRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    DOCUMENTS,
    rows.map((row) => ({
      id: row.id,
      consultation_id: row.consultationId,
      symbol: row.symbol,
      title: row.title,
      language: row.language,
      style: row.style,
      current_version: row.currentVersion,
      current_label: row.currentLabel,
      working: row.working,
      applied: row.applied,
      source: row.source,
      registered_at: row.registeredAt.toISOString(),
      updated_at: row.updatedAt.toISOString(),
      last_position: row.lastPosition,
      stream_version: row.streamVersion,
    })),
  );
}

const VERSIONS: JsonTable = {
  name: 'document_versions',
  columns: {
    document_id: 'text',
    number: 'integer',
    label: 'text',
    text: 'jsonb',
    adopted_meeting: 'text',
    adopted_date: 'text',
    adopted_number: 'text',
    adopted_symbol: 'text',
    adopted_title: 'text',
    adoption_line: 'text',
    adopted_place: 'text',
    decision_id: 'text',
    recorded_at: 'timestamptz',
  },
  key: ['document_id', 'number'],
};

export function writeVersions(manager: EntityManager, rows: readonly DocumentVersionRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    VERSIONS,
    rows.map((row) => ({
      document_id: row.documentId,
      number: row.number,
      label: row.label,
      text: row.text,
      adopted_meeting: row.adoptedMeeting,
      adopted_date: row.adoptedDate,
      adopted_number: row.adoptedNumber,
      adopted_symbol: row.adoptedSymbol,
      adopted_title: row.adoptedTitle,
      adoption_line: row.adoptionLine,
      adopted_place: row.adoptedPlace,
      decision_id: row.decisionId,
      recorded_at: row.recordedAt.toISOString(),
    })),
  );
}

const AMENDMENTS: JsonTable = {
  name: 'amendments',
  columns: {
    id: 'text',
    document_id: 'text',
    version_number: 'integer',
    operation: 'jsonb',
    proposers: 'text[]',
    co_sponsors: 'text[]',
    on_behalf_of: 'text',
    contribution_id: 'text',
    status: 'text',
    revision: 'integer',
    explanation: 'text',
    decision_id: 'text',
    ruling: 'jsonb',
    proposed_at: 'timestamptz',
    proposed_position: 'bigint',
    updated_at: 'timestamptz',
    last_position: 'bigint',
  },
  key: ['id'],
};

export function writeAmendments(manager: EntityManager, rows: readonly AmendmentRow[]): Promise<void> {
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
      status: row.status,
      revision: row.revision,
      explanation: row.explanation,
      decision_id: row.decisionId,
      ruling: row.ruling,
      proposed_at: row.proposedAt.toISOString(),
      proposed_position: row.proposedPosition,
      updated_at: row.updatedAt.toISOString(),
      last_position: row.lastPosition,
    })),
  );
}

const DECISIONS: JsonTable = {
  name: 'decisions',
  columns: {
    id: 'text',
    document_id: 'text',
    consultation_id: 'text',
    kind: 'text',
    amendment_ids: 'text[]',
    payload: 'jsonb',
    meeting: 'text',
    date: 'text',
    decided_by: 'text',
    corrected_by: 'text',
    recorded_at: 'timestamptz',
    position: 'bigint',
  },
  key: ['id'],
};

export function writeDecisions(manager: EntityManager, rows: readonly DecisionRow[]): Promise<void> {
  return upsertJsonRows(
    manager,
    DECISIONS,
    rows.map((row) => ({
      id: row.id,
      document_id: row.documentId,
      consultation_id: row.consultationId,
      kind: row.kind,
      amendment_ids: row.amendmentIds,
      payload: row.payload,
      meeting: row.meeting,
      date: row.date,
      decided_by: row.decidedBy,
      corrected_by: row.correctedBy,
      recorded_at: row.recordedAt.toISOString(),
      position: row.position,
    })),
  );
}
