import { EntityManager } from 'typeorm';
import { RecordedEvent, STAKEHOLDER_REGISTERED, StakeholderRegisteredV1 } from '#libs/contracts';
import { StakeholderRow } from '#libs/read-models';
import { Projection } from '../projection';

/** The stakeholder registry, for the directory and for naming who submitted and decided what. */
export class StakeholdersProjection implements Projection {
  readonly name = 'stakeholders';
  readonly version = 1;
  readonly tables = ['stakeholders'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type !== STAKEHOLDER_REGISTERED) return;
    const payload = event.payload as StakeholderRegisteredV1;
    await manager.upsert(
      StakeholderRow,
      {
        id: payload.stakeholderId,
        name: payload.name,
        category: payload.category,
        region: payload.region,
        memberIds: [...payload.memberIds],
        registeredAt: new Date(event.recordedAt),
        lastPosition: event.position,
      },
      ['id'],
    );
  }
}
