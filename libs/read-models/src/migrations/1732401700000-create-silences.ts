import { MigrationInterface, QueryRunner } from 'typeorm';

/** The silence procedures of each document (issue 20). */
export class CreateSilences1732401700000 implements MigrationInterface {
  name = 'CreateSilences1732401700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE silences (
        document_id    text        NOT NULL,
        silence_id     text        NOT NULL,
        version_number integer     NOT NULL,
        deadline       text        NOT NULL,
        time_zone      text        NOT NULL,
        meeting_id     text,
        adoption       jsonb       NOT NULL,
        state          text        NOT NULL,
        breaks         jsonb       NOT NULL,
        started_at     timestamptz NOT NULL,
        concluded_at   timestamptz,
        position       bigint      NOT NULL,
        PRIMARY KEY (document_id, silence_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE silences');
  }
}
