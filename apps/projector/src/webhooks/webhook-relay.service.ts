import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, createLogger } from '#libs/platform';
import { APP_CONFIG, DEFAULT_WEBHOOK_RETRY_POLICY, WebhookRelay } from '#libs/runtime';

/** How often the relay looks for new notifications and due deliveries. */
const WEBHOOK_POLL_INTERVAL_MS = 2_000;
/** How long a receiver has to answer one POST. */
const WEBHOOK_TIMEOUT_MS = 10_000;
const WEBHOOK_BATCH_SIZE = 50;

/**
 * Runs the webhook relay beside the projections that feed it: the notification projection
 * writes what each stakeholder is told, the relay queues and delivers it to its endpoints.
 */
@Injectable()
export class WebhookRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private relay?: WebhookRelay;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.relay = new WebhookRelay(
      this.dataSource,
      {
        batchSize: WEBHOOK_BATCH_SIZE,
        pollIntervalMs: WEBHOOK_POLL_INTERVAL_MS,
        timeoutMs: WEBHOOK_TIMEOUT_MS,
        retry: DEFAULT_WEBHOOK_RETRY_POLICY,
      },
      createLogger('webhook-relay', this.config.logLevel),
    );
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}
