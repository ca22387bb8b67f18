import { randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { GENESIS_CHAIN_HASH, chainHash, eventHash } from '#libs/audit';
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

export interface StreamWrite {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  readonly events: readonly NewEvent[];
}

/** Records a command's outcome under its idempotency key, in the transaction of its events. */
export interface IdempotencyRecord {
  readonly key: string;
  /** A digest of the request: the same key with another request is refused, not replayed. */
  readonly requestHash: string;
  readonly outcome: (results: readonly AppendResult[]) => unknown;
}

/** The request was recorded before under the same idempotency key; nothing new was written. */
export class IdempotentReplay extends Error {
  constructor(
    readonly sameRequest: boolean,
    readonly outcome: unknown,
  ) {
    super(sameRequest ? 'request already recorded under this idempotency key' : 'idempotency key already used for another request');
  }
}

export interface AppendResult {
  readonly events: readonly RecordedEvent[];
  /** The stream's version after the append. */
  readonly streamVersion: number;
}

/** The hash chain as an append extends it, one event after another. */
interface ChainState {
  hash: Buffer;
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
   * outbox in the same transaction.
   */
  async append(
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
    metadata: EventMetadata,
  ): Promise<AppendResult> {
    const [result] = await this.appendToStreams([{ streamId, expectedVersion, events }], metadata);
    return result;
  }

  /**
   * Appends to several streams in one transaction: all or nothing. With an idempotency key,
   * a request already recorded under that key appends nothing and returns what it recorded.
   */
  async appendToStreams(
    writes: readonly StreamWrite[],
    metadata: EventMetadata,
    idempotency?: IdempotencyRecord,
  ): Promise<AppendResult[]> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK_KEY]);
      if (idempotency) {
        const [previous] = await runner.query('SELECT request_hash, outcome FROM command_idempotency WHERE key = $1', [idempotency.key]);
        if (previous) throw new IdempotentReplay(previous.request_hash === idempotency.requestHash, previous.outcome);
      }
      // The head's chain hash, read under the lock: the chain continues from it in commit order.
      const [last] = await runner.query('SELECT position, chain_hash FROM events ORDER BY position DESC LIMIT 1');
      const head = last ? Number(last.position) : 0;
      const chain: ChainState = { hash: last?.chain_hash ?? GENESIS_CHAIN_HASH };
      // Set here, not by the database, so the hash covers exactly the value stored: milliseconds, which timestamptz keeps exactly.
      const recordedAt = new Date().toISOString();
      let nextPosition = head + 1;
      const results: AppendResult[] = [];
      for (const write of writes) {
        const [{ version }] = await runner.query(
          'SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = $1',
          [write.streamId],
        );
        const actualVersion = Number(version);
        if (write.expectedVersion !== 'any' && write.expectedVersion !== actualVersion) {
          throw new ConcurrencyConflictError(write.streamId, write.expectedVersion, actualVersion);
        }
        const recorded = await this.insert(runner, write, actualVersion, nextPosition, metadata, recordedAt, chain);
        nextPosition += recorded.length;
        results.push({ events: recorded, streamVersion: actualVersion + write.events.length });
      }
      if (idempotency) {
        await runner.query('INSERT INTO command_idempotency (key, request_hash, outcome) VALUES ($1, $2, $3)', [
          idempotency.key,
          idempotency.requestHash,
          JSON.stringify(idempotency.outcome(results)),
        ]);
      }
      await runner.commitTransaction();
      const lastPosition = nextPosition - 1;
      if (lastPosition > head) this.notify(lastPosition);
      return results;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** What an earlier request with this idempotency key recorded, if any. */
  async idempotentOutcome(key: string): Promise<{ requestHash: string; outcome: unknown } | undefined> {
    const [row] = await this.dataSource.query('SELECT request_hash, outcome FROM command_idempotency WHERE key = $1', [key]);
    return row ? { requestHash: row.request_hash, outcome: row.outcome } : undefined;
  }

  private async insert(
    runner: QueryRunner,
    write: StreamWrite,
    actualVersion: number,
    firstPosition: number,
    metadata: EventMetadata,
    recordedAt: string,
    chain: ChainState,
  ): Promise<RecordedEvent[]> {
    if (write.events.length === 0) return [];
    const metadataJson = JSON.stringify(metadata);
    // The hash is computed over the JSON values as jsonb will give them back (undefined members dropped, toJSON applied).
    const storedMetadata = JSON.parse(metadataJson);
    const params: unknown[] = [];
    const tuples = write.events.map((event, i) => {
      const payloadJson = JSON.stringify(event.payload);
      const audited = {
        position: firstPosition + i,
        eventId: randomUUID(),
        streamId: write.streamId,
        streamVersion: actualVersion + i + 1,
        type: event.type,
        schemaVersion: event.schemaVersion,
        payload: payloadJson === undefined ? undefined : JSON.parse(payloadJson),
        metadata: storedMetadata,
        recordedAt,
      };
      const hash = eventHash(audited);
      chain.hash = chainHash(chain.hash, hash);
      params.push(
        audited.position,
        audited.eventId,
        audited.streamId,
        audited.streamVersion,
        audited.type,
        audited.schemaVersion,
        payloadJson,
        metadataJson,
        recordedAt,
        hash,
        chain.hash,
      );
      const p = i * 11;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, $${p + 8}, $${p + 9}, $${p + 10}, $${p + 11})`;
    });
    const rows: EventRow[] = await runner.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, hash, chain_hash)
       VALUES ${tuples.join(', ')} RETURNING ${EVENT_COLUMNS}`,
      params,
    );
    const recorded = rows.map(toRecordedEvent);
    await runner.query('INSERT INTO outbox (position) SELECT unnest($1::bigint[])', [recorded.map((event) => event.position)]);
    return recorded;
  }

  /** The events of one stream after a stream version (every event by default), in stream order. */
  async readStream(streamId: string, afterVersion = 0): Promise<RecordedEvent[]> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_version > $2 ORDER BY stream_version`,
      [streamId, afterVersion],
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

  /** The document an amendment was proposed on: the write side's own index, consistent at once. */
  async documentOfAmendment(amendmentId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT payload->>'documentId' AS document_id FROM events WHERE type = 'AmendmentProposed' AND payload->>'amendmentId' = $1 LIMIT 1`,
      [amendmentId],
    );
    return row?.document_id;
  }

  async headPosition(): Promise<number> {
    const [{ head }] = await this.dataSource.query('SELECT coalesce(max(position), 0) AS head FROM events');
    return Number(head);
  }

  private notify(lastPosition: number): void {
    for (const listener of this.listeners) listener(lastPosition);
  }
}
