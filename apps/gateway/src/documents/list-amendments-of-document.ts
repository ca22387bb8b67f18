import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { AmendmentRow, AmendmentStatusColumn, DocumentRow } from '#libs/read-models';
import { AmendmentView, amendmentView } from './amendment.view';

/**
 * A document's amendments in the order they were proposed, optionally of one status or
 * drafted against one version; null for an unknown document.
 */
export class ListAmendmentsOfDocument extends Query<AmendmentView[] | null> {
  constructor(
    readonly documentId: string,
    readonly filter: { readonly status?: AmendmentStatusColumn; readonly versionNumber?: number } = {},
  ) {
    super();
  }
}

@QueryHandler(ListAmendmentsOfDocument)
export class ListAmendmentsOfDocumentHandler implements IQueryHandler<ListAmendmentsOfDocument> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, filter }: ListAmendmentsOfDocument): Promise<AmendmentView[] | null> {
    if (!(await this.dataSource.getRepository(DocumentRow).existsBy({ id: documentId }))) return null;
    const where: FindOptionsWhere<AmendmentRow> = { documentId };
    if (filter.status) where.status = filter.status;
    if (filter.versionNumber !== undefined) where.versionNumber = filter.versionNumber;
    const rows = await this.dataSource.getRepository(AmendmentRow).find({ where, order: { proposedPosition: 'ASC' } });
    return rows.map(amendmentView);
  }
}
