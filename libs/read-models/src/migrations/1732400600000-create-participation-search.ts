import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The participation and search read models. Each projection keeps what it needs in its own
 * tables (its copy of the registry, of which consultation a document belongs to, of each
 * document's working text), so neither reads rows another projection writes.
 *
 * Search matches with LIKE on the search key. Where pg_trgm can be installed (it is a
 * trusted extension: the database owner may create it), a trigram GIN index serves those
 * LIKE '%...%' patterns; where it cannot, the same queries run without it.
 */
export class CreateParticipationSearch1732400600000 implements MigrationInterface {
  name = 'CreateParticipationSearch1732400600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE participation_stakeholders (
        id          text    PRIMARY KEY,
        name        text    NOT NULL,
        category    text    NOT NULL,
        region      text    NOT NULL,
        member_ids  text[]  NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE participation_consultations (
        id     text PRIMARY KEY,
        title  text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE participation_documents (
        document_id      text PRIMARY KEY,
        consultation_id  text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE participation_facts (
        subject_kind     text        NOT NULL,
        subject_id       text        NOT NULL,
        stakeholder_id   text        NOT NULL,
        role             text        NOT NULL,
        consultation_id  text        NOT NULL,
        document_id      text,
        category         text,
        region           text,
        status           text        NOT NULL,
        recorded_at      timestamptz NOT NULL,
        position         bigint      NOT NULL,
        PRIMARY KEY (subject_kind, subject_id, stakeholder_id, role)
      )`);
    await queryRunner.query('CREATE INDEX participation_facts_of_consultation ON participation_facts (consultation_id)');
    await queryRunner.query('CREATE INDEX participation_facts_of_stakeholder ON participation_facts (stakeholder_id)');

    await queryRunner.query(`
      CREATE TABLE search_documents (
        document_id      text    PRIMARY KEY,
        consultation_id  text    NOT NULL,
        symbol           text    NOT NULL,
        current_version  integer NOT NULL,
        current_label    text    NOT NULL,
        latest_version   jsonb   NOT NULL,
        working          jsonb   NOT NULL,
        applied          jsonb   NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE search_entries (
        entry_key        text        PRIMARY KEY,
        kind             text        NOT NULL,
        id               text        NOT NULL,
        document_id      text,
        consultation_id  text        NOT NULL,
        language         text        NOT NULL,
        label            text        NOT NULL,
        title            text        NOT NULL,
        text             text        NOT NULL,
        search_text      text        NOT NULL,
        in_working       boolean,
        version_numbers  integer[],
        status           text,
        position         bigint      NOT NULL,
        recorded_at      timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX search_entries_of_consultation ON search_entries (consultation_id, kind)');
    await queryRunner.query('CREATE INDEX search_entries_of_document ON search_entries (document_id) WHERE document_id IS NOT NULL');

    // Optional: a failure here (no extension on the server, no privilege to create it) is
    // rolled back to the savepoint and the migration goes on without the index.
    await queryRunner.query('SAVEPOINT search_trigrams');
    try {
      await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await queryRunner.query('CREATE INDEX search_entries_trigrams ON search_entries USING gin (search_text gin_trgm_ops)');
      await queryRunner.query('RELEASE SAVEPOINT search_trigrams');
    } catch {
      await queryRunner.query('ROLLBACK TO SAVEPOINT search_trigrams');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // pg_trgm stays: other schemas of the database may use it.
    for (const table of [
      'search_entries',
      'search_documents',
      'participation_facts',
      'participation_documents',
      'participation_consultations',
      'participation_stakeholders',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
