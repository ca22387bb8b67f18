import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { StakeholderRow } from '#libs/read-models';
import { StakeholderView, stakeholderView } from './stakeholder.view';

/** One stakeholder of the registry; null when it is not (yet) projected. */
export class GetStakeholder extends Query<StakeholderView | null> {
  constructor(readonly stakeholderId: string) {
    super();
  }
}

@QueryHandler(GetStakeholder)
export class GetStakeholderHandler implements IQueryHandler<GetStakeholder> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ stakeholderId }: GetStakeholder): Promise<StakeholderView | null> {
    const row = await this.dataSource.getRepository(StakeholderRow).findOneBy({ id: stakeholderId });
    return row ? stakeholderView(row) : null;
  }
}
