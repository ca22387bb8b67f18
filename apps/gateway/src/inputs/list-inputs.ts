import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { InputFilter, listInputs } from './input-queries';
import { StakeholderInputView } from './input.view';

/** The inputs on a document, in the order sent, filtered (for the pages, which read through queries). */
export class ListStakeholderInputs extends Query<StakeholderInputView[]> {
  constructor(
    readonly documentId: string,
    readonly filter: InputFilter = {},
  ) {
    super();
  }
}

@QueryHandler(ListStakeholderInputs)
export class ListStakeholderInputsHandler implements IQueryHandler<ListStakeholderInputs> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  execute({ documentId, filter }: ListStakeholderInputs): Promise<StakeholderInputView[]> {
    return listInputs(this.dataSource, documentId, filter);
  }
}
