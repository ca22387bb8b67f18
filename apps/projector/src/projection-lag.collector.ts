import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { Logger } from '#libs/platform';
import { LOGGER, Metrics, sharedReading } from '#libs/runtime';
import { ProjectionLag, projectionLags } from './projection-lag';
import { ProjectorService } from './projector.service';

/** Each projection's lag behind the event store, read when /metrics is scraped (one statement). */
@Injectable()
export class ProjectionLagCollector implements OnModuleInit {
  private storeFound = false;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ProjectorService) private readonly projector: ProjectorService,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() @Inject(Metrics) private readonly metrics?: Metrics,
  ) {}

  onModuleInit(): void {
    if (!this.metrics) return;
    const read = sharedReading(() => this.read());
    const logger = this.logger;
    const gauge = (name: string, help: string, value: (lag: ProjectionLag) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['projection'] as const,
        registers: [this.metrics!.registry],
        async collect() {
          this.reset();
          try {
            for (const lag of await read()) this.set({ projection: lag.projection }, value(lag));
          } catch (error) {
            logger.warn('metrics: projection lag not read', {
              metric: name,
              error: error instanceof Error ? error.message : String(error),
            });
          }
        },
      });
    gauge(
      'ledger_projection_lag_events',
      'Events recorded in the store that the projection has not applied yet (head position minus its checkpoint).',
      (lag) => lag.eventsBehind,
    );
    gauge(
      'ledger_projection_lag_seconds',
      'Age of the oldest event the projection has not applied yet; 0 when caught up.',
      (lag) => lag.secondsBehind,
    );
    gauge('ledger_projection_checkpoint_position', 'The last global position the projection applied.', (lag) => lag.checkpointPosition);
  }

  private async read(): Promise<ProjectionLag[]> {
    // A read side on a database of its own has no events table to measure against.
    if (!this.storeFound) {
      const [{ exists }] = await this.dataSource.query(`SELECT to_regclass('events') IS NOT NULL AS exists`);
      if (!exists) return [];
      this.storeFound = true;
    }
    // One statement, one snapshot: a checkpoint read after the head could stand beyond it.
    const [{ head, first_recorded_at, checkpoints }]: [
      {
        head: string;
        first_recorded_at: Date | null;
        checkpoints: { name: string; version: number; position: number; next_recorded_at: string | null }[];
      },
    ] = await this.dataSource.query(
      `SELECT (SELECT coalesce(max(position), 0) FROM events) AS head,
              (SELECT recorded_at FROM events WHERE position = 1) AS first_recorded_at,
              (SELECT coalesce(json_agg(json_build_object('name', c.name, 'version', c.version, 'position', c.position, 'next_recorded_at', e.recorded_at)), '[]')
                 FROM projection_checkpoints c LEFT JOIN events e ON e.position = c.position + 1) AS checkpoints`,
    );
    return projectionLags(
      this.projector.runner.projections.map((projection) => projection.name),
      checkpoints.map((row) => ({
        name: row.name,
        version: row.version,
        position: Number(row.position),
        nextRecordedAt: row.next_recorded_at === null ? null : new Date(row.next_recorded_at),
      })),
      { position: Number(head), firstRecordedAt: first_recorded_at },
      Date.now(),
    );
  }
}
