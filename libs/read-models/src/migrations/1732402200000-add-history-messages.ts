import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each row of the consultation history as a message key and parameters, rendered in the reader's language (issue 22). */
export class AddHistoryMessages1732402200000 implements MigrationInterface {
  name = 'AddHistoryMessages1732402200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Rows written before have none: the history projection's new version rebuilds them all.
    await queryRunner.query('ALTER TABLE consultation_history ADD COLUMN IF NOT EXISTS message jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE consultation_history DROP COLUMN IF EXISTS message');
  }
}
