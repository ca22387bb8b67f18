import { EntityManager } from 'typeorm';
import { EventType, RecordedEvent, STAKEHOLDER_REGISTERED, StakeholderEvent } from '#libs/contracts';
import { Projection } from '../projection';
import { StakeholderRow } from '#libs/read-models';
import { upsertEntityRows } from '../batching/entity-rows';

/**
 * The stakeholder registry, for the directory and for naming who submitted and decided what.
 * A registration writes the whole row, so a batch writes the last registration of each
 * stakeholder in one statement.
 */
export class StakeholdersProjection implements Projection {
  readonly name = 'stakeholders';
  readonly version = 1;
  readonly tables = ['stakeholders'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = [STAKEHOLDER_REGISTERED];

  apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    return upsertEntityRows(
      manager,
      StakeholderRow,
      events.flatMap((event) => (event.type === STAKEHOLDER_REGISTERED ? [stakeholderRow(event)] : [])),
    );
  }
}

function stakeholderRow(event: RecordedEvent<StakeholderEvent>): StakeholderRow {
  const payload = event.payload;
  return {
    id: payload.stakeholderId,
    name: payload.name,
    category: payload.category,
    region: payload.region,
    memberIds: [...payload.memberIds],
    registeredAt: new Date(event.recordedAt),
    lastPosition: event.position,
  };
}
