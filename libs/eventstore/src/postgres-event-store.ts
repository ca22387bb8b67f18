import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventMetadata, NewEvent, RecordedEvent } from '#libs/contracts';
import { EVENT_COLUMNS, EventRow, toRecordedEvent } from './event-rows';

/** The version a stream must be at for an append to go through; 0 means the stream must not exist yet. */
export type ExpectedVersion = number | 'any';

export class ConcurrencyConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`stream ${streamId} is at version ${actualVersion}, not the expected ${expectedVersion}`);
  }
}

export interface AppendResult {
  readonly events: readonly RecordedEvent[];
  /** The stream's version after the append. */
  readonly streamVersion: number;
}

/** Listens for appends in this process (the relay wakes up at once instead of polling). */
export type AppendListener = (lastPosition: number) => void;

// One lock serialises appends so positions are handed out in commit order: a reader that
// has seen position N has seen every event before it. The audit hash chain relies on it.
const APPEND_LOCK_KEY = 7_301_334;

/** The event store of record: one append-only table with a global position and per-stream versions. */
export class PostgresEventStore {
  private readonly listeners = new Set<AppendListener>();

  constructor(private readonly dataSource: DataSource) {}

  onAppend(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Appends events to one stream if it is at the expected version, and queues them in the
   * outbox in the same transaction. `extra` runs inside that transaction too (idempotency records).
   */
  async append(
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
    metadata: EventMetadata,
    extra?: (query: (sql: string, params?: unknown[]) => Promise<unknown>, appended: AppendResult) => Promise<void>,
  ): Promise<AppendResult> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK_KEY]);
      const [{ version, head }] = await runner.query(
        `SELECT (SELECT coalesce(max(stream_version), 0) FROM events WHERE stream_id = $1) AS version,
                (SELECT coalesce(max(position), 0) FROM events) AS head`,
        [streamId],
      );
      const actualVersion = Number(version);
      if (expectedVersion !== 'any' && expectedVersion !== actualVersion) {
        throw new ConcurrencyConflictError(streamId, expectedVersion, actualVersion);
      }
      const recorded: RecordedEvent[] = [];
      if (events.length > 0) {
        const params: unknown[] = [];
        const tuples = events.map((event, i) => {
          params.push(
            Number(head) + i + 1,
            randomUUID(),
            streamId,
            actualVersion + i + 1,
            event.type,
            event.schemaVersion,
            JSON.stringify(event.payload),
            JSON.stringify(metadata),
          );
          const p = i * 8;
          return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, $${p + 8})`;
        });
        const rows: EventRow[] = await runner.query(
          `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata)
           VALUES ${tuples.join(', ')} RETURNING ${EVENT_COLUMNS}`,
          params,
        );
        recorded.push(...rows.map(toRecordedEvent));
        await runner.query(
          'INSERT INTO outbox (position) SELECT unnest($1::bigint[])',
          [recorded.map((event) => event.position)],
        );
      }
      const result = { events: recorded, streamVersion: actualVersion + events.length };
      if (extra) await extra((sql, params) => runner.query(sql, params), result);
      await runner.commitTransaction();
      if (recorded.length > 0) this.notify(recorded[recorded.length - 1].position);
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Every event of one stream, in stream order. */
  async readStream(streamId: string): Promise<RecordedEvent[]> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows.map(toRecordedEvent);
  }

  /** Events after a global position, in order. */
  async readAll(afterPosition: number, limit: number): Promise<RecordedEvent[]> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
      [afterPosition, limit],
    );
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<number> {
    const [{ head }] = await this.dataSource.query('SELECT coalesce(max(position), 0) AS head FROM events');
    return Number(head);
  }

  private notify(lastPosition: number): void {
    for (const listener of this.listeners) listener(lastPosition);
  }
}
