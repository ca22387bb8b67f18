import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConsultationReadModels1732400100000 implements MigrationInterface {
  name = 'CreateConsultationReadModels1732400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_checkpoints (
        projection  text        PRIMARY KEY,
        position    bigint      NOT NULL DEFAULT 0,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE consultations (
        id                 uuid        PRIMARY KEY,
        title              text        NOT NULL,
        body               text        NOT NULL,
        subject            text        NOT NULL,
        original_language  text        NOT NULL,
        registered_at      timestamptz NOT NULL,
        registered_by      text        NOT NULL,
        event_count        integer     NOT NULL,
        last_position      bigint      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX consultations_registered_at ON consultations (registered_at DESC, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE consultations');
    await queryRunner.query('DROP TABLE projection_checkpoints');
  }
}
