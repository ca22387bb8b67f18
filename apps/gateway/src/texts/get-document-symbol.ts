import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DocumentRow } from '#libs/read-models';

/** The symbol a document was registered under ("Resolution 1334"), to name the files it is downloaded as; null when unknown. */
export class GetDocumentSymbol extends Query<string | null> {
  constructor(readonly documentId: string) {
    super();
  }
}

@QueryHandler(GetDocumentSymbol)
export class GetDocumentSymbolHandler implements IQueryHandler<GetDocumentSymbol> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId }: GetDocumentSymbol): Promise<string | null> {
    const row = await this.dataSource.getRepository(DocumentRow).findOne({ where: { id: documentId }, select: { id: true, symbol: true } });
    return row?.symbol ?? null;
  }
}
