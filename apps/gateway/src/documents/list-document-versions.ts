import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DocumentVersionRow } from '#libs/read-models';
import { DocumentVersionSummaryView, documentVersionSummaryView } from './document.view';

/** A document's versions, oldest first, without their texts; null for an unknown document. */
export class ListDocumentVersions extends Query<DocumentVersionSummaryView[] | null> {
  constructor(readonly documentId: string) {
    super();
  }
}

@QueryHandler(ListDocumentVersions)
export class ListDocumentVersionsHandler implements IQueryHandler<ListDocumentVersions> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId }: ListDocumentVersions): Promise<DocumentVersionSummaryView[] | null> {
    const rows = await this.dataSource.getRepository(DocumentVersionRow).find({
      where: { documentId },
      order: { number: 'ASC' },
      select: {
        documentId: true,
        number: true,
        label: true,
        adoptedMeeting: true,
        adoptedDate: true,
        adoptedPlace: true,
        adoptedNumber: true,
        adoptedSymbol: true,
        adoptedTitle: true,
        adoptionLine: true,
        adoptionMethod: true,
        decisionId: true,
        revision: true,
        recordedAt: true,
      },
    });
    // Every registered document has its version 1: no rows means no such document.
    return rows.length > 0 ? rows.map(documentVersionSummaryView) : null;
  }
}
