import { EntityManager } from 'typeorm';
import { RecordedEvent, STAKEHOLDER_REGISTERED, StakeholderRegisteredV1 } from '#libs/contracts';
import { Projection } from '../projection';
import { JsonTable, timestamp, upsertJsonRows } from '../batching/json-rows';

const STAKEHOLDERS: JsonTable = {
  name: 'stakeholders',
  columns: { id: 'text', name: 'text', category: 'text', region: 'text', member_ids: 'text[]', registered_at: 'timestamptz', last_position: 'bigint' },
  key: ['id'],
};

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

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    return upsertJsonRows(manager, STAKEHOLDERS, events.filter((event) => event.type === STAKEHOLDER_REGISTERED).map(stakeholderRow));
  }
}

function stakeholderRow(event: RecordedEvent): Record<string, unknown> {
  const payload = event.payload as StakeholderRegisteredV1;
  return {
    id: payload.stakeholderId,
    name: payload.name,
    category: payload.category,
    region: payload.region,
    member_ids: [...payload.memberIds],
    registered_at: timestamp(event.recordedAt),
    last_position: event.position,
  };
}
