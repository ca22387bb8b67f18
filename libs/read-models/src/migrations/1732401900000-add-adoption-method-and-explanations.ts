import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adoption by consensus or by recorded vote (issue 20): a version keeps how it was adopted
 * (null for the base text, revisions and adoptions recorded before methods were kept), and
 * the explanations of position or vote given on a document get their table.
 */
export class AddAdoptionMethodAndExplanations1732401900000 implements MigrationInterface {
  name = 'AddAdoptionMethodAndExplanations1732401900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE document_versions ADD COLUMN adoption_method jsonb');
    await queryRunner.query(`CREATE TABLE explanations (
      explanation_id text PRIMARY KEY,
      document_id text NOT NULL,
      stakeholder_id text NOT NULL,
      kind text NOT NULL,
      timing text NOT NULL,
      text text NOT NULL,
      version_number integer NOT NULL,
      meeting text,
      meeting_id text,
      date text,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL,
      position bigint NOT NULL
    )`);
    await queryRunner.query('CREATE INDEX explanations_document_idx ON explanations (document_id, position)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE explanations');
    await queryRunner.query('ALTER TABLE document_versions DROP COLUMN adoption_method');
  }
}
