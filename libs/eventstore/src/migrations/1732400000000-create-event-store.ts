import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEventStore1732400000000 implements MigrationInterface {
  name = 'CreateEventStore1732400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE events (
        position        bigint      PRIMARY KEY,
        event_id        uuid        NOT NULL UNIQUE,
        stream_id       text        NOT NULL,
        stream_version  integer     NOT NULL CHECK (stream_version >= 1),
        type            text        NOT NULL,
        schema_version  integer     NOT NULL CHECK (schema_version >= 1),
        payload         jsonb       NOT NULL,
        metadata        jsonb       NOT NULL,
        recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
      )`);
    // The record is append-only: nothing is edited or deleted, ever.
    await queryRunner.query(`
      CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the event store is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON events
      FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change()`);
    await queryRunner.query(`
      CREATE TABLE outbox (
        position bigint PRIMARY KEY REFERENCES events (position)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE outbox');
    await queryRunner.query('DROP TABLE events');
    await queryRunner.query('DROP FUNCTION events_refuse_change');
  }
}
