import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-submitters confirm (issue 16): a contribution shows who of the submitters its cover names
 * has agreed, who is awaited and who declined; the compilation keeps out the amendments of a
 * contribution not yet agreed by all (`awaiting`, `declined`). Existing rows agreed by all:
 * events recorded before confirmations named nobody awaited.
 */
export class AddCoSubmission1732401200000 implements MigrationInterface {
  name = 'AddCoSubmission1732401200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE contributions ADD COLUMN co_submission jsonb');
    await queryRunner.query(
      `ALTER TABLE compilation_contributions ADD COLUMN awaiting text[] NOT NULL DEFAULT '{}', ADD COLUMN declined text[] NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE compilation_contributions DROP COLUMN awaiting, DROP COLUMN declined');
    await queryRunner.query('ALTER TABLE contributions DROP COLUMN co_submission');
  }
}
