import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCommandIdempotency1732400200000 implements MigrationInterface {
  name = 'CreateCommandIdempotency1732400200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE command_idempotency (
        key           text        PRIMARY KEY,
        request_hash  text        NOT NULL,
        outcome       jsonb       NOT NULL,
        recorded_at   timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE command_idempotency');
  }
}
