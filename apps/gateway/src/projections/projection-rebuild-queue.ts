import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Queues rebuilds for the projector, which polls `projection_rebuild_requests`. */
@Injectable()
export class ProjectionRebuildQueue {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Whether the read side has ever kept or been asked to build a projection of this name. */
  async knows(name: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM projection_checkpoints WHERE name = $1)
           OR EXISTS (SELECT 1 FROM projection_rebuild_requests WHERE projection = $1) AS known`,
      [name],
    );
    return row.known;
  }

  async request(name: string, requestedBy: string): Promise<{ id: number; requestedAt: Date }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO projection_rebuild_requests (projection, reason, requested_by) VALUES ($1, 'requested', $2) RETURNING id, requested_at`,
      [name, requestedBy],
    );
    return { id: Number(row.id), requestedAt: row.requested_at };
  }
}
