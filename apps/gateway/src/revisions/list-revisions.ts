import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { RevisionIssuedV1 } from '#libs/contracts';
import { DecisionRow } from '#libs/read-models';
import { RevisionView, revisionView } from './revision.view';

/** A document's revisions (Rev.1, Rev.2, ...), in the order issued. */
export class ListRevisions extends Query<RevisionView[]> {
  constructor(readonly documentId: string) {
    super();
  }
}

@QueryHandler(ListRevisions)
export class ListRevisionsHandler implements IQueryHandler<ListRevisions> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId }: ListRevisions): Promise<RevisionView[]> {
    const rows = await this.dataSource.getRepository(DecisionRow).find({
      where: { documentId, kind: 'revision' },
      order: { position: 'ASC' },
    });
    return rows.map((row) => revisionView(row.payload as Omit<RevisionIssuedV1, 'text'>, row));
  }
}
