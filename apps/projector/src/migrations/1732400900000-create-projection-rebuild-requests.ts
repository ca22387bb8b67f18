import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rebuilds of projections, asked for through the API or started by the projector when a
 * projection's version changed: the queue the projector polls, and each rebuild's progress.
 */
export class CreateProjectionRebuildRequests1732400900000 implements MigrationInterface {
  name = 'CreateProjectionRebuildRequests1732400900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_rebuild_requests (
        id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        projection       text        NOT NULL,
        reason           text        NOT NULL CHECK (reason IN ('requested', 'version-changed', 'new-projection')),
        requested_by     text,
        requested_at     timestamptz NOT NULL DEFAULT now(),
        status           text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
        version          integer,
        started_at       timestamptz,
        position         bigint      NOT NULL DEFAULT 0,
        target_position  bigint,
        finished_at      timestamptz,
        error            text
      )`);
    await queryRunner.query(
      `CREATE INDEX projection_rebuild_requests_open ON projection_rebuild_requests (projection, id) WHERE status IN ('pending', 'running')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE projection_rebuild_requests');
  }
}
