import { StoredEvent } from '#libs/contracts';

export interface EventRow {
  position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  payload: unknown;
  metadata: StoredEvent['metadata'];
  recorded_at: Date;
  hash: Buffer | null;
  chain_hash: Buffer | null;
}

export const EVENT_COLUMNS =
  'position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, hash, chain_hash';

/** EVENT_COLUMNS qualified by a table alias, for queries that join `events` with another table. */
export function eventColumnsOf(alias: string): string {
  return EVENT_COLUMNS.split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    position: Number(row.position),
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.type,
    schemaVersion: row.schema_version,
    payload: row.payload,
    metadata: row.metadata,
    recordedAt: row.recorded_at.toISOString(),
    ...(row.hash ? { hash: row.hash.toString('hex') } : {}),
    ...(row.chain_hash ? { chainHash: row.chain_hash.toString('hex') } : {}),
  };
}
