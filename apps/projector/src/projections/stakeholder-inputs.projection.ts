import { EntityManager } from 'typeorm';
import {
  EventType,
  INPUT_EVENT_TYPES,
  RecordedEvent,
  STAKEHOLDER_INPUT_SUBMITTED,
  STAKEHOLDER_INPUT_WITHDRAWN,
  isInputEvent,
} from '#libs/contracts';
import { StakeholderInputRow } from '#libs/read-models';
import { RowCache } from '../batching';
import { selectEntityRows, upsertEntityRows } from '../batching/entity-rows';
import { Projection } from '../projection';

/**
 * Stakeholder inputs as published: one row per input, with the provisions it concerns and,
 * once its submitter withdrew it, who did and why. A batch reads the inputs its withdrawals
 * name in one query, folds its events into them in memory and writes each changed row once.
 */
export class StakeholderInputsProjection implements Projection {
  readonly name = 'stakeholder-inputs';
  readonly version = 1;
  readonly tables = ['stakeholder_inputs'];
  readonly lookupIndexes = [];
  readonly handles: readonly EventType[] = INPUT_EVENT_TYPES;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const inputs = new RowCache<StakeholderInputRow>(async (ids) => {
      const rows = await selectEntityRows(manager, StakeholderInputRow, 'id = ANY ($1::text[])', [ids]);
      return new Map(rows.map((row) => [row.id, row]));
    });
    await inputs.prefetch(events.flatMap((event) => (event.type === STAKEHOLDER_INPUT_WITHDRAWN ? [event.payload.inputId] : [])));
    for (const event of events) {
      if (!isInputEvent(event)) continue;
      const id = event.payload.inputId;
      // A submission writes the whole row, so it reads none.
      const row = stakeholderInputStep(event.type === STAKEHOLDER_INPUT_SUBMITTED ? undefined : inputs.known(id), event);
      if (row) inputs.set(id, row);
    }
    await upsertEntityRows(manager, StakeholderInputRow, inputs.changedRows());
  }
}

/** The input as it reads after one event; undefined when the event changes nothing (a withdrawal of an input never seen). */
export function stakeholderInputStep(row: StakeholderInputRow | undefined, event: RecordedEvent): StakeholderInputRow | undefined {
  switch (event.type) {
    case STAKEHOLDER_INPUT_SUBMITTED: {
      const e = event.payload;
      return {
        id: e.inputId,
        consultationId: e.consultationId,
        documentId: e.documentId,
        versionNumber: e.versionNumber,
        provisionIds: [...e.provisionIds],
        stakeholderId: e.stakeholderId,
        title: e.title,
        text: e.text,
        language: e.language,
        submittedAt: new Date(event.recordedAt),
        withdrawal: null,
        lastPosition: event.position,
      };
    }
    case STAKEHOLDER_INPUT_WITHDRAWN: {
      const e = event.payload;
      if (!row) return undefined;
      const withdrawal = { by: e.by, ...(e.reason !== undefined ? { reason: e.reason } : {}), at: event.recordedAt };
      return { ...row, withdrawal, lastPosition: event.position };
    }
    default:
      return undefined;
  }
}
