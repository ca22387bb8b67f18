import { MigrationInterface, QueryRunner } from 'typeorm';

/** Language versions of each document, their texts per version, and translation tasks; the words of each version for search (issue 21). */
export class CreateLanguageVersions1732402100000 implements MigrationInterface {
  name = 'CreateLanguageVersions1732402100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE language_versions (
        document_id        text        NOT NULL,
        language           text        NOT NULL,
        original           boolean     NOT NULL,
        text               jsonb,
        aligned_to_version integer,
        added_at           timestamptz NOT NULL,
        position           bigint      NOT NULL,
        PRIMARY KEY (document_id, language)
      )`);
    await queryRunner.query(`
      CREATE TABLE language_version_snapshots (
        document_id    text        NOT NULL,
        version_number integer     NOT NULL,
        language       text        NOT NULL,
        kind           text        NOT NULL,
        decision_id    text        NOT NULL,
        text           jsonb       NOT NULL,
        provisional    boolean     NOT NULL,
        awaiting       text[]      NOT NULL,
        recorded_at    timestamptz NOT NULL,
        aligned_at     timestamptz,
        position       bigint      NOT NULL,
        PRIMARY KEY (document_id, version_number, language)
      )`);
    await queryRunner.query(`
      CREATE TABLE translation_tasks (
        document_id     text        NOT NULL,
        task_id         text        NOT NULL,
        language        text        NOT NULL,
        provision_id    text        NOT NULL,
        reason          text        NOT NULL,
        original_before text,
        original_after  text        NOT NULL,
        current_wording text,
        decision_id     text,
        status          text        NOT NULL,
        opened_at       timestamptz NOT NULL,
        closed_at       timestamptz,
        wording         text,
        translator_id   text,
        position        bigint      NOT NULL,
        PRIMARY KEY (document_id, task_id)
      )`);
    // The search projection indexes each language version's provisions: it keeps their words beside the working text.
    await queryRunner.query(`ALTER TABLE search_documents ADD COLUMN languages jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await queryRunner.query(
      `CREATE INDEX translation_tasks_open ON translation_tasks (document_id, language, position) WHERE status = 'open'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE search_documents DROP COLUMN languages');
    await queryRunner.query('DROP TABLE translation_tasks');
    await queryRunner.query('DROP TABLE language_version_snapshots');
    await queryRunner.query('DROP TABLE language_versions');
  }
}
