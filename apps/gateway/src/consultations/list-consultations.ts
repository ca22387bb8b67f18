import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ConsultationSummary } from '#libs/read-models';
import { readInstant } from '#libs/security';
import { decodeKeysetCursor, encodeKeysetCursor } from '../http/keyset-cursor';

export class ListConsultations extends Query<{ items: ConsultationSummary[]; next?: string }> {
  constructor(
    readonly limit: number,
    readonly cursor?: { registeredAt: Date; id: string },
  ) {
    super();
  }
}

/** Newest first, keyset-paginated so a page stays stable while new consultations arrive. */
@QueryHandler(ListConsultations)
export class ListConsultationsHandler implements IQueryHandler<ListConsultations> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ limit, cursor }: ListConsultations): Promise<{ items: ConsultationSummary[]; next?: string }> {
    const query = this.dataSource
      .getRepository(ConsultationSummary)
      .createQueryBuilder('c')
      .orderBy('c.registeredAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1);
    if (cursor) query.where('(c.registered_at, c.id) < (:at, :id)', { at: cursor.registeredAt, id: cursor.id });
    const rows = await query.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const next = rows.length > limit && last ? encodeConsultationCursor(last.registeredAt, last.id) : undefined;
    return { items, next };
  }
}

export function encodeConsultationCursor(registeredAt: Date, id: string): string {
  return encodeKeysetCursor({ key: registeredAt.toISOString(), id });
}

/** Undefined when the cursor is not one this service issued. */
export function decodeConsultationCursor(cursor: string): { registeredAt: Date; id: string } | undefined {
  const decoded = decodeKeysetCursor(cursor);
  const registeredAt = decoded && readInstant(decoded.key);
  if (!decoded || !registeredAt || !/^[0-9a-f-]{36}$/.test(decoded.id)) return undefined;
  return { registeredAt, id: decoded.id };
}
