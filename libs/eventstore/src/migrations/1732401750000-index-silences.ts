import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexSilences1732401750000 implements MigrationInterface {
  name = 'IndexSilences1732401750000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The ledger's clock finds the silences still open, and their deadlines, among these events only.
    await queryRunner.query(
      `CREATE INDEX events_silences ON events (stream_id, (payload->>'silenceId'))
       WHERE type IN ('SilenceStarted', 'SilenceExtended', 'SilenceConcluded')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX events_silences');
  }
}
