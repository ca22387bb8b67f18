import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Logger } from '#libs/platform';
import { ProjectionRunner } from '../projection-runner';
import { DEFAULT_REBUILD_OPTIONS, KafkaHistory, ProjectionRebuilder, RebuildOptions } from './projection-rebuilder';
import { RebuildCoordinator, RebuildCoordinatorOptions } from './rebuild-coordinator';
import { RebuildRequests } from './rebuild-requests';
import { sharedTables } from './scratch-tables';

export * from './projection-rebuilder';
export * from './rebuild-coordinator';
export * from './rebuild-requests';
export * from './scratch-tables';

export interface RebuildSettings {
  /** The full mode's events topic: rebuilds read it from offset 0. Without it they read the store (the embedded default). */
  readonly kafka?: { readonly client: Kafka; readonly topic: string; readonly groupId: string; readonly maxBytesPerPartition?: number };
  readonly rebuild?: Partial<RebuildOptions>;
  readonly coordinator?: Partial<RebuildCoordinatorOptions>;
}

export const DEFAULT_COORDINATOR_OPTIONS: RebuildCoordinatorOptions = { pollIntervalMs: 1000, retryDelayMs: 30_000 };

/** The rebuild machinery for a runner's projections: what the projector service starts beside the live subscription. */
export function createRebuildCoordinator(
  dataSource: DataSource,
  runner: ProjectionRunner,
  logger: Logger,
  settings: RebuildSettings = {},
): RebuildCoordinator {
  const shared = sharedTables(runner.projections);
  if (shared.size > 0) {
    const list = [...shared].map(([table, names]) => `${table} (${names.join(', ')})`).join('; ');
    throw new Error(`each table belongs to one projection, or rebuilding one would lose the other's rows: ${list}`);
  }
  const kafka = settings.kafka;
  const rebuilder = new ProjectionRebuilder(dataSource, logger, { ...DEFAULT_REBUILD_OPTIONS, ...settings.rebuild });
  return new RebuildCoordinator(
    dataSource,
    runner,
    rebuilder,
    () => (kafka ? new KafkaHistory(kafka.client, kafka.topic, kafka.groupId, kafka.maxBytesPerPartition) : undefined),
    new RebuildRequests(dataSource),
    logger,
    { ...DEFAULT_COORDINATOR_OPTIONS, ...settings.coordinator },
  );
}
