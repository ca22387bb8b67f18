import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { AknDecision, AknParty, exportAmendmentAkomaNtoso } from '#libs/documents';
import { DecisionRow, DocumentVersionRow } from '#libs/read-models';
import type { AmendmentView } from '../documents/amendment.view';
import { AKN_CONTENT_TYPE, AkomaNtosoFile } from './akoma-ntoso.view';
import { GetAkomaNtosoContext } from './get-akoma-ntoso-context';

/** An amendment as an Akoma Ntoso `amendment` document, against the version it was drafted on; null when that version is not projected. */
export class GetAmendmentAkomaNtoso extends Query<AkomaNtosoFile | null> {
  constructor(readonly amendment: AmendmentView) {
    super();
  }
}

@QueryHandler(GetAmendmentAkomaNtoso)
export class GetAmendmentAkomaNtosoHandler implements IQueryHandler<GetAmendmentAkomaNtoso> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  async execute({ amendment }: GetAmendmentAkomaNtoso): Promise<AkomaNtosoFile | null> {
    const version = await this.dataSource
      .getRepository(DocumentVersionRow)
      .findOneBy({ documentId: amendment.documentId, number: amendment.versionNumber });
    if (!version) return null;
    const decision = amendment.decisionId ? await this.dataSource.getRepository(DecisionRow).findOneBy({ id: amendment.decisionId }) : null;
    const proposerIds = [...amendment.proposers, ...amendment.coSponsors];
    const context = await this.queries.execute(
      new GetAkomaNtosoContext(
        amendment.documentId,
        // The text the amendment points into: the version as it stood when registered or adopted, before any later decision.
        { versionNumber: version.number, versionLabel: version.label, position: 0, recordedAt: version.recordedAt },
        proposerIds,
      ),
    );
    if (!context) return null;
    const named = new Map(context.parties.map((party) => [party.id, party]));
    const proposers = proposerIds.map((id): AknParty => named.get(id) ?? { id, name: id, kind: 'organization' });
    const ruling: AknDecision | undefined = decision
      ? {
          id: decision.id,
          kind: decision.kind,
          date: decision.date ?? decision.recordedAt.toISOString(),
          decidedBy: decision.decidedBy,
          amendmentIds: decision.amendmentIds,
          ...(amendment.status !== 'pending' ? { outcome: amendment.status } : {}),
        }
      : undefined;
    const body = exportAmendmentAkomaNtoso(
      {
        id: amendment.id,
        operation: amendment.operation,
        proposers,
        status: amendment.status,
        ...(amendment.explanation ? { explanation: amendment.explanation } : {}),
        proposedAt: amendment.proposedAt,
        ...(ruling ? { decision: ruling } : {}),
      },
      version.text,
      context,
    );
    return {
      body,
      contentType: AKN_CONTENT_TYPE,
      language: version.text.language,
      filename: `amendment-${amendment.id}.${version.text.language}.akn.xml`,
    };
  }
}
