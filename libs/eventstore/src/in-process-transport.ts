import { setTimeout as sleep } from 'node:timers/promises';
import { StoredEvent } from '#libs/contracts';
import { Logger } from '#libs/platform';
import { BatchHandler, EventPublisher, EventSubscription } from './event-transport';
import { PostgresEventStore } from './postgres-event-store';

/** The embedded default's stand-in for Kafka: publishing wakes the subscribers of this process. */
export class InProcessEventBus implements EventPublisher {
  private readonly listeners = new Set<() => void>();

  async publish(events: readonly StoredEvent[]): Promise<void> {
    if (events.length > 0) for (const listener of this.listeners) listener();
  }

  onPublish(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}

/**
 * Reads the store of record in position order from a starting point, then follows it as
 * the bus announces new events. After a crash it resumes from the consumer's checkpoint,
 * the way a Kafka consumer resumes from its committed offset.
 */
export class StoreFollowingSubscription implements EventSubscription {
  private running = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  private unsubscribe?: () => void;

  constructor(
    private readonly store: PostgresEventStore,
    private readonly bus: InProcessEventBus,
    private readonly startAfter: () => Promise<number>,
    private readonly options: { batchSize: number; pollIntervalMs: number },
    private readonly logger: Logger,
  ) {}

  async start(handler: BatchHandler): Promise<void> {
    this.running = true;
    this.unsubscribe = this.bus.onPublish(() => this.wake?.());
    let position = await this.startAfter();
    this.loop = (async () => {
      while (this.running) {
        const woken = new Promise<void>((resolve) => (this.wake = resolve));
        try {
          const events = await this.store.readAll(position, this.options.batchSize);
          if (events.length > 0) {
            await handler(events);
            position = events[events.length - 1].position;
            continue;
          }
        } catch (error) {
          this.logger.error('in-process subscription could not apply a batch; retrying', { error: String(error) });
        }
        await Promise.race([woken, sleep(this.options.pollIntervalMs)]);
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wake?.();
    await this.loop;
  }
}
