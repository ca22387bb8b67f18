import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  EventSubscription,
  InProcessEventBus,
  KafkaEventSubscription,
  PostgresEventStore,
  StoreFollowingSubscription,
} from '#libs/eventstore';
import { AppConfig, createLogger } from '#libs/platform';
import { APP_CONFIG, KAFKA } from '#libs/runtime';
import { ProjectionRunner } from './projection-runner';
import { RebuildCoordinator, createRebuildCoordinator } from './rebuild';
import { CompilationProjection } from './projections/compilation.projection';
import { ConsultationsProjection } from './projections/consultations.projection';
import { ContributionsProjection } from './projections/contributions.projection';
import { DocumentTextsProjection } from './projections/document-texts.projection';
import { DocumentsProjection } from './projections/documents.projection';
import { HistoryProjection } from './projections/history.projection';
import { ProvenanceProjection } from './projections/provenance.projection';
import { SilencesProjection } from './projections/silences.projection';
import { StakeholdersProjection } from './projections/stakeholders.projection';
import { ParticipationProjection } from './projections/participation.projection';
import { SearchProjection } from './projections/search.projection';
import { ExplanationsProjection } from './projections/explanations.projection';
import { MeetingsProjection } from './projections/meetings.projection';
import { StateOfPlayProjection } from './projections/state-of-play.projection';
import { StakeholderInputsProjection } from './projections/stakeholder-inputs.projection';
import { LanguageVersionsProjection } from './projections/language-versions.projection';

/**
 * Feeds the projections from Kafka in the full mode, from the store in the embedded default,
 * and rebuilds beside them the projections whose version changed or that someone asked for.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private subscription?: EventSubscription;
  readonly runner: ProjectionRunner;
  readonly rebuilds: RebuildCoordinator;
  private readonly logger;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(InProcessEventBus) private readonly bus: InProcessEventBus,
    @Inject(KAFKA) private readonly kafka: Kafka | undefined,
  ) {
    this.logger = createLogger('projector', config.logLevel);
    this.runner = new ProjectionRunner(
      dataSource,
      [
        new ConsultationsProjection(),
        new StakeholdersProjection(),
        new DocumentsProjection(),
        new ContributionsProjection(),
        new DocumentTextsProjection(),
        new ParticipationProjection(),
        new SearchProjection(),
        new CompilationProjection(),
        new HistoryProjection(),
        new ProvenanceProjection(),
        new ExplanationsProjection(),
        new MeetingsProjection(),
        new StateOfPlayProjection(),
        new SilencesProjection(),
        new StakeholderInputsProjection(),
        new LanguageVersionsProjection(),
      ],
      this.logger,
      config.faults.projectorPauseMidBatchMs,
    );
    this.rebuilds = createRebuildCoordinator(dataSource, this.runner, this.logger, {
      kafka: kafka && { client: kafka, topic: config.kafka!.eventsTopic, groupId: config.kafka!.projectorGroupId },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Before any live batch: a projection to rebuild must not get a checkpoint at 0 over its old rows.
    await this.rebuilds.prepare();
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
    this.rebuilds.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.rebuilds.stop();
    await this.subscription?.stop();
  }
}
