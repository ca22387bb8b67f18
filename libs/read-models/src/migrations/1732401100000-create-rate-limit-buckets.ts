import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate limits the gateways share (RATE_LIMIT_SHARED): one token bucket per key, an actor
 * (`actor:<id>`) or a client address (`address:<ip>`), taken from by one statement per request
 * (libs/runtime/src/security/shared-rate-limit.ts). UNLOGGED: the buckets are worth no WAL and
 * no replica; after a crash the table is empty, which is every bucket full, as on a first
 * start. `full_at` is when the bucket is full again, from which on the row says nothing an
 * absent row does not: the sweep deletes those.
 */
export class CreateRateLimitBuckets1732401100000 implements MigrationInterface {
  name = 'CreateRateLimitBuckets1732401100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_buckets (
        key          text             PRIMARY KEY,
        tokens       double precision NOT NULL,
        granted      integer          NOT NULL,
        refilled_at  timestamptz      NOT NULL,
        full_at      timestamptz      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX rate_limit_buckets_full_at ON rate_limit_buckets (full_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rate_limit_buckets');
  }
}
