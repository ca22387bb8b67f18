import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '#libs/eventstore';
import { Logger } from '#libs/platform';
import { LOGGER, Metrics, sharedReading } from '#libs/runtime';

interface WriteSideReading {
  readonly backlog: number;
  readonly oldestUnpublishedAgeSeconds: number;
  readonly headPosition: number;
  readonly storeBytes: number;
}

/**
 * The write side's gauges, read when /metrics is scraped (one statement, nothing on the
 * command path): the outbox rows the relay has not published yet, and the event store's size.
 */
@Injectable()
export class LedgerMetricsCollector implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Optional() @Inject(Metrics) private readonly metrics?: Metrics,
  ) {}

  onModuleInit(): void {
    if (!this.metrics) return;
    const read = sharedReading(() => this.read());
    const logger = this.logger;
    const gauge = (name: string, help: string, value: (reading: WriteSideReading) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.metrics!.registry],
        async collect() {
          try {
            this.set(value(await read()));
          } catch (error) {
            // A scrape while PostgreSQL is away still gets the process metrics; these say they are unknown.
            this.set(Number.NaN);
            logger.warn('metrics: write side not read', { metric: name, error: error instanceof Error ? error.message : String(error) });
          }
        },
      });
    gauge('ledger_relay_backlog_events', 'Outbox rows the relay has not published yet.', (r) => r.backlog);
    gauge(
      'ledger_relay_oldest_unpublished_age_seconds',
      'Age of the oldest event the relay has not published yet (now minus its recorded_at); 0 when the outbox is empty.',
      (r) => r.oldestUnpublishedAgeSeconds,
    );
    gauge(
      'ledger_event_store_head_position',
      'Global position of the last recorded event; positions are gapless from 1, so also the number of events.',
      (r) => r.headPosition,
    );
    gauge(
      'ledger_event_store_size_bytes',
      'Disk size of the events table with its indexes and TOAST (pg_total_relation_size).',
      (r) => r.storeBytes,
    );
    this.groupCommitGauges();
  }

  /** Group commit: commits of the event store this process made, and the commands' appends they carried. */
  private groupCommitGauges(): void {
    const store = this.store;
    const registers = [this.metrics!.registry];
    new Gauge({
      name: 'ledger_event_store_commits',
      help: 'Statements (one transaction, one commit each) the appends of this process went in, since it started.',
      registers,
      collect() {
        this.set(store.groupCommits.flushes);
      },
    });
    new Gauge({
      name: 'ledger_event_store_committed_appends',
      help: "Commands' appends those statements carried (more than the commits when appends arriving together were committed together).",
      registers,
      collect() {
        this.set(store.groupCommits.items);
      },
    });
  }

  private async read(): Promise<WriteSideReading> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM outbox) AS backlog,
              (SELECT e.recorded_at FROM outbox o JOIN events e ON e.position = o.position ORDER BY o.position LIMIT 1) AS oldest_recorded_at,
              (SELECT coalesce(max(position), 0) FROM events) AS head,
              pg_total_relation_size('events') AS bytes`,
    );
    const oldest: Date | null = row.oldest_recorded_at;
    return {
      backlog: Number(row.backlog),
      oldestUnpublishedAgeSeconds: oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0,
      headPosition: Number(row.head),
      storeBytes: Number(row.bytes),
    };
  }
}
