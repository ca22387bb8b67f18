import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import type { AknContext } from '#libs/documents';
import { ConsultationSummary, DecisionRow, DocumentRow, DocumentVersionRow, StakeholderRow } from '#libs/read-models';
import { ExportedMoment, akomaNtosoContext } from './akoma-ntoso-context';

/** The context of a document's Akoma Ntoso file at a moment, with the document's symbol; null when the document is unknown. */
export class GetAkomaNtosoContext extends Query<{ context: AknContext; symbol: string } | null> {
  constructor(
    readonly documentId: string,
    readonly moment: ExportedMoment,
    /** Stakeholders the file names beyond the chairs (an amendment's proposers). */
    readonly stakeholderIds: readonly string[] = [],
  ) {
    super();
  }
}

@QueryHandler(GetAkomaNtosoContext)
export class GetAkomaNtosoContextHandler implements IQueryHandler<GetAkomaNtosoContext> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, moment, stakeholderIds }: GetAkomaNtosoContext): Promise<{ context: AknContext; symbol: string } | null> {
    const document = await this.dataSource.getRepository(DocumentRow).findOne({ where: { id: documentId }, select: { id: true, consultationId: true, symbol: true } });
    if (!document) return null;
    const [consultation, versions, decisions, stakeholders] = await Promise.all([
      this.dataSource.getRepository(ConsultationSummary).findOne({ where: { id: document.consultationId }, select: { id: true, body: true } }),
      this.dataSource.getRepository(DocumentVersionRow).find({ where: { documentId }, select: { documentId: true, number: true, label: true, adoptedDate: true, adoptedMeeting: true, recordedAt: true } }),
      this.dataSource.getRepository(DecisionRow).find({ where: { documentId } }),
      stakeholderIds.length === 0 ? Promise.resolve([]) : this.dataSource.getRepository(StakeholderRow).find({ where: { id: In([...stakeholderIds]) }, select: { id: true, name: true } }),
    ]);
    const context = akomaNtosoContext(
      { documentId, body: consultation?.body ?? '', versions: versions as Omit<DocumentVersionRow, 'text'>[], decisions, stakeholders },
      moment,
      new Date(),
    );
    return { context, symbol: document.symbol };
  }
}
