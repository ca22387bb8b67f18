import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ContributionRow } from '#libs/read-models';
import { ContributionView, contributionView } from './contribution.view';

/** A contribution as its latest revision reads; null when it is not (yet) projected. */
export class GetContribution extends Query<ContributionView | null> {
  constructor(readonly contributionId: string) {
    super();
  }
}

@QueryHandler(GetContribution)
export class GetContributionHandler implements IQueryHandler<GetContribution> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ contributionId }: GetContribution): Promise<ContributionView | null> {
    const row = await this.dataSource.getRepository(ContributionRow).findOneBy({ id: contributionId });
    return row ? contributionView(row) : null;
  }
}
