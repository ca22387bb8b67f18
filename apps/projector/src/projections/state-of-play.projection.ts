import { EntityManager } from 'typeorm';
import {
  EventType,
  PROVISION_STATUSES_RECORDED,
  ProvisionStatusesRecorded,
  REVISION_ISSUED,
  RecordedEvent,
  RevisionIssued,
} from '#libs/contracts';
import { provisionsChangedBy } from '#libs/domain';
import { StateOfPlayProvisionRow, StateOfPlayRoundRow } from '#libs/read-models';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';
import { Projection } from '../projection';

/**
 * The state of play of each document: every provision's latest status with the round and
 * version that set it and the status before, and each round with the meeting it was recorded at.
 * A revision reopens the provisions whose wording it changed: they are pending again.
 */
export class StateOfPlayProjection implements Projection {
  readonly name = 'state_of_play';
  readonly version = 1;
  readonly tables = ['state_of_play_provisions', 'state_of_play_rounds'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = [PROVISION_STATUSES_RECORDED, REVISION_ISSUED];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const relevant = events.filter(
      (event): event is RecordedEvent<ProvisionStatusesRecorded | RevisionIssued> =>
        event.type === PROVISION_STATUSES_RECORDED || event.type === REVISION_ISSUED,
    );
    if (relevant.length === 0) return;
    const rounds = relevant.filter(
      (event): event is RecordedEvent<ProvisionStatusesRecorded> => event.type === PROVISION_STATUSES_RECORDED,
    );
    const documentIds = [...new Set(relevant.map((event) => event.payload.documentId))];
    const known = await selectEntityRows(manager, StateOfPlayProvisionRow, 'document_id = ANY ($1::uuid[])', [documentIds]);
    const provisions = new Map(known.map((row) => [`${row.documentId}/${row.provisionId}`, row]));
    const changed = new Set<string>();
    for (const event of relevant) {
      const rows = event.type === REVISION_ISSUED ? provisionRowsReopened(provisions, event) : provisionRowsAfter(provisions, event);
      for (const row of rows) {
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
    if (rounds.length > 0) await upsertEntityRows(manager, StateOfPlayRoundRow, rounds.map(roundRow));
  }
}

/** The rows of the provisions a revision reworded that had a status other than pending: pending again, on the revision. */
export function provisionRowsReopened(
  provisions: ReadonlyMap<string, StateOfPlayProvisionRow>,
  event: RecordedEvent<RevisionIssued>,
): StateOfPlayProvisionRow[] {
  const { documentId, versionNumber, label, changes } = event.payload;
  const reworded = new Set(changes.flatMap(provisionsChangedBy));
  return [...reworded].flatMap((provisionId) => {
    const before = provisions.get(`${documentId}/${provisionId}`);
    if (!before || before.status === 'pending') return [];
    return [{ ...before, status: 'pending', previousStatus: before.status, versionNumber, note: `reopened by ${label}` }];
  });
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
