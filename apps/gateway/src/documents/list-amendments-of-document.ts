import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Brackets, DataSource } from 'typeorm';
import { AmendmentRow, AmendmentStatusColumn, DocumentRow } from '#libs/read-models';
import { AmendmentView, amendmentView } from './amendment.view';
import { KeysetCursor, decodeKeysetCursor, encodeKeysetCursor } from '../http/keyset-cursor';

export interface AmendmentListFilter {
  readonly status?: AmendmentStatusColumn;
  readonly versionNumber?: number;
  /** A provision (or section) id: the amendments that change it, add it, or place something next to or inside it. */
  readonly provision?: string;
  /** A stakeholder id: the amendments it proposed or co-sponsors. */
  readonly proposer?: string;
}

/** Where a page of the list starts: after this proposal position and id. */
export interface AmendmentListCursor {
  readonly position: number;
  readonly id: string;
}

/** One page of a document's amendments, and how many the filter keeps in all. */
export interface AmendmentListPage {
  readonly items: AmendmentView[];
  readonly total: number;
  /** The cursor of the next page; absent on the last. */
  readonly next?: string;
}

/**
 * A document's amendments in the order they were proposed (then by id: a contribution's
 * amendments share one position), filtered; a page of them when a limit is given, else all.
 * Null for an unknown document.
 */
export class ListAmendmentsOfDocument extends Query<AmendmentListPage | null> {
  constructor(
    readonly documentId: string,
    readonly filter: AmendmentListFilter = {},
    readonly page?: { readonly limit: number; readonly cursor?: AmendmentListCursor },
  ) {
    super();
  }
}

export function decodeAmendmentListCursor(cursor: string): AmendmentListCursor | undefined {
  const decoded = decodeKeysetCursor(cursor);
  if (!decoded || !/^\d{1,15}$/.test(decoded.key)) return undefined;
  return { position: Number(decoded.key), id: decoded.id };
}

function encodeAmendmentListCursor(row: AmendmentRow): string {
  const cursor: KeysetCursor = { key: String(row.proposedPosition), id: row.id };
  return encodeKeysetCursor(cursor);
}

// The provision an operation changes, adds, or stands next to or inside; a section it acts on or adds at the end of.
const BEARS_ON = [
  "a.operation->>'provisionId'",
  "a.operation->>'newId'",
  "a.operation->>'sectionId'",
  "a.operation->'position'->>'before'",
  "a.operation->'position'->>'after'",
  "a.operation->'position'->>'asChildOf'",
  "a.operation->'position'->>'atEndOf'",
];

@QueryHandler(ListAmendmentsOfDocument)
export class ListAmendmentsOfDocumentHandler implements IQueryHandler<ListAmendmentsOfDocument> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, filter, page }: ListAmendmentsOfDocument): Promise<AmendmentListPage | null> {
    if (!(await this.dataSource.getRepository(DocumentRow).existsBy({ id: documentId }))) return null;
    const query = this.dataSource.getRepository(AmendmentRow).createQueryBuilder('a').where('a.document_id = :documentId', { documentId });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.versionNumber !== undefined) query.andWhere('a.version_number = :versionNumber', { versionNumber: filter.versionNumber });
    if (filter.proposer !== undefined)
      query.andWhere('(:proposer = ANY(a.proposers) OR :proposer = ANY(a.co_sponsors))', { proposer: filter.proposer });
    if (filter.provision !== undefined)
      query.andWhere(
        new Brackets((either) => BEARS_ON.forEach((path) => either.orWhere(`${path} = :provision`, { provision: filter.provision }))),
      );
    const total = page ? await query.clone().getCount() : undefined;
    if (page?.cursor)
      query.andWhere('(a.proposed_position, a.id) > (:position, :id)', { position: page.cursor.position, id: page.cursor.id });
    query.orderBy('a.proposedPosition', 'ASC').addOrderBy('a.id', 'ASC');
    if (page) query.limit(page.limit + 1);
    const rows = await query.getMany();
    if (!page) return { items: rows.map(amendmentView), total: rows.length };
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit);
    return {
      items: items.map(amendmentView),
      total: total ?? items.length,
      ...(more ? { next: encodeAmendmentListCursor(items[items.length - 1]) } : {}),
    };
  }
}
