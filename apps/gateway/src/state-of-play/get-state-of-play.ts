import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DocumentRow, DocumentVersionRow, StateOfPlayProvisionRow, StateOfPlayRoundRow } from '#libs/read-models';
import { countInputsByProvision } from '../inputs';
import { StateOfPlayView, stateOfPlayView } from './state-of-play.view';

/** A document's state of play; null when the document is not (yet) known. */
export class GetStateOfPlay extends Query<StateOfPlayView | null> {
  constructor(readonly documentId: string) {
    super();
  }
}

@QueryHandler(GetStateOfPlay)
export class GetStateOfPlayHandler implements IQueryHandler<GetStateOfPlay> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId }: GetStateOfPlay): Promise<StateOfPlayView | null> {
    const document = await this.dataSource.getRepository(DocumentRow).findOneBy({ id: documentId });
    if (!document) return null;
    const version = await this.dataSource.getRepository(DocumentVersionRow).findOneBy({ documentId, number: document.currentVersion });
    // The statuses and the rounds as one batch of the projection left them: one snapshot, not two reads a batch may fall between.
    const { provisions, rounds } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      provisions: await manager.getRepository(StateOfPlayProvisionRow).findBy({ documentId }),
      rounds: await manager.getRepository(StateOfPlayRoundRow).find({ where: { documentId }, order: { round: 'ASC' } }),
    }));
    const inputsByProvision = await countInputsByProvision(this.dataSource, documentId, document.currentVersion);
    return stateOfPlayView({
      documentId,
      consultationId: document.consultationId,
      symbol: document.symbol,
      versionNumber: document.currentVersion,
      versionLabel: document.currentLabel,
      working: document.working,
      versionText: version?.text ?? document.working,
      provisions,
      rounds,
      inputsByProvision,
    });
  }
}
