import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ConsultationSummary } from '#libs/read-models';

export class GetConsultation extends Query<ConsultationSummary | null> {
  constructor(readonly id: string) {
    super();
  }
}

@QueryHandler(GetConsultation)
export class GetConsultationHandler implements IQueryHandler<GetConsultation> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  execute({ id }: GetConsultation): Promise<ConsultationSummary | null> {
    return this.dataSource.getRepository(ConsultationSummary).findOneBy({ id });
  }
}
