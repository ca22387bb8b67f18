import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ContributionRow } from '#libs/read-models';
import { readInstant } from '#libs/security';
import { decodeKeysetCursor, encodeKeysetCursor } from '../http/keyset-cursor';
import { consultationExists } from '../documents/list-documents-of-consultation';
import { ContributionPage, contributionView } from './contribution.view';

/** Where the previous page ended: the submission time and id of its last contribution. */
export interface ContributionCursor {
  readonly submittedAt: Date;
  readonly id: string;
}

/** A consultation's contributions in the order they were submitted (withdrawn ones included); null for an unknown consultation. */
export class ListContributions extends Query<ContributionPage | null> {
  constructor(
    readonly consultationId: string,
    readonly limit: number,
    readonly cursor?: ContributionCursor,
  ) {
    super();
  }
}

/** Undefined when the cursor is not one this service issued. */
export function decodeContributionCursor(cursor: string): ContributionCursor | undefined {
  const decoded = decodeKeysetCursor(cursor);
  if (!decoded) return undefined;
  const submittedAt = readInstant(decoded.key);
  return submittedAt && /^[0-9a-f-]{36}$/i.test(decoded.id) ? { submittedAt, id: decoded.id } : undefined;
}

/** Keyset-paginated by (submitted_at, id), so a page stays stable while contributions keep arriving. */
@QueryHandler(ListContributions)
export class ListContributionsHandler implements IQueryHandler<ListContributions> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ consultationId, limit, cursor }: ListContributions): Promise<ContributionPage | null> {
    if (!(await consultationExists(this.dataSource, consultationId))) return null;
    const query = this.dataSource
      .getRepository(ContributionRow)
      .createQueryBuilder('c')
      .where('c.consultation_id = :consultationId', { consultationId })
      .orderBy('c.submittedAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (cursor) query.andWhere('(c.submitted_at, c.id) > (:at, :id)', { at: cursor.submittedAt, id: cursor.id });
    const rows = await query.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const next = rows.length > limit && last ? encodeKeysetCursor({ key: last.submittedAt.toISOString(), id: last.id }) : undefined;
    return { items: items.map(contributionView), ...(next ? { next } : {}) };
  }
}
