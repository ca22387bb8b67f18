import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { AmendmentRow } from '#libs/read-models';
import { AmendmentView, amendmentView } from './amendment.view';

/** One amendment with its sponsors and where the chair's decisions left it; null when it is not (yet) projected. */
export class GetAmendment extends Query<AmendmentView | null> {
  constructor(readonly amendmentId: string) {
    super();
  }
}

@QueryHandler(GetAmendment)
export class GetAmendmentHandler implements IQueryHandler<GetAmendment> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ amendmentId }: GetAmendment): Promise<AmendmentView | null> {
    const row = await this.dataSource.getRepository(AmendmentRow).findOneBy({ id: amendmentId });
    return row ? amendmentView(row) : null;
  }
}
