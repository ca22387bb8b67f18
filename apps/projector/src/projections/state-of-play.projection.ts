import { EntityManager } from 'typeorm';
import { EventType, PROVISION_STATUSES_RECORDED, ProvisionStatusesRecorded, RecordedEvent } from '#libs/contracts';
import { StateOfPlayProvisionRow, StateOfPlayRoundRow } from '#libs/read-models';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';
import { Projection } from '../projection';

/**
 * The state of play of each document: every provision's latest status with the round and
 * version that set it and the status before, and each round with the meeting it was recorded at.
 */
export class StateOfPlayProjection implements Projection {
  readonly name = 'state_of_play';
  readonly version = 1;
  readonly tables = ['state_of_play_provisions', 'state_of_play_rounds'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = [PROVISION_STATUSES_RECORDED];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const rounds = events.filter((event): event is RecordedEvent<ProvisionStatusesRecorded> => event.type === PROVISION_STATUSES_RECORDED);
    if (rounds.length === 0) return;
    const documentIds = [...new Set(rounds.map((event) => event.payload.documentId))];
    const known = await selectEntityRows(manager, StateOfPlayProvisionRow, 'document_id = ANY ($1::uuid[])', [documentIds]);
    const provisions = new Map(known.map((row) => [`${row.documentId}/${row.provisionId}`, row]));
    const changed = new Set<string>();
    for (const event of rounds) {
      for (const row of provisionRowsAfter(provisions, event)) {
        const key = `${row.documentId}/${row.provisionId}`;
        provisions.set(key, row);
        changed.add(key);
      }
    }
    await upsertEntityRows(
      manager,
      StateOfPlayProvisionRow,
      [...changed].map((key) => provisions.get(key)!),
    );
    await upsertEntityRows(manager, StateOfPlayRoundRow, rounds.map(roundRow));
  }
}

/** The rows of the provisions a round sets, each with the status it had before. */
export function provisionRowsAfter(
  provisions: ReadonlyMap<string, StateOfPlayProvisionRow>,
  event: RecordedEvent<ProvisionStatusesRecorded>,
): StateOfPlayProvisionRow[] {
  const { documentId, round, versionNumber, statuses } = event.payload;
  return statuses.map(({ provisionId, status, note }) => ({
    documentId,
    provisionId,
    status,
    previousStatus: provisions.get(`${documentId}/${provisionId}`)?.status ?? 'pending',
    round,
    versionNumber,
    note: note ?? null,
  }));
}

function roundRow(event: RecordedEvent<ProvisionStatusesRecorded>): StateOfPlayRoundRow {
  const p = event.payload;
  return {
    documentId: p.documentId,
    round: p.round,
    decisionId: p.decisionId,
    versionNumber: p.versionNumber,
    meetingId: p.meetingId ?? null,
    meeting: p.meeting ?? null,
    date: p.date ?? null,
    statuses: p.statuses.map((s) => ({ ...s })),
    recordedAt: new Date(event.recordedAt),
    position: event.position,
  };
}
