import { DataSource } from 'typeorm';
import { EventMetadata, StoredEvent, Typed } from '#libs/contracts';
import { PendingAppend, appendBatch } from './append-batch';
import { prepareAppend } from './append-statement';
import { DEFAULT_GROUP_COMMIT, GroupCommitCounters, GroupCommitOptions, GroupCommitter, Settled } from './group-commit';
import { EVENT_COLUMNS, EventRow, eventColumnsOf, toStoredEvent } from './event-rows';

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
  readonly events: readonly Typed<string, unknown>[];
}

/**
 * Records a command's outcome under its idempotency key, in the transaction of its events:
 * the caller's `outcome`, with `streamVersion` (the first stream's version after the append)
 * and `position` (the last event's; 0 when nothing was appended) filled in by the store.
 */
export interface IdempotencyRecord {
  readonly key: string;
  /** A digest of the request: the same key with another request is refused, not replayed. */
  readonly requestHash: string;
  readonly outcome: Readonly<Record<string, unknown>>;
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
  readonly events: readonly StoredEvent[];
  /** The stream's version after the append. */
  readonly streamVersion: number;
}

/** Listens for appends in this process (the relay wakes up at once instead of polling). */
export type AppendListener = (lastPosition: number) => void;

/** Told how each append ended and how long it took from its submission to its commit, in seconds (for metrics). */
export type AppendObserver = (outcome: 'appended' | 'replayed' | 'conflict' | 'error', seconds: number) => void;

/** The event store of record: one append-only table with a global position and per-stream versions. */
export class PostgresEventStore {
  private readonly listeners = new Set<AppendListener>();

  private readonly committer: GroupCommitter<PendingAppend, AppendResult[]>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly observeAppend?: AppendObserver,
    groupCommit: GroupCommitOptions = DEFAULT_GROUP_COMMIT,
  ) {
    this.committer = new GroupCommitter((group) => this.appendGroup(group), groupCommit);
  }

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
    events: readonly Typed<string, unknown>[],
    metadata: EventMetadata,
  ): Promise<AppendResult> {
    const [result] = await this.appendToStreams([{ streamId, expectedVersion, events }], metadata);
    return result;
  }

  /**
   * Appends to several streams in one transaction: all or nothing. With an idempotency key,
   * a request already recorded under that key appends nothing and returns what it recorded.
   * Appends that arrive together go in one statement and one commit (`append_batch`, see its
   * migration; the group committer decides what goes together), each with its own outcome:
   * a conflict or a replay fails its own append only.
   */
  async appendToStreams(writes: readonly StreamWrite[], metadata: EventMetadata, idempotency?: IdempotencyRecord): Promise<AppendResult[]> {
    const started = process.hrtime.bigint();
    const observe = (outcome: Parameters<AppendObserver>[0]) =>
      this.observeAppend?.(outcome, Number(process.hrtime.bigint() - started) / 1e9);
    try {
      const results = await this.committer.submit({ writes, prepared: prepareAppend(writes, metadata), idempotency });
      observe('appended');
      return results;
    } catch (error) {
      observe(error instanceof IdempotentReplay ? 'replayed' : error instanceof ConcurrencyConflictError ? 'conflict' : 'error');
      throw error;
    }
  }

  /** How many statements the appends took so far, and how many appends went in them. */
  get groupCommits(): GroupCommitCounters {
    return this.committer.counters;
  }

  private async appendGroup(group: readonly PendingAppend[]): Promise<Settled<AppendResult[]>[]> {
    const settled = await appendBatch(this.dataSource, group);
    const lastPosition = Math.max(
      0,
      ...settled.flatMap((one) => (one.ok ? one.value.flatMap((r) => r.events.map((e) => e.position)) : [])),
    );
    if (lastPosition > 0) this.notify(lastPosition);
    return settled;
  }

  /** What an earlier request with this idempotency key recorded, if any. */
  async idempotentOutcome(key: string): Promise<{ requestHash: string; outcome: unknown } | undefined> {
    const [row] = await this.dataSource.query('SELECT request_hash, outcome FROM command_idempotency WHERE key = $1', [key]);
    return row ? { requestHash: row.request_hash, outcome: row.outcome } : undefined;
  }

  /** The events of one stream after a stream version (every event by default), in stream order. */
  async readStream(streamId: string, afterVersion = 0): Promise<StoredEvent[]> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_version > $2 ORDER BY stream_version`,
      [streamId, afterVersion],
    );
    return rows.map(toStoredEvent);
  }

  /** The events of several streams, each after its own stream version, in one query; by stream id, in stream order. */
  async readStreams(reads: readonly { readonly streamId: string; readonly afterVersion: number }[]): Promise<Map<string, StoredEvent[]>> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${eventColumnsOf('e')}
       FROM unnest($1::text[], $2::integer[]) AS r (stream_id, after_version)
       JOIN events e ON e.stream_id = r.stream_id AND e.stream_version > r.after_version
       ORDER BY e.stream_id, e.stream_version`,
      [reads.map((read) => read.streamId), reads.map((read) => read.afterVersion)],
    );
    const byStream = new Map<string, StoredEvent[]>();
    for (const event of rows.map(toStoredEvent)) {
      const events = byStream.get(event.streamId);
      if (events) events.push(event);
      else byStream.set(event.streamId, [event]);
    }
    return byStream;
  }

  /** Events after a global position, in order. */
  async readAll(afterPosition: number, limit: number): Promise<StoredEvent[]> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
      [afterPosition, limit],
    );
    return rows.map(toStoredEvent);
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
