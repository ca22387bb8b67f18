import { LedgerEvent, StoredEvent, Typed, upcast } from '#libs/contracts';

/** A moment of the history: after the event at `position`, or after every event recorded at or before `time` (ISO 8601). */
export interface ReplayMoment {
  readonly position?: number;
  readonly time?: string;
}

/** The fields of a recorded event a replay reads, as stored (of whatever schema version). */
export type ReplayedEvent = Pick<StoredEvent, 'position' | 'eventId' | 'streamId' | 'type' | 'schemaVersion' | 'payload' | 'recordedAt'> & {
  readonly metadata?: unknown;
};

/** A replayed event read in its current schema. */
export type CurrentEvent<E extends LedgerEvent = LedgerEvent> = Omit<ReplayedEvent, keyof Typed<string, unknown>> & E;

/** Whether an event belongs to the history up to a moment. */
export function happenedBy(event: ReplayedEvent, at: ReplayMoment = {}): boolean {
  if (at.position !== undefined && event.position > at.position) return false;
  if (at.time !== undefined && Date.parse(event.recordedAt) > Date.parse(at.time)) return false;
  return true;
}

/** The event as the current schema reads it; undefined for a type the catalogue does not know. */
export function current(event: ReplayedEvent): CurrentEvent | undefined {
  try {
    return upcast(event);
  } catch {
    return undefined;
  }
}

/** The stream of a document's events. */
export const documentStream = (documentId: string) => `document-${documentId}`;
