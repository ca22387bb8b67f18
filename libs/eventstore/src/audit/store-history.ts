import { Client, ClientBase, types } from 'pg';
import type { HashedEvent, StoredCheckpoint } from '#libs/audit';

// Column types whose parsing the audit does itself (pg's type oids).
const INT8 = 20;
const TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;
const defaultTimestamp = types.getTypeParser(TIMESTAMPTZ);

/**
 * recorded_at as the canonical form has it: UTC, truncated to milliseconds, as
 * Date.prototype.toISOString writes it (and as the API and Kafka messages give it). With
 * the session in UTC, PostgreSQL writes `2026-03-01 09:30:00.125+00`; that is turned into
 * the ISO form by hand, which is several times faster than through a Date.
 */
export function recordedAtFromPg(text: string): string {
  const match = PG_TIMESTAMP.exec(text);
  if (!match) return (defaultTimestamp(text) as Date).toISOString();
  return `${match[1]}T${match[2]}.${((match[3] ?? '') + '000').slice(0, 3)}Z`;
}

export const EVENT_TYPES = {
  getTypeParser: (oid: number, format?: string) => {
    if (oid === INT8) return Number;
    if (oid === TIMESTAMPTZ) return recordedAtFromPg;
    return types.getTypeParser(oid, format as 'text');
  },
};

export const SELECT_EVENTS =
  'SELECT position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, hash, chain_hash FROM events';

export type EventRowArray = [number, string, string, number, string, number, unknown, unknown, string, Buffer | null, Buffer | null];

export function toEvent(row: EventRowArray): HashedEvent {
  return {
    position: row[0],
    eventId: row[1],
    streamId: row[2],
    streamVersion: row[3],
    type: row[4],
    schemaVersion: row[5],
    payload: row[6],
    metadata: row[7],
    recordedAt: row[8],
    hash: row[9] ?? undefined,
    chainHash: row[10] ?? undefined,
  };
}

/**
 * Reads the event store's history for the audit with a plain PostgreSQL client: the events
 * in position order through a cursor, and the checkpoints; `open` starts a read-only
 * snapshot so that everything read until `close` belongs to one moment of the store.
 */
export class StoreHistory {
  private constructor(private readonly client: ClientBase) {}

  /** Starts a REPEATABLE READ, read-only transaction on the client: one snapshot of the store. */
  static async open(client: ClientBase): Promise<StoreHistory> {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query("SET LOCAL TIME ZONE 'UTC'");
    return new StoreHistory(client);
  }

  async close(): Promise<void> {
    await this.client.query('COMMIT');
  }

  async checkpoints(): Promise<StoredCheckpoint[]> {
    return readCheckpoints(this.client);
  }

  /** Names the snapshot so that other connections (the store workers) can read as of the same moment. */
  async exportSnapshot(): Promise<string> {
    const { rows } = await this.client.query('SELECT pg_export_snapshot() AS snapshot');
    return rows[0].snapshot;
  }

  /** The highest position in the snapshot (0 when there is no event). */
  async headPosition(): Promise<number> {
    const { rows } = await this.client.query('SELECT coalesce(max(position), 0) AS head FROM events');
    return Number(rows[0].head);
  }

  /** The first position still waiting in the outbox (unpublished), if any. */
  async pendingFrom(): Promise<number | undefined> {
    const { rows } = await this.client.query('SELECT min(position) AS position FROM outbox');
    return rows[0]?.position === null || rows[0]?.position === undefined ? undefined : Number(rows[0].position);
  }

  /**
   * Every event in position order, in batches through a cursor. The next batch is asked for
   * before the current one is handed over, so PostgreSQL prepares it while this one is hashed.
   */
  async *events(batchSize = 5000): AsyncGenerator<HashedEvent[]> {
    await this.client.query(`DECLARE audit_events NO SCROLL CURSOR FOR ${SELECT_EVENTS} ORDER BY position`);
    const fetch = () =>
      this.client.query<EventRowArray>({ text: `FETCH FORWARD ${batchSize} FROM audit_events`, rowMode: 'array', types: EVENT_TYPES });
    let next = fetch();
    try {
      for (;;) {
        const { rows } = await next;
        if (rows.length === 0) return;
        next = fetch();
        yield rows.map(toEvent);
      }
    } finally {
      // A consumer that stops early leaves a fetch in flight; it must settle before the cursor goes.
      await next.catch(() => undefined);
      await this.client.query('CLOSE audit_events').catch(() => undefined);
    }
  }
}

/** The events after a position, up to and including another, in position order (read afresh, outside any snapshot). */
export async function readEventsBetween(client: ClientBase, afterPosition: number, upToPosition: number): Promise<HashedEvent[]> {
  await client.query("SET TIME ZONE 'UTC'");
  const { rows } = await client.query<EventRowArray>({
    text: `${SELECT_EVENTS} WHERE position > $1 AND position <= $2 ORDER BY position`,
    values: [afterPosition, upToPosition],
    rowMode: 'array',
    types: EVENT_TYPES,
  });
  return rows.map(toEvent);
}

/** The signed checkpoints, smallest tree first. */
export async function readCheckpoints(client: ClientBase): Promise<(StoredCheckpoint & { frontier: Buffer })[]> {
  const { rows } = await client.query(
    'SELECT id, tree_size, root_hash, chain_hash, signed_at, key_id, signature, frontier FROM audit_checkpoints ORDER BY tree_size, id',
  );
  return rows.map((row) => ({
    id: String(row.id),
    treeSize: Number(row.tree_size),
    rootHash: (row.root_hash as Buffer).toString('hex'),
    chainHash: (row.chain_hash as Buffer).toString('hex'),
    timestamp: (row.signed_at as Date).toISOString(),
    keyId: row.key_id,
    signature: (row.signature as Buffer).toString('base64'),
    frontier: row.frontier as Buffer,
  }));
}

export type { Client };
