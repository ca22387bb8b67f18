import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stakeholder inputs (issue 20): the written inputs of non-state stakeholders on a version
 * or on given provisions, as published; listed by document and found by provision.
 */
export class CreateStakeholderInputs1732401800000 implements MigrationInterface {
  name = 'CreateStakeholderInputs1732401800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stakeholder_inputs (
        id               text        PRIMARY KEY,
        consultation_id  text        NOT NULL,
        document_id      text        NOT NULL,
        version_number   integer     NOT NULL,
        provision_ids    text[]      NOT NULL,
        stakeholder_id   text        NOT NULL,
        title            text        NOT NULL,
        text             text        NOT NULL,
        language         text        NOT NULL,
        submitted_at     timestamptz NOT NULL,
        withdrawal       jsonb,
        last_position    bigint      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX stakeholder_inputs_of_document ON stakeholder_inputs (document_id, last_position)');
    await queryRunner.query('CREATE INDEX stakeholder_inputs_by_provision ON stakeholder_inputs USING gin (provision_ids)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE stakeholder_inputs');
  }
}
