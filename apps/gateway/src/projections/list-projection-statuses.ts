import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { CheckpointFact, HeadFact, ProjectionStatusView, RebuildFact, projectionStatuses } from './projection-status';

/** How far each projection stands behind the event store, and its rebuild if one is queued or running. */
export class ListProjectionStatuses extends Query<ProjectionStatusView[]> {}

@QueryHandler(ListProjectionStatuses)
export class ListProjectionStatusesHandler implements IQueryHandler<ListProjectionStatuses> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute(): Promise<ProjectionStatusView[]> {
    // One snapshot, so a checkpoint that moves between two reads cannot stand beyond the head.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const checkpoints: { name: string; version: number; position: string; updated_at: Date; recorded_at: Date | null }[] =
        await manager.query(
          `SELECT c.name, c.version, c.position, c.updated_at, e.recorded_at
           FROM projection_checkpoints c LEFT JOIN events e ON e.position = greatest(c.position, 1)`,
        );
      const rebuilds: Record<string, unknown>[] = await manager.query(
        `(SELECT * FROM projection_rebuild_requests WHERE status IN ('pending', 'running'))
         UNION ALL
         (SELECT DISTINCT ON (projection) * FROM projection_rebuild_requests WHERE status IN ('done', 'failed') ORDER BY projection, id DESC)`,
      );
      const [head] = await manager.query(
        `SELECT position, recorded_at, (SELECT recorded_at FROM events ORDER BY position LIMIT 1) AS first_recorded_at
           FROM events ORDER BY position DESC LIMIT 1`,
      );
      // The clock that stamped the rebuilds' start, for their rate and estimated end.
      const [{ now }]: { now: Date }[] = await manager.query('SELECT clock_timestamp() AS now');
      return projectionStatuses(
        checkpoints.map((row): CheckpointFact => ({
          name: row.name,
          version: row.version,
          position: Number(row.position),
          updatedAt: row.updated_at,
          recordedAt: row.recorded_at,
        })),
        rebuilds.map((row): RebuildFact => ({
          id: Number(row.id),
          projection: row.projection as string,
          reason: row.reason as string,
          status: row.status as RebuildFact['status'],
          version: row.version as number | null,
          position: Number(row.position),
          targetPosition: row.target_position === null ? null : Number(row.target_position),
          requestedAt: row.requested_at as Date,
          startedAt: row.started_at as Date | null,
          finishedAt: row.finished_at as Date | null,
          error: row.error as string | null,
        })),
        head
          ? { position: Number(head.position), recordedAt: head.recorded_at, firstRecordedAt: head.first_recorded_at }
          : ({ position: 0, recordedAt: null, firstRecordedAt: null } satisfies HeadFact),
        now,
      );
    });
  }
}
