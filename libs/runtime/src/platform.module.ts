import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { InProcessEventBus, createKafka } from '#libs/eventstore';
import { AppConfig, Logger, createDataSource, createLogger } from '#libs/platform';
import { READ_MODEL_ENTITIES } from '#libs/read-models';
import { APP_CONFIG, DATABASE_URL, KAFKA } from './tokens';

/** What every service shares: configuration, the database, the logger, and the transport. */
@Global()
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(config: AppConfig, databaseUrl: string, component: string, bus?: InProcessEventBus): DynamicModule {
    const logger = createLogger(component, config.logLevel);
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: DATABASE_URL, useValue: databaseUrl },
      { provide: 'Logger', useValue: logger },
      {
        provide: DataSource,
        useFactory: () =>
          createDataSource({
            url: databaseUrl,
            entities: READ_MODEL_ENTITIES,
            applicationName: component,
            poolSize: 10,
            logger,
          }).initialize(),
      },
      { provide: InProcessEventBus, useValue: bus ?? new InProcessEventBus() },
      {
        provide: KAFKA,
        useValue: config.kafka ? createKafka(config.kafka.brokers, config.kafka.clientId, logger) : undefined,
      },
    ];
    return { module: PlatformModule, providers, exports: providers.map((p) => p.provide) };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

export const LOGGER = 'Logger';
export type { Logger, Kafka };
