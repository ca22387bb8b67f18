import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DecisionRow, DocumentRow } from '#libs/read-models';
import { DecisionView, decisionView } from './decision.view';

/** The chair's decisions on a document in the order they were taken, corrected ones included; null for an unknown document. */
export class ListDecisionsOfDocument extends Query<DecisionView[] | null> {
  constructor(readonly documentId: string) {
    super();
  }
}

@QueryHandler(ListDecisionsOfDocument)
export class ListDecisionsOfDocumentHandler implements IQueryHandler<ListDecisionsOfDocument> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId }: ListDecisionsOfDocument): Promise<DecisionView[] | null> {
    if (!(await this.dataSource.getRepository(DocumentRow).existsBy({ id: documentId }))) return null;
    const rows = await this.dataSource.getRepository(DecisionRow).find({ where: { documentId }, order: { position: 'ASC' } });
    return rows.map(decisionView);
  }
}
