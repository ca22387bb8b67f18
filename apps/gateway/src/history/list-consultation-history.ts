import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ConsultationHistoryRow } from '#libs/read-models';
import type { Locale } from '#libs/web';
import { HistoryCursor, HistoryFilter, encodeHistoryCursor } from './history-request';
import { HistoryPage, historyEntryView } from './history.view';

/** A consultation's timeline, filtered and paginated by position; null for a consultation the history does not know (yet). */
export class ListConsultationHistory extends Query<HistoryPage | null> {
  constructor(
    readonly consultationId: string,
    readonly filter: HistoryFilter,
    readonly limit: number,
    readonly cursor?: HistoryCursor,
    /** The language the rows' lines are rendered in. */
    readonly locale: Locale = 'en',
  ) {
    super();
  }
}

const COLUMNS =
  'position, consultation_id, recorded_at, kind, actor_id, actor, stakeholders, provisions, document_id, summary, message, details';

/**
 * Keyset-paginated by position, so a page stays stable while the consultation goes on: a
 * page starts after the last row of the page before it, or (going back) ends before the
 * first row of the page after it.
 * Every filter value is a bound parameter; the SQL text is the same whatever they hold.
 */
@QueryHandler(ListConsultationHistory)
export class ListConsultationHistoryHandler implements IQueryHandler<ListConsultationHistory> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ consultationId, filter, limit, cursor, locale }: ListConsultationHistory): Promise<HistoryPage | null> {
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
    const filtered = conditions.join(' AND ');
    const filterParameters = [...parameters];
    const backwards = cursor !== undefined && 'before' in cursor;
    if (cursor !== undefined) conditions.push('after' in cursor ? `position > ${bind(cursor.after)}` : `position < ${bind(cursor.before)}`);
    const order = backwards ? 'position DESC' : 'position';
    const sql = `SELECT ${COLUMNS} FROM consultation_history WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ${bind(limit + 1)}`;

    const raw: Record<string, unknown>[] = await this.dataSource.query(sql, parameters);
    const rows = raw.map(rowOf);
    const items = rows.slice(0, limit);
    if (backwards) items.reverse();
    const first = items[0];
    const last = items[items.length - 1];
    // Whether rows of the filter lie beyond a position, on the side the page was not read towards.
    const beyond = async (side: '<' | '>', position: number): Promise<boolean> => {
      const [row] = await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM consultation_history WHERE ${filtered} AND position ${side} $${filterParameters.length + 1}) AS found`,
        [...filterParameters, position],
      );
      return row.found === true;
    };
    const more = rows.length > limit;
    const hasNext = last !== undefined && (backwards ? await beyond('>', last.position) : more);
    const hasPrevious = first !== undefined && (backwards ? more : cursor !== undefined && (await beyond('<', first.position)));
    return {
      items: items.map((row) => historyEntryView(row, locale)),
      ...(hasNext ? { next: encodeHistoryCursor({ after: last.position }) } : {}),
      ...(hasPrevious ? { previous: encodeHistoryCursor({ before: first.position }) } : {}),
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
    message: (raw.message as ConsultationHistoryRow['message']) ?? null,
    details: raw.details as object,
  };
}
