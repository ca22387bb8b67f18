import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import { DocumentRow, ExplanationRow, StakeholderRow } from '#libs/read-models';
import { ExplanationListView, explanationView } from './explanation.view';

/** The explanations of position and vote given on a document, in the order given; null for an unknown document. */
export class ListExplanations extends Query<ExplanationListView | null> {
  constructor(readonly documentId: string) {
    super();
  }
}

@QueryHandler(ListExplanations)
export class ListExplanationsHandler implements IQueryHandler<ListExplanations> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId }: ListExplanations): Promise<ExplanationListView | null> {
    if (!(await this.dataSource.getRepository(DocumentRow).existsBy({ id: documentId }))) return null;
    const rows = await this.dataSource.getRepository(ExplanationRow).find({ where: { documentId }, order: { position: 'ASC' } });
    const ids = [...new Set(rows.map((row) => row.stakeholderId))];
    const speakers = ids.length
      ? await this.dataSource
          .getRepository(StakeholderRow)
          .find({ where: { id: In(ids) }, select: { id: true, name: true, category: true } })
      : [];
    const byId = new Map(speakers.map((s) => [s.id, s]));
    return { items: rows.map((row) => explanationView(row, byId.get(row.stakeholderId))) };
  }
}
