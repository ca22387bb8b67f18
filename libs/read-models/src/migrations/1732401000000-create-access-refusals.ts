import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every refused request an auditor should know of: a bearer token refused (401), a role or
 * an object the actor may not act on (403). Written by the gateway, read at
 * GET /api/v1/audit/refusals. Not a projection: nothing rebuilds it, so rows are never
 * changed or deleted, which a trigger enforces as the event store's does.
 */
export class CreateAccessRefusals1732401000000 implements MigrationInterface {
  name = 'CreateAccessRefusals1732401000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE access_refusals (
        id           bigserial   PRIMARY KEY,
        recorded_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id     text,
        roles        text[],
        address      text        NOT NULL,
        method       text        NOT NULL,
        path         text        NOT NULL,
        status       smallint    NOT NULL,
        reason       text        NOT NULL,
        detail       text        NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX access_refusals_of_actor ON access_refusals (actor_id, id)');
    await queryRunner.query(`
      CREATE FUNCTION access_refusals_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_refusals is append-only: % refused', TG_OP;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER access_refusals_append_only BEFORE UPDATE OR DELETE ON access_refusals
        FOR EACH ROW EXECUTE FUNCTION access_refusals_are_kept()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access_refusals');
    await queryRunner.query('DROP FUNCTION access_refusals_are_kept()');
  }
}
