import { Kafka } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { RecordedEvent } from '#libs/contracts';
import {
  EventSubscription,
  InProcessEventBus,
  KafkaEventSubscription,
  PostgresEventStore,
  StoreFollowingSubscription,
} from '#libs/eventstore';
import { createLogger } from '#libs/platform';
import { Projection } from '../../apps/projector/src/projection';
import { ProjectionRunner } from '../../apps/projector/src/projection-runner';
import { DEFAULT_REBUILD_OPTIONS, RebuildCoordinator, RebuildOptions, createRebuildCoordinator } from '../../apps/projector/src/rebuild';

/*
 * A projector as the projection-rebuild spec runs it: live from Kafka or the store, with
 * rebuilds beside it in small batches, logging what it does where the spec can read it.
 */

export const logger = createLogger('projection-rebuild-test', 'error');
/** What the projectors under test logged at info level and above. */
export const projectorLog: { message: string; [field: string]: unknown }[] = [];
const projectorLogger = createLogger('projector-under-test', 'info', (line) => projectorLog.push(JSON.parse(line)));
export const REBUILD_BATCH_SIZE = 40;
export const SMALL_FETCH_BYTES = 16 * 1024;
/** Small batches, so a rebuild crosses several: from Kafka, then from the store, then under the lock. */
export const REBUILD_OPTIONS: RebuildOptions = { ...DEFAULT_REBUILD_OPTIONS, batchSize: REBUILD_BATCH_SIZE, swapWithinEvents: 10 };

/** The same projection under the next version: what a change of its code looks like to the projector. */
export function nextVersion(projection: Projection, extra?: (event: RecordedEvent, manager: EntityManager) => Promise<void>): Projection {
  return {
    name: projection.name,
    version: projection.version + 1,
    tables: projection.tables,
    handles: projection.handles,
    apply: async (events, manager) => {
      await projection.apply(events, manager);
      for (const event of events) await extra?.(event, manager);
    },
  };
}

/** A projector as the service runs it: live from Kafka (or the store), rebuilds beside it. */
export class TestProjector {
  private constructor(
    readonly runner: ProjectionRunner,
    readonly rebuilds: RebuildCoordinator,
    private readonly subscription: EventSubscription,
  ) {}

  static async start(
    dataSource: DataSource,
    projections: readonly Projection[],
    transport: { kafka: Kafka; topic: string; groupId: string } | { store: PostgresEventStore },
    options: { rebuildInBackground: boolean },
  ): Promise<TestProjector> {
    const runner = new ProjectionRunner(dataSource, projections, projectorLogger);
    const rebuilds = createRebuildCoordinator(dataSource, runner, projectorLogger, {
      // Small fetches: the replay crosses many of them, as it does over a long history.
      kafka:
        'kafka' in transport
          ? { client: transport.kafka, topic: transport.topic, groupId: transport.groupId, maxBytesPerPartition: SMALL_FETCH_BYTES }
          : undefined,
      rebuild: REBUILD_OPTIONS,
      coordinator: { pollIntervalMs: 100, retryDelayMs: 1000 },
    });
    await rebuilds.prepare();
    const subscription =
      'kafka' in transport
        ? new KafkaEventSubscription(transport.kafka, { topic: transport.topic, groupId: transport.groupId }, logger)
        : new StoreFollowingSubscription(
            transport.store,
            new InProcessEventBus(),
            () => runner.resumePosition(),
            { batchSize: 25, pollIntervalMs: 50 },
            logger,
          );
    await subscription.start((events) => runner.applyBatch(events));
    if (options.rebuildInBackground) rebuilds.start();
    return new TestProjector(runner, rebuilds, subscription);
  }

  async stop(): Promise<void> {
    await this.rebuilds.stop();
    await this.subscription.stop();
  }
}
