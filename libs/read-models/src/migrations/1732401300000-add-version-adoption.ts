import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adoption sets what adoption sets (issue 17): a version records the number, symbol, title,
 * adoption line and place its adoption gave. Null for the registered base text and for
 * adoptions recorded before they were kept.
 */
export class AddVersionAdoption1732401300000 implements MigrationInterface {
  name = 'AddVersionAdoption1732401300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE document_versions ADD COLUMN adopted_number text, ADD COLUMN adopted_symbol text, ADD COLUMN adopted_title text, ADD COLUMN adoption_line text, ADD COLUMN adopted_place text',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE document_versions DROP COLUMN adopted_number, DROP COLUMN adopted_symbol, DROP COLUMN adopted_title, DROP COLUMN adoption_line, DROP COLUMN adopted_place',
    );
  }
}
