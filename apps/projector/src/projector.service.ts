import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventSubscription, InProcessEventBus, KafkaEventSubscription, PostgresEventStore, StoreFollowingSubscription } from '#libs/eventstore';
import { AppConfig, createLogger } from '#libs/platform';
import { APP_CONFIG, KAFKA } from '#libs/runtime';
import { ProjectionRunner } from './projection-runner';
import { ConsultationsProjection } from './projections/consultations.projection';
import { ContributionsProjection } from './projections/contributions.projection';
import { DocumentsProjection } from './projections/documents.projection';
import { StakeholdersProjection } from './projections/stakeholders.projection';

/** Feeds the projections from Kafka in the full mode, from the store in the embedded default. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private subscription?: EventSubscription;
  readonly runner: ProjectionRunner;
  private readonly logger;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(InProcessEventBus) private readonly bus: InProcessEventBus,
    @Inject(KAFKA) private readonly kafka: Kafka | undefined,
  ) {
    this.logger = createLogger('projector', config.logLevel);
    this.runner = new ProjectionRunner(dataSource, [new ConsultationsProjection(), new StakeholdersProjection(), new DocumentsProjection(), new ContributionsProjection()], this.logger, config.faults.projectorPauseMidBatchMs);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = this.kafka
      ? new KafkaEventSubscription(
          this.kafka,
          { topic: this.config.kafka!.eventsTopic, groupId: this.config.kafka!.projectorGroupId },
          this.logger,
        )
      : new StoreFollowingSubscription(
          new PostgresEventStore(this.dataSource),
          this.bus,
          () => this.runner.resumePosition(),
          { batchSize: this.config.projectorBatchSize, pollIntervalMs: this.config.relayPollIntervalMs },
          this.logger,
        );
    await this.subscription.start((events) => this.runner.applyBatch(events));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }
}
