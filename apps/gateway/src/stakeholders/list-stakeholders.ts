import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { Region, StakeholderCategory } from '#libs/contracts';
import { StakeholderRow } from '#libs/read-models';
import { KeysetCursor, decodeKeysetCursor, encodeKeysetCursor } from '../http/keyset-cursor';
import { StakeholderPage, stakeholderView } from './stakeholder.view';

/** Where the previous page ended: the name and id of its last stakeholder. */
export interface StakeholderCursor {
  readonly name: string;
  readonly id: string;
}

/** The registry in alphabetical order, optionally of one category or region (participation is read by both). */
export class ListStakeholders extends Query<StakeholderPage> {
  constructor(
    readonly limit: number,
    readonly cursor?: StakeholderCursor,
    readonly filter: { readonly category?: StakeholderCategory; readonly region?: Region } = {},
  ) {
    super();
  }
}

/** Undefined when the cursor is not one this service issued. */
export function decodeStakeholderCursor(cursor: string): StakeholderCursor | undefined {
  const decoded = decodeKeysetCursor(cursor);
  return decoded && { name: decoded.key, id: decoded.id };
}

function encodeStakeholderCursor(row: StakeholderRow): string {
  const cursor: KeysetCursor = { key: row.name, id: row.id };
  return encodeKeysetCursor(cursor);
}

/** Keyset-paginated by (name, id), so a page stays stable while new stakeholders are registered. */
@QueryHandler(ListStakeholders)
export class ListStakeholdersHandler implements IQueryHandler<ListStakeholders> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ limit, cursor, filter }: ListStakeholders): Promise<StakeholderPage> {
    const query = this.dataSource
      .getRepository(StakeholderRow)
      .createQueryBuilder('s')
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1);
    if (filter.category) query.andWhere('s.category = :category', { category: filter.category });
    if (filter.region) query.andWhere('s.region = :region', { region: filter.region });
    if (cursor) query.andWhere('(s.name, s.id) > (:name, :id)', { name: cursor.name, id: cursor.id });
    const rows = await query.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(stakeholderView), ...(rows.length > limit && last ? { next: encodeStakeholderCursor(last) } : {}) };
  }
}
