import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, QueryRunner } from 'typeorm';
import { Logger } from '#libs/platform';
import { EventRow, eventColumnsOf, toStoredEvent } from './event-rows';
import { EventPublisher } from './event-transport';
import { PostgresEventStore } from './postgres-event-store';

export interface OutboxRelayOptions {
  readonly batchSize: number;
  readonly pollIntervalMs: number;
  /** Fault suite only: a window between publishing and marking in which to kill the relay. */
  readonly pauseAfterPublishMs: number;
}

// Only one relay publishes at a time, so the topic receives events in position order.
const RELAY_LEADER_LOCK_KEY = 7_301_335;

/**
 * Publishes the outbox in position order, then marks what it published. Killed between the
 * two, it publishes the same events again on restart: at least once, and consumers dedupe.
 */
export class OutboxRelay {
  private running = false;
  private leaderConnection?: QueryRunner;
  private wake?: () => void;
  private loop?: Promise<void>;
  private unsubscribe?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PostgresEventStore,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.running = true;
    this.unsubscribe = this.store.onAppend(() => this.wake?.());
    this.loop = this.run().catch((error) => {
      this.logger.error('outbox relay stopped on an error', { error: String(error) });
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wake?.();
    await this.loop;
    if (this.leaderConnection && !this.leaderConnection.isReleased) {
      await this.leaderConnection.query('SELECT pg_advisory_unlock($1)', [RELAY_LEADER_LOCK_KEY]).catch(() => undefined);
      await this.leaderConnection.release();
    }
  }

  /** Publishes everything the outbox holds now; returns how many events it published. */
  async drain(): Promise<number> {
    let published = 0;
    for (;;) {
      const rows: EventRow[] = await this.dataSource.query(
        `SELECT ${eventColumnsOf('e')}
         FROM outbox o JOIN events e ON e.position = o.position
         ORDER BY o.position LIMIT $1`,
        [this.options.batchSize],
      );
      if (rows.length === 0) return published;
      const events = rows.map(toStoredEvent);
      await this.publisher.publish(events);
      if (this.options.pauseAfterPublishMs > 0) {
        this.logger.warn('fault injection: published, pausing before marking', {
          fromPosition: events[0].position,
          toPosition: events[events.length - 1].position,
        });
        await sleep(this.options.pauseAfterPublishMs);
      }
      await this.dataSource.query('DELETE FROM outbox WHERE position = ANY($1::bigint[])', [events.map((e) => e.position)]);
      published += events.length;
      // A short batch was the whole outbox: what this process appends meanwhile wakes the relay again.
      if (rows.length < this.options.batchSize) return published;
    }
  }

  private async run(): Promise<void> {
    await this.becomeLeader();
    this.logger.info('outbox relay is the leader and publishing');
    while (this.running) {
      const woken = new Promise<void>((resolve) => (this.wake = resolve));
      try {
        await this.drain();
      } catch (error) {
        this.logger.error('outbox relay could not publish; retrying', { error: String(error) });
        await sleep(this.options.pollIntervalMs);
      }
      await Promise.race([woken, sleep(this.options.pollIntervalMs)]);
    }
  }

  private async becomeLeader(): Promise<void> {
    this.leaderConnection = this.dataSource.createQueryRunner();
    await this.leaderConnection.connect();
    while (this.running) {
      const [{ locked }] = await this.leaderConnection.query('SELECT pg_try_advisory_lock($1) AS locked', [RELAY_LEADER_LOCK_KEY]);
      if (locked) return;
      await sleep(this.options.pollIntervalMs);
    }
  }
}
