import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexAmendmentProposals1732400250000 implements MigrationInterface {
  name = 'IndexAmendmentProposals1732400250000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Commands on an amendment name only the amendment; the write side finds its document here.
    await queryRunner.query(
      `CREATE INDEX events_amendment_proposed ON events ((payload->>'amendmentId')) WHERE type = 'AmendmentProposed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX events_amendment_proposed');
  }
}
