import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ConsultationSummary, DocumentRow } from '#libs/read-models';
import { DocumentSummaryView, documentSummaryView } from './document.view';

/** The documents a consultation works on, in the order they were registered (without their texts); null for an unknown consultation. */
export class ListDocumentsOfConsultation extends Query<DocumentSummaryView[] | null> {
  constructor(readonly consultationId: string) {
    super();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the consultation is projected; its id is a uuid, so anything else is unknown without asking. */
export async function consultationExists(dataSource: DataSource, consultationId: string): Promise<boolean> {
  return UUID.test(consultationId) && dataSource.getRepository(ConsultationSummary).existsBy({ id: consultationId });
}

@QueryHandler(ListDocumentsOfConsultation)
export class ListDocumentsOfConsultationHandler implements IQueryHandler<ListDocumentsOfConsultation> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ consultationId }: ListDocumentsOfConsultation): Promise<DocumentSummaryView[] | null> {
    if (!(await consultationExists(this.dataSource, consultationId))) return null;
    const rows = await this.dataSource.getRepository(DocumentRow).find({
      where: { consultationId },
      order: { registeredAt: 'ASC', id: 'ASC' },
      select: {
        id: true,
        consultationId: true,
        symbol: true,
        title: true,
        language: true,
        style: true,
        currentVersion: true,
        currentLabel: true,
        source: true,
        registeredAt: true,
        updatedAt: true,
        lastPosition: true,
        streamVersion: true,
      },
    });
    return rows.map(documentSummaryView);
  }
}
