import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ContributionRevisionRow } from '#libs/read-models';
import { ContributionRevisionView, contributionRevisionView } from './contribution.view';

/** Every revision of a contribution as submitted, Rev.0 first; null for an unknown contribution. */
export class ListContributionRevisions extends Query<ContributionRevisionView[] | null> {
  constructor(readonly contributionId: string) {
    super();
  }
}

@QueryHandler(ListContributionRevisions)
export class ListContributionRevisionsHandler implements IQueryHandler<ListContributionRevisions> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ contributionId }: ListContributionRevisions): Promise<ContributionRevisionView[] | null> {
    const rows = await this.dataSource
      .getRepository(ContributionRevisionRow)
      .find({ where: { contributionId }, order: { revision: 'ASC' } });
    // Every submitted contribution has its Rev.0: no rows means no such contribution.
    return rows.length > 0 ? rows.map(contributionRevisionView) : null;
  }
}
