import { EntityManager } from 'typeorm';
import type { ConsultationSummary } from '#libs/read-models';
import { JsonTable, upsertJsonRows } from '../batching/json-rows';

/** The consultations projection's reads and multi-row writes, in raw SQL (see `upsertJsonRows`). */

export async function loadConsultations(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ConsultationSummary>> {
  const rows: (ConsultationSummary & { lastPosition: string })[] = await manager.query(
    `SELECT id, title, body, subject, original_language AS "originalLanguage", registered_at AS "registeredAt", registered_by AS "registeredBy", phase, chairs,
            deadlines, restricted, participants, event_count AS "eventCount", last_position AS "lastPosition"
       FROM consultations WHERE id = ANY ($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { ...row, lastPosition: Number(row.lastPosition) }]));
}

const CONSULTATIONS: JsonTable = {
  name: 'consultations',
  columns: {
    id: 'uuid',
    title: 'text',
    body: 'text',
    subject: 'text',
    original_language: 'text',
    registered_at: 'timestamptz',
    registered_by: 'text',
    phase: 'text',
    chairs: 'text[]',
    deadlines: 'jsonb',
    restricted: 'boolean',
    participants: 'text[]',
    event_count: 'integer',
    last_position: 'bigint',
  },
  key: ['id'],
};

export function writeConsultations(manager: EntityManager, rows: readonly ConsultationSummary[]): Promise<void> {
  return upsertJsonRows(
    manager,
    CONSULTATIONS,
    rows.map((row) => ({
      id: row.id,
      title: row.title,
      body: row.body,
      subject: row.subject,
      original_language: row.originalLanguage,
      registered_at: row.registeredAt.toISOString(),
      registered_by: row.registeredBy,
      phase: row.phase,
      chairs: row.chairs,
      deadlines: row.deadlines,
      restricted: row.restricted,
      participants: row.participants,
      event_count: row.eventCount,
      last_position: row.lastPosition,
    })),
  );
}
