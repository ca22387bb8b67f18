import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DocumentRow, SilenceRow } from '#libs/read-models';
import { SilenceListView, silenceView } from './silence.view';

/** The silence procedures of a document, oldest first; null for an unknown document. */
export class ListSilencesOfDocument extends Query<SilenceListView | null> {
  constructor(readonly documentId: string) {
    super();
  }
}

@QueryHandler(ListSilencesOfDocument)
export class ListSilencesOfDocumentHandler implements IQueryHandler<ListSilencesOfDocument> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId }: ListSilencesOfDocument): Promise<SilenceListView | null> {
    if (!(await this.dataSource.getRepository(DocumentRow).existsBy({ id: documentId }))) return null;
    const rows = await this.dataSource.getRepository(SilenceRow).find({ where: { documentId }, order: { startedAt: 'ASC' } });
    return { items: rows.map(silenceView) };
  }
}
