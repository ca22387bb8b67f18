import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DocumentRow } from '#libs/read-models';
import { DocumentView, documentView } from './document.view';

/** A document with its working text; null when it is not (yet) projected. `streamVersion` is its ETag. */
export class GetDocument extends Query<DocumentView | null> {
  constructor(readonly documentId: string) {
    super();
  }
}

@QueryHandler(GetDocument)
export class GetDocumentHandler implements IQueryHandler<GetDocument> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId }: GetDocument): Promise<DocumentView | null> {
    const row = await this.dataSource.getRepository(DocumentRow).findOneBy({ id: documentId });
    return row ? documentView(row) : null;
  }
}
