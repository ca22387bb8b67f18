import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ConsultationHistoryRow } from '#libs/read-models';
import { HistoryCursor, HistoryFilter, encodeHistoryCursor } from './history-request';
import { HistoryPage, historyEntryView } from './history.view';

/** A consultation's timeline, filtered and paginated by position; null for a consultation the history does not know (yet). */
export class ListConsultationHistory extends Query<HistoryPage | null> {
  constructor(
    readonly consultationId: string,
    readonly filter: HistoryFilter,
    readonly limit: number,
    readonly cursor?: HistoryCursor,
  ) {
    super();
  }
}

const COLUMNS = 'position, consultation_id, recorded_at, kind, actor_id, actor, stakeholders, provisions, document_id, summary, details';

/**
 * Keyset-paginated by position, so a page stays stable while the consultation goes on.
 * Every filter value is a bound parameter; the SQL text is the same whatever they hold.
 */
@QueryHandler(ListConsultationHistory)
export class ListConsultationHistoryHandler implements IQueryHandler<ListConsultationHistory> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ consultationId, filter, limit, cursor }: ListConsultationHistory): Promise<HistoryPage | null> {
    const [known] = await this.dataSource.query(
      "SELECT EXISTS (SELECT 1 FROM consultation_history WHERE consultation_id = $1 AND kind = 'consultation-registered') AS known",
      [consultationId],
    );
    if (!known.known) return null;

    const parameters: unknown[] = [consultationId];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const conditions = ['consultation_id = $1'];
    // Containment (@>) lets the GIN indexes on the arrays answer.
    if (filter.stakeholder !== undefined) conditions.push(`stakeholders @> ${bind([filter.stakeholder])}::text[]`);
    if (filter.provision !== undefined) conditions.push(`provisions @> ${bind([filter.provision])}::text[]`);
    if (filter.kinds !== undefined) conditions.push(`kind = ANY (${bind([...filter.kinds])}::text[])`);
    if (filter.from !== undefined) conditions.push(`recorded_at >= ${bind(filter.from)}`);
    if (filter.to !== undefined) conditions.push(`recorded_at < ${bind(filter.to)}`);
    if (cursor !== undefined) conditions.push(`position > ${bind(cursor.after)}`);
    const sql = `SELECT ${COLUMNS} FROM consultation_history WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ${bind(limit + 1)}`;

    const raw: Record<string, unknown>[] = await this.dataSource.query(sql, parameters);
    const rows = raw.map(rowOf);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(historyEntryView),
      ...(rows.length > limit && last ? { next: encodeHistoryCursor({ after: last.position }) } : {}),
    };
  }
}

function rowOf(raw: Record<string, unknown>): ConsultationHistoryRow {
  return {
    position: Number(raw.position),
    consultationId: raw.consultation_id as string,
    recordedAt: new Date(raw.recorded_at as string | Date),
    kind: raw.kind as ConsultationHistoryRow['kind'],
    actorId: raw.actor_id as string,
    actor: raw.actor as ConsultationHistoryRow['actor'],
    stakeholders: raw.stakeholders as string[],
    provisions: raw.provisions as string[],
    documentId: (raw.document_id as string | null) ?? null,
    summary: raw.summary as string,
    details: raw.details as object,
  };
}
