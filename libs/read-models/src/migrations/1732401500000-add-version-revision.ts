import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revisions by the chair or co-facilitators (issue 20): a version may be Rev.N, issued as a
 * whole new text rather than adopted. Null for the registered base text and for adoptions.
 */
export class AddVersionRevision1732401500000 implements MigrationInterface {
  name = 'AddVersionRevision1732401500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE document_versions ADD COLUMN revision jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE document_versions DROP COLUMN revision');
  }
}
