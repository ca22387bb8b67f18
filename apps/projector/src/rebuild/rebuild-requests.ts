import { DataSource, EntityManager } from 'typeorm';

/** Why a projection is rebuilt: someone asked, its version changed, or it is new to a database with history. */
export type RebuildReason = 'requested' | 'version-changed' | 'new-projection';

export interface OpenRebuildRequest {
  readonly id: number;
  readonly projection: string;
  readonly status: 'pending' | 'running';
}

/** The queue of rebuilds in `projection_rebuild_requests`, and the progress of the one that runs. */
export class RebuildRequests {
  constructor(private readonly dataSource: DataSource) {}

  /** Queues a rebuild; answers the request's id. */
  async request(projection: string, reason: RebuildReason, requestedBy?: string): Promise<number> {
    const [row] = await this.dataSource.query(
      'INSERT INTO projection_rebuild_requests (projection, reason, requested_by) VALUES ($1, $2, $3) RETURNING id',
      [projection, reason, requestedBy ?? null],
    );
    return Number(row.id);
  }

  /** Queues a rebuild unless one is already waiting or running for the projection. */
  async ensureOpen(projection: string, reason: RebuildReason): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO projection_rebuild_requests (projection, reason)
       SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM projection_rebuild_requests WHERE projection = $1 AND status IN ('pending', 'running'))`,
      [projection, reason],
    );
  }

  async open(): Promise<OpenRebuildRequest[]> {
    const rows = await this.dataSource.query(
      `SELECT id, projection, status FROM projection_rebuild_requests WHERE status IN ('pending', 'running') ORDER BY id`,
    );
    return rows.map((row: { id: string; projection: string; status: 'pending' | 'running' }) => ({ ...row, id: Number(row.id) }));
  }

  /** Marks every open request of these projections as running at these versions; answers their ids. */
  async claim(projections: readonly { name: string; version: number }[]): Promise<number[]> {
    const rows = await this.dataSource.query(
      `UPDATE projection_rebuild_requests r
          SET status = 'running', version = v.version, started_at = now(), position = 0, target_position = NULL, error = NULL
         FROM unnest($1::text[], $2::int[]) AS v(projection, version)
        WHERE r.projection = v.projection AND r.status IN ('pending', 'running')
        RETURNING r.id`,
      [projections.map((p) => p.name), projections.map((p) => p.version)],
    );
    return (rows[0] as { id: string }[]).map((row) => Number(row.id));
  }

  async progress(ids: readonly number[], position: number, targetPosition: number): Promise<void> {
    await this.dataSource.query('UPDATE projection_rebuild_requests SET position = $2, target_position = $3 WHERE id = ANY($1::bigint[])', [
      ids,
      position,
      targetPosition,
    ]);
  }

  /** In the swap's transaction: the requests are done exactly when the new tables serve. */
  async done(manager: EntityManager, ids: readonly number[], position: number): Promise<void> {
    await manager.query(
      `UPDATE public.projection_rebuild_requests SET status = 'done', position = $2, target_position = $2, finished_at = now() WHERE id = ANY($1::bigint[])`,
      [ids, position],
    );
  }

  async fail(ids: readonly number[], error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE projection_rebuild_requests SET status = 'failed', error = $2, finished_at = now() WHERE id = ANY($1::bigint[])`,
      [ids, error],
    );
  }

  /** Requests for projections this projector does not have fail at once rather than wait forever. */
  async failUnknown(projections: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE projection_rebuild_requests SET status = 'failed', error = 'the projector has no projection of this name', finished_at = now()
        WHERE projection = ANY($1::text[]) AND status IN ('pending', 'running')`,
      [projections],
    );
  }
}
