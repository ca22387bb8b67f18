import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventPublisher, InProcessEventBus, KafkaEventPublisher, OutboxRelay, PostgresEventStore } from '#libs/eventstore';
import { AppConfig, Logger, createLogger } from '#libs/platform';
import { APP_CONFIG, KAFKA } from '#libs/runtime';

/** Runs the outbox relay for the life of the write side, publishing to Kafka or in process. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private relay?: OutboxRelay;
  private publisher?: EventPublisher;
  private readonly logger: Logger;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Inject(InProcessEventBus) private readonly bus: InProcessEventBus,
    @Inject(KAFKA) private readonly kafka: Kafka | undefined,
  ) {
    this.logger = createLogger('outbox-relay', config.logLevel);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.publisher = this.kafka ? await KafkaEventPublisher.connect(this.kafka, this.config.kafka!.eventsTopic) : this.bus;
    this.relay = new OutboxRelay(
      this.dataSource,
      this.store,
      this.publisher,
      {
        batchSize: this.config.relayBatchSize,
        pollIntervalMs: this.config.relayPollIntervalMs,
        pauseAfterPublishMs: this.config.faults.relayPauseAfterPublishMs,
      },
      this.logger,
    );
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    if (this.publisher !== this.bus) await this.publisher?.close();
  }
}
