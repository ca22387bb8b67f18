import { randomUUID } from 'node:crypto';
import { CanonicalEventTemplate, canonicalEventTemplate, canonicalJson } from '#libs/audit';
import { EventMetadata, StoredEvent } from '#libs/contracts';
import type { AppendResult, StreamWrite } from './postgres-event-store';

/** One event as the append statement receives it: everything but its position and stream version. */
export interface PreparedEvent {
  /** The index of its write (stream) in the append. */
  readonly write: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly payloadJson: string;
  /** As jsonb gives it back: what the hash covers and what readers see. */
  readonly payload: unknown;
  readonly template: CanonicalEventTemplate;
}

export interface PreparedAppend {
  readonly events: readonly PreparedEvent[];
  readonly metadataJson: string;
  readonly metadata: EventMetadata;
  /** Set here, not by the database, so the hash covers exactly the value stored: milliseconds, which timestamptz keeps exactly. */
  readonly recordedAt: string;
}

/** What `append_events` answers, and `append_batch` for each command of its group (see their migrations). */
export type AppendAnswer =
  | {
      readonly status: 'appended';
      readonly headBefore: number;
      readonly versionsBefore: readonly number[];
      readonly hashes: readonly string[];
      readonly chainHashes: readonly string[];
    }
  | { readonly status: 'conflict'; readonly streamId: string; readonly expectedVersion: number; readonly actualVersion: number }
  | { readonly status: 'replayed'; readonly requestHash: string; readonly outcome: unknown };

/** The events of an append with their ids and the canonical form around the numbers the store hands out. */
export function prepareAppend(
  writes: readonly StreamWrite[],
  metadata: EventMetadata,
  recordedAt = new Date().toISOString(),
): PreparedAppend {
  const metadataJson = JSON.stringify(metadata);
  // The hash is computed over the JSON values as jsonb will give them back (undefined members dropped, toJSON applied).
  const storedMetadata = JSON.parse(metadataJson) as EventMetadata;
  const canonicalMetadata = canonicalJson(storedMetadata);
  const events = writes.flatMap((write, index) =>
    write.events.map((event): PreparedEvent => {
      const payloadJson = JSON.stringify(event.payload);
      const payload: unknown = payloadJson === undefined ? undefined : JSON.parse(payloadJson);
      const eventId = randomUUID();
      const template = canonicalEventTemplate(
        {
          eventId,
          streamId: write.streamId,
          type: event.type,
          schemaVersion: event.schemaVersion,
          payload,
          metadata: storedMetadata,
          recordedAt,
        },
        canonicalMetadata,
      );
      return { write: index, eventId, type: event.type, schemaVersion: event.schemaVersion, payloadJson, payload, template };
    }),
  );
  return { events, metadataJson, metadata: storedMetadata, recordedAt };
}

/** The recorded events of each write, numbered as the store numbered them. */
export function recordedResults(
  writes: readonly StreamWrite[],
  prepared: PreparedAppend,
  answer: AppendAnswer & { status: 'appended' },
): AppendResult[] {
  const versions = [...answer.versionsBefore];
  const recorded: StoredEvent[][] = writes.map(() => []);
  prepared.events.forEach((event, i) => {
    versions[event.write] += 1;
    recorded[event.write].push({
      position: answer.headBefore + i + 1,
      eventId: event.eventId,
      streamId: writes[event.write].streamId,
      streamVersion: versions[event.write],
      type: event.type,
      schemaVersion: event.schemaVersion,
      payload: event.payload,
      metadata: prepared.metadata,
      recordedAt: prepared.recordedAt,
      hash: answer.hashes[i],
      chainHash: answer.chainHashes[i],
    });
  });
  return recorded.map((events, w) => ({ events, streamVersion: versions[w] }));
}
