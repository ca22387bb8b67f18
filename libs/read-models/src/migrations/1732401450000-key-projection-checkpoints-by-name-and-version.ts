import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A projection's checkpoint is keyed by its name and version, in two columns, instead of one
 * `name@vN` string that every reader had to parse. The rows kept are carried over; a key of
 * another shape was never written by a projector and no reader took it for a checkpoint, so
 * it goes.
 */
export class KeyProjectionCheckpointsByNameAndVersion1732401450000 implements MigrationInterface {
  name = 'KeyProjectionCheckpointsByNameAndVersion1732401450000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE projection_checkpoints ADD COLUMN name text, ADD COLUMN version integer');
    await queryRunner.query(
      `UPDATE projection_checkpoints SET name = substring(projection FROM '^(.+)@v\\d+$'), version = substring(projection FROM '@v(\\d+)$')::integer`,
    );
    await queryRunner.query('DELETE FROM projection_checkpoints WHERE name IS NULL OR version IS NULL');
    await queryRunner.query(
      `ALTER TABLE projection_checkpoints DROP COLUMN projection, ALTER COLUMN name SET NOT NULL, ALTER COLUMN version SET NOT NULL,
         ADD CONSTRAINT projection_checkpoints_pkey PRIMARY KEY (name, version)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE projection_checkpoints ADD COLUMN projection text');
    await queryRunner.query(`UPDATE projection_checkpoints SET projection = name || '@v' || version`);
    await queryRunner.query(
      `ALTER TABLE projection_checkpoints DROP COLUMN name, DROP COLUMN version, ALTER COLUMN projection SET NOT NULL,
         ADD CONSTRAINT projection_checkpoints_pkey PRIMARY KEY (projection)`,
    );
  }
}
