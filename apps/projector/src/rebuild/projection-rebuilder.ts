import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { StoredEvent } from '#libs/contracts';
import { PostgresEventStore, ReplayVerdict, replayEventsTopic } from '#libs/eventstore';
import { Logger } from '#libs/platform';
import { Projection } from '../projection';
import { PROJECTOR_APPLY_LOCK_KEY, applyToProjection, eventsAfter, headPosition, versionLabel } from '../projection-runner';
import {
  ScratchTables,
  createScratchTables,
  dropScratchSchema,
  finishScratchTables,
  quoteIdent,
  scratchSchemaName,
  swapInScratchTables,
} from './scratch-tables';

/** Where a rebuild reads the history from before it catches up from the store. */
export interface HistorySource {
  readonly description: string;
  /** Hands the history over in position order (an event may come twice) until `handler` says stop or there is no more. */
  replay(handler: (events: StoredEvent[]) => Promise<ReplayVerdict>, chunkSize: number, signal: AbortSignal): Promise<void>;
}

/** The events topic from offset 0, through a consumer group of the rebuild's own. */
export class KafkaHistory implements HistorySource {
  readonly description: string;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly groupIdPrefix: string,
    /** Bytes per fetch; the default suits a rebuild, a test may make fetches small to cross many. */
    private readonly maxBytesPerPartition?: number,
  ) {
    this.description = `kafka topic ${topic} from offset 0`;
  }

  async replay(handler: (events: StoredEvent[]) => Promise<ReplayVerdict>, chunkSize: number, signal: AbortSignal): Promise<void> {
    const groupId = `${this.groupIdPrefix}.rebuild.${Date.now()}.${randomBytes(3).toString('hex')}`;
    await replayEventsTopic(
      this.kafka,
      { topic: this.topic, groupId, chunkSize, signal, maxBytesPerPartition: this.maxBytesPerPartition },
      handler,
    );
  }
}

/** The history is not gapless: a rebuild from it would silently miss events. */
export class HistoryGapError extends Error {
  constructor(
    readonly expectedPosition: number,
    readonly foundPosition: number,
  ) {
    super(`the history jumps from position ${expectedPosition - 1} to ${foundPosition}: the source does not hold every event`);
  }
}

/** The events after `position`, checked to follow it without a gap (positions are gapless in the store). */
export function contiguousAfter(events: readonly StoredEvent[], position: number): StoredEvent[] {
  const fresh = eventsAfter(events, position);
  let expected = position + 1;
  for (const event of fresh) {
    if (event.position !== expected) throw new HistoryGapError(expected, event.position);
    expected++;
  }
  return fresh;
}

export interface RebuildOptions {
  /** Events per transaction on the scratch tables; the replay of Kafka hands over to the store within this many of the head. */
  readonly batchSize: number;
  /**
   * How close to the head the rebuild comes, without the lock, before it takes the apply
   * lock: what remains is applied while no live batch runs, so it must be little.
   */
  readonly swapWithinEvents: number;
  /** How long the swap waits for readers of the old tables before it lets go and tries again. */
  readonly swapLockTimeoutMs: number;
  readonly swapAttempts: number;
  /** Projections applying a batch at the same time, each on a connection of the pool the live side shares. */
  readonly concurrency: number;
}

export const DEFAULT_REBUILD_OPTIONS: RebuildOptions = {
  batchSize: 5000,
  swapWithinEvents: 100,
  swapLockTimeoutMs: 5000,
  swapAttempts: 5,
  concurrency: 3,
};

// Rounds of catching up from the store that may leave the gap to the head no smaller before the rebuild takes the lock anyway.
const ROUNDS_WITHOUT_GAINING = 3;

export interface RebuildProgress {
  /** The last position applied to the scratch tables. */
  readonly position: number;
  /** The head of the store when last looked at. */
  readonly head: number;
  readonly events: number;
}

export interface RebuildHooks {
  readonly signal?: AbortSignal;
  /** After each batch applied to the scratch tables; awaited. */
  onProgress?(progress: RebuildProgress): Promise<void> | void;
  /** In the swap's transaction, once the new tables are in place at `position`. */
  inSwap?(manager: EntityManager, position: number): Promise<void>;
}

