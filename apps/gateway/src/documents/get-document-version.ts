import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DocumentVersionRow } from '#libs/read-models';
import { DocumentVersionView, documentVersionView } from './document.view';

/** One version of a document with its frozen text; null when there is no such version. */
export class GetDocumentVersion extends Query<DocumentVersionView | null> {
  constructor(
    readonly documentId: string,
    readonly versionNumber: number,
  ) {
    super();
  }
}

@QueryHandler(GetDocumentVersion)
export class GetDocumentVersionHandler implements IQueryHandler<GetDocumentVersion> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, versionNumber }: GetDocumentVersion): Promise<DocumentVersionView | null> {
    if (!Number.isSafeInteger(versionNumber) || versionNumber < 1 || versionNumber > 2 ** 31 - 1) return null;
    const row = await this.dataSource.getRepository(DocumentVersionRow).findOneBy({ documentId, number: versionNumber });
    return row ? documentVersionView(row) : null;
  }
}
