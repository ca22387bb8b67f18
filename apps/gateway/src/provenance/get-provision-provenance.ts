import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import {
  ProvenanceAmendmentRow,
  ProvenanceContributionRow,
  ProvenanceDocumentRow,
  ProvenanceRecordRow,
  ProvenanceStakeholderRow,
} from '#libs/read-models';
import { locateProvision } from '#libs/text';
import { PartyView, sponsorIds } from '../views/party.view';
import { ProvisionProvenanceView } from './provenance.view';
import { provisionProvenance } from './provision-provenance';

/** Where a provision came from and what bore on it since; null when the document, or the provision in it, is not (yet) known. */
export class GetProvisionProvenance extends Query<ProvisionProvenanceView | null> {
  constructor(
    readonly documentId: string,
    readonly provisionId: string,
  ) {
    super();
  }
}

/** Reads the provenance projection's own tables only, so that its answer stands at one position of the log. */
@QueryHandler(GetProvisionProvenance)
export class GetProvisionProvenanceHandler implements IQueryHandler<GetProvisionProvenance> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, provisionId }: GetProvisionProvenance): Promise<ProvisionProvenanceView | null> {
    const document = await this.dataSource.getRepository(ProvenanceDocumentRow).findOneBy({ id: documentId });
    if (!document) return null;
    const rows = await this.dataSource
      .getRepository(ProvenanceRecordRow)
      .find({ where: { documentId, provisionId }, order: { position: 'ASC' } });
    if (rows.length === 0 && !locateProvision(document.working, provisionId)) return null;

    const amendmentIds = new Set<string>();
    for (const row of rows) {
      if (row.amendmentId) amendmentIds.add(row.amendmentId);
      if ('amendmentIds' in row.record) row.record.amendmentIds.forEach((id) => amendmentIds.add(id));
      if (row.record.kind === 'revision') row.record.overtaken.forEach((id) => amendmentIds.add(id));
    }
    const amendments =
      amendmentIds.size === 0 ? [] : await this.dataSource.getRepository(ProvenanceAmendmentRow).findBy({ id: In([...amendmentIds]) });
    const contributionIds = rows.flatMap((row) =>
      row.record.kind === 'registered' && row.record.source.kind === 'contribution' ? [row.record.source.contributionId] : [],
    );
    const contributions =
      contributionIds.length === 0
        ? []
        : await this.dataSource.getRepository(ProvenanceContributionRow).findBy({ id: In(contributionIds) });
    const stakeholderIds = new Set([
      ...amendments.flatMap(sponsorIds),
      ...contributions.flatMap((c) => c.submitters),
      ...rows.flatMap((row) => (row.record.kind === 'reservation' ? [row.record.stakeholderId] : [])),
    ]);
    const stakeholders =
      stakeholderIds.size === 0
        ? []
        : await this.dataSource.getRepository(ProvenanceStakeholderRow).findBy({ id: In([...stakeholderIds]) });

    return provisionProvenance({
      provisionId,
      document: {
        id: document.id,
        consultationId: document.consultationId,
        symbol: document.symbol,
        currentVersion: document.currentVersion,
        working: document.working,
      },
      records: rows.map((row) => ({
        position: row.position,
        recordedAt: row.recordedAt,
        amendmentId: row.amendmentId,
        record: row.record,
      })),
      amendments: new Map(amendments.map((a) => [a.id, a])),
      contributions: new Map(contributions.map((c) => [c.id, { symbol: c.symbol, submitters: c.submitters }])),
      parties: new Map<string, PartyView>(
        stakeholders.map((s) => [s.id, { id: s.id, name: s.name, category: s.category, region: s.region }]),
      ),
    });
  }
}