export interface RebuildOutcome {
  readonly position: number;
  /** Events applied, counted once each however many projections were rebuilt. */
  readonly events: number;
  readonly durationMs: number;
}

interface Target {
  readonly projection: Projection;
  readonly schema: string;
  scratch: ScratchTables;
}

/**
 * Rebuilds projections beside the ones that serve: each new version fills a scratch schema
 * of its own from the whole history, in large batches, with the projection's own code (its
 * writes are redirected there by the search path, as TypeORM and the projections name
 * tables without a schema); then, under the projector's apply lock so that no live batch
 * runs, it catches up to the head of the store and swaps the new tables in and moves the
 * checkpoint in one transaction.
 */
export class ProjectionRebuilder {
  private readonly store: PostgresEventStore;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly options: RebuildOptions = DEFAULT_REBUILD_OPTIONS,
  ) {
    this.store = new PostgresEventStore(dataSource);
  }

  async rebuild(projections: readonly Projection[], source: HistorySource | undefined, hooks: RebuildHooks = {}): Promise<RebuildOutcome> {
    const started = performance.now();
    const signal = hooks.signal ?? new AbortController().signal;
    const targets: Target[] = projections.map((projection) => ({
      projection,
      schema: scratchSchemaName(projection),
      scratch: { unlogged: false, deferredIndexes: [] },
    }));
    const names = projections.map(versionLabel);
    let position = 0;
    let events = 0;

    const applyChunk = async (chunk: readonly StoredEvent[], head: number): Promise<void> => {
      const fresh = contiguousAfter(chunk, position);
      if (fresh.length === 0) return;
      // One transaction per projection, a few side by side: their round trips to PostgreSQL overlap.
      await inParallel(targets, this.options.concurrency, (target) => this.applyToScratch(target, fresh));
      position = fresh[fresh.length - 1].position;
      events += fresh.length;
      await hooks.onProgress?.({ position, head: Math.max(head, position), events });
    };
    const closeToHead = (head: number) => head - position <= this.options.batchSize;

    // The consumer joins its group while the scratch tables are made; the first chunk waits for them.
    const scratchReady = inParallel(targets, this.options.concurrency, async (target) => {
      target.scratch = await this.dataSource.transaction((manager) => createScratchTables(manager, target.projection, target.schema));
    });
    // A failure is reported where the rebuild waits for the tables, not as an unhandled rejection meanwhile.
    scratchReady.catch(() => undefined);
    try {
      this.logger.info('rebuilding projections', { projections: names, from: source?.description ?? 'the event store' });

      if (source) {
        await source.replay(
          async (chunk) => {
            throwIfAborted(signal);
            await scratchReady;
            const head = await headPosition(this.dataSource.manager);
            await applyChunk(chunk, head);
            return closeToHead(head) ? 'stop' : 'continue';
          },
          this.options.batchSize,
          signal,
        );
      }

      // The rest from the store, without the lock, until the head is close; while events keep
      // coming faster than the rebuild applies them, it stops trying after a few rounds.
      const catchUpFromStore = async (): Promise<void> => {
        let next = this.store.readAll(position, this.options.batchSize);
        let gap = Infinity;
        for (let idle = 0; idle < ROUNDS_WITHOUT_GAINING;) {
          throwIfAborted(signal);
          const [chunk, head] = await Promise.all([next, headPosition(this.dataSource.manager)]);
          if (chunk.length === 0 || head - position <= this.options.swapWithinEvents) break;
          idle = head - position < gap ? 0 : idle + 1;
          gap = Math.min(gap, head - position);
          next = this.store.readAll(chunk[chunk.length - 1].position, this.options.batchSize);
          await applyChunk(chunk, head);
        }
        await next.catch(() => undefined);
      };
      await scratchReady;
      await catchUpFromStore();
      await inParallel(targets, this.options.concurrency, (target) => this.finishScratch(target));
      // Making the tables logged rewrites them: what was recorded meanwhile is applied before the lock too.
      await catchUpFromStore();
      throwIfAborted(signal);
      const swapped = await this.swap(targets, position, hooks);
      events += swapped.position - position;
      const durationMs = performance.now() - started;
      this.logger.info('rebuilt projections and swapped them in', {
        projections: names,
        position: swapped.position,
        events,
        durationMs: Math.round(durationMs),
        eventsPerSecond: Math.round((events * 1000) / Math.max(durationMs, 1)),
      });
      return { position: swapped.position, events, durationMs };
    } catch (error) {
      // Or a scratch schema made after the drop below would stay behind.
      await scratchReady.catch(() => undefined);
      for (const target of targets) await dropScratchSchema(this.dataSource.manager, target.schema).catch(() => undefined);
      throw error;
    }
  }

  private applyToScratch(target: Target, events: readonly StoredEvent[]): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      // Nothing reads the scratch tables before the swap, and a crash starts the rebuild again.
      await manager.query(`SET LOCAL search_path TO ${quoteIdent(target.schema)}, public; SET LOCAL synchronous_commit TO off`);
      await applyToProjection(target.projection, events, manager);
    });
  }

  private finishScratch(target: Target): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      // As while they fill: a crash before the swap starts the rebuild again, and the swap's durable commit flushes the WAL before it.
      await manager.query('SET LOCAL synchronous_commit TO off');
      await finishScratchTables(manager, target.projection, target.schema, target.scratch);
    });
  }

  /**
   * Under the apply lock: applies what the store holds beyond `position`, puts the new tables
   * in place of the old, and sets each checkpoint to where the new tables stand. Retried when
   * readers hold the old tables longer than the lock timeout (they queue behind the swap meanwhile).
   */
  private async swap(targets: readonly Target[], position: number, hooks: RebuildHooks): Promise<{ position: number }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          await manager.query('SELECT pg_advisory_xact_lock($1)', [PROJECTOR_APPLY_LOCK_KEY]);
          const head = await headPosition(manager);
          let at = position;
          while (at < head) {
            const fresh = contiguousAfter(
              (await this.store.readAll(at, Math.min(this.options.batchSize, head - at))).filter((event) => event.position <= head),
              at,
            );
            if (fresh.length === 0) throw new HistoryGapError(at + 1, head);
            for (const target of targets) {
              await manager.query(`SET LOCAL search_path TO ${quoteIdent(target.schema)}, public`);
              await applyToProjection(target.projection, fresh, manager);
            }
            at = fresh[fresh.length - 1].position;
          }
          if (at > head)
            throw new Error(`the rebuild read up to position ${at}, beyond the head of the store (${head}): the topic is not this store's`);
          await manager.query('SET LOCAL search_path TO DEFAULT');
          await manager.query(`SET LOCAL lock_timeout TO ${Math.max(1, Math.floor(this.options.swapLockTimeoutMs))}`);
          for (const target of targets) {
            await swapInScratchTables(manager, target.projection, target.schema);
            // The rows of any other version are gone with the old tables, and so is the meaning of their checkpoints.
            await manager.query('DELETE FROM public.projection_checkpoints WHERE name = $1', [target.projection.name]);
            await manager.query(
              'INSERT INTO public.projection_checkpoints (name, version, position, updated_at) VALUES ($1, $2, $3, now())',
              [target.projection.name, target.projection.version, at],
            );
          }
          await hooks.inSwap?.(manager, at);
          return { position: at };
        });
      } catch (error) {
        const failure = error as { driverError?: { code?: string }; code?: string };
        const lockTimeout = (failure.driverError?.code ?? failure.code) === '55P03';
        if (!lockTimeout || attempt >= this.options.swapAttempts) throw error;
        this.logger.warn('readers held the old tables past the lock timeout; trying the swap again', { attempt });
      }
    }
  }
}

/** Runs `work` on every item, at most `limit` at a time; waits for all, then throws the first failure. */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item).catch((error: unknown) => void failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failures.length > 0) throw failures[0];
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new RebuildAbortedError();
}

export class RebuildAbortedError extends Error {
  constructor() {
    super('rebuild aborted');
  }
}
