import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import type { AknContext } from '#libs/documents';
import { AmendmentRow, ConsultationSummary, DecisionRow, DocumentRow, DocumentVersionRow, StakeholderRow } from '#libs/read-models';
import { ExportedMoment, akomaNtosoContext } from './akoma-ntoso-context';

/** The context of a document's Akoma Ntoso file at a moment; null when the document is unknown. */
export class GetAkomaNtosoContext extends Query<AknContext | null> {
  constructor(
    readonly documentId: string,
    readonly moment: ExportedMoment,
    /** Stakeholders the file names beyond the chairs and the proposers of what was decided (an amendment's proposers). */
    readonly stakeholderIds: readonly string[] = [],
  ) {
    super();
  }
}

@QueryHandler(GetAkomaNtosoContext)
export class GetAkomaNtosoContextHandler implements IQueryHandler<GetAkomaNtosoContext> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, moment, stakeholderIds }: GetAkomaNtosoContext): Promise<AknContext | null> {
    const document = await this.dataSource
      .getRepository(DocumentRow)
      .findOne({ where: { id: documentId }, select: { id: true, consultationId: true, symbol: true } });
    if (!document) return null;
    const [consultation, versions, decisions] = await Promise.all([
      this.dataSource
        .getRepository(ConsultationSummary)
        .findOne({ where: { id: document.consultationId }, select: { id: true, body: true } }),
      this.dataSource.getRepository(DocumentVersionRow).find({
        where: { documentId },
        select: { documentId: true, number: true, label: true, adoptedDate: true, adoptedMeeting: true, recordedAt: true },
      }),
      this.dataSource.getRepository(DecisionRow).find({ where: { documentId } }),
    ]);
    const stakeholders = await this.stakeholders([...stakeholderIds, ...(await this.proposersRuledOn(decisions, moment.position))]);
    return akomaNtosoContext(
      {
        documentId,
        symbol: document.symbol,
        body: consultation?.body ?? '',
        versions: versions as Omit<DocumentVersionRow, 'text'>[],
        decisions,
        stakeholders,
      },
      moment,
      new Date(),
    );
  }

  /** The proposers and co-sponsors of the amendments decided up to the moment: the parties the file names. */
  private async proposersRuledOn(decisions: readonly DecisionRow[], position: number): Promise<string[]> {
    const amendmentIds = [
      ...new Set(decisions.filter((decision) => decision.position <= position).flatMap((decision) => decision.amendmentIds)),
    ];
    if (amendmentIds.length === 0) return [];
    const amendments = await this.dataSource
      .getRepository(AmendmentRow)
      .find({ where: { id: In(amendmentIds) }, select: { id: true, proposers: true, coSponsors: true } });
    return amendments.flatMap((amendment) => [...amendment.proposers, ...amendment.coSponsors]);
  }

  private async stakeholders(ids: readonly string[]): Promise<Pick<StakeholderRow, 'id' | 'name'>[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = await this.dataSource.getRepository(StakeholderRow).find({ where: { id: In(unique) }, select: { id: true, name: true } });
    // In the order asked: an amendment's submitter first.
    return unique.flatMap((id) => rows.filter((row) => row.id === id));
  }
}
