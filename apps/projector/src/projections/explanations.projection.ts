import { EntityManager } from 'typeorm';
import { EventType, POSITION_EXPLAINED, PositionExplained, RecordedEvent } from '#libs/contracts';
import { ExplanationRow } from '#libs/read-models';
import { Projection } from '../projection';
import { upsertEntityRows } from '../batching/entity-rows';

/**
 * The explanations of position and of vote given on each document, before and after its
 * adoption, in the order they were given. Each is recorded once and never changes, so a
 * batch writes its rows in one statement.
 */
export class ExplanationsProjection implements Projection {
  readonly name = 'explanations';
  readonly version = 1;
  readonly tables = ['explanations'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = [POSITION_EXPLAINED];

  apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    return upsertEntityRows(
      manager,
      ExplanationRow,
      events.flatMap((event) => (event.type === POSITION_EXPLAINED ? [explanationRow(event)] : [])),
    );
  }
}

/** The row of one explanation as the event recorded it. */
export function explanationRow(event: RecordedEvent<PositionExplained>): ExplanationRow {
  const e = event.payload;
  return {
    explanationId: e.explanationId,
    documentId: e.documentId,
    stakeholderId: e.stakeholderId,
    kind: e.kind,
    timing: e.timing,
    text: e.text,
    versionNumber: e.versionNumber,
    meeting: e.meeting ?? null,
    meetingId: e.meetingId ?? null,
    date: e.date ?? null,
    recordedBy: event.metadata.actor.id,
    recordedAt: new Date(event.recordedAt),
    position: event.position,
  };
}
