import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import { AmendmentRow, ContributionRow, DocumentVersionRow, StakeholderRow } from '#libs/read-models';
import { ContributionForWord, ContributionSubstanceForWord } from '#libs/documents';
import type { LanguageCode } from '#libs/text';

/**
 * A contribution as Word lays it out: its cover with the submitters named, and its
 * substance — the amendments with the version they were drafted against and their reasons,
 * the draft's text, or the report; null when it is not (yet) projected.
 */
export class GetContributionForWord extends Query<ContributionForWord | null> {
  constructor(readonly contributionId: string) {
    super();
  }
}

@QueryHandler(GetContributionForWord)
export class GetContributionForWordHandler implements IQueryHandler<GetContributionForWord> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ contributionId }: GetContributionForWord): Promise<ContributionForWord | null> {
    const row = await this.dataSource.getRepository(ContributionRow).findOneBy({ id: contributionId });
    if (!row) return null;
    const { cover } = row;
    const substance = await this.substanceOf(row);
    if (!substance) return null;
    const ids = [...cover.submitters, ...cover.coSponsors, ...(cover.onBehalfOf ? [cover.onBehalfOf] : [])];
    const names = new Map((await this.dataSource.getRepository(StakeholderRow).findBy({ id: In(ids) })).map((s) => [s.id, s.name]));
    const name = (id: string) => names.get(id) ?? id;
    const language: LanguageCode =
      substance.kind === 'amendments'
        ? substance.base.language
        : substance.kind === 'draft'
          ? substance.document.language
          : cover.originalLanguage;
    return {
      language,
      symbol: cover.symbol,
      date: cover.date,
      ...(cover.agendaItem ? { agendaItem: cover.agendaItem } : {}),
      originalLanguage: cover.originalLanguage,
      submitters: cover.submitters.map(name),
      coSponsors: cover.coSponsors.map(name),
      ...(cover.onBehalfOf ? { onBehalfOf: name(cover.onBehalfOf) } : {}),
      title: cover.title,
      ...(cover.purpose ? { purpose: cover.purpose } : {}),
      ...(cover.actionRequested ? { actionRequested: cover.actionRequested } : {}),
      ...(cover.references ? { references: cover.references } : {}),
      substance,
    };
  }

  private async substanceOf(row: ContributionRow): Promise<ContributionSubstanceForWord | undefined> {
    const substance = row.substance;
    const versions = this.dataSource.getRepository(DocumentVersionRow);
    if (substance.kind === 'report') return { kind: 'report', text: substance.text };
    if (substance.kind === 'draft') {
      const version = await versions.findOne({ where: { documentId: substance.documentId }, order: { number: 'ASC' } });
      return version ? { kind: 'draft', document: version.text } : undefined;
    }
    const amendments =
      substance.amendmentIds.length === 0
        ? []
        : await this.dataSource.getRepository(AmendmentRow).findBy({ id: In([...substance.amendmentIds]) });
    const byId = new Map(amendments.map((amendment) => [amendment.id, amendment]));
    const ordered = substance.amendmentIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    // The proposals are drafted against one version; the cover is printed against the first's.
    const versionNumber = ordered[0]?.versionNumber ?? 1;
    const base = await versions.findOneBy({ documentId: substance.documentId, number: versionNumber });
    if (!base) return undefined;
    return {
      kind: 'amendments',
      base: base.text,
      proposals: ordered.map((amendment) => ({ operation: amendment.operation, explanation: amendment.explanation })),
    };
  }
}
