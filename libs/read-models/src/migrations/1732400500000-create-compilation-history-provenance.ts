import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models of the negotiation views: the compilation of proposals, the consultation
 * history and the provenance of each provision. Each projection keeps in its own tables
 * what it needs (stakeholder names, contribution symbols, texts), because a projection
 * never reads another's tables: their checkpoints differ.
 */
export class CreateCompilationHistoryProvenance1732400500000 implements MigrationInterface {
  name = 'CreateCompilationHistoryProvenance1732400500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The compilation of proposals.
    await queryRunner.query(`
      CREATE TABLE compilation_stakeholders (
        id        text PRIMARY KEY,
        name      text NOT NULL,
        category  text NOT NULL,
        region    text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE compilation_contributions (
        id               text PRIMARY KEY,
        consultation_id  text NOT NULL,
        symbol           text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE compilation_versions (
        document_id      text        NOT NULL,
        number           integer     NOT NULL,
        consultation_id  text        NOT NULL,
        symbol           text        NOT NULL,
        label            text        NOT NULL,
        text             jsonb       NOT NULL,
        adopted_meeting  text,
        adopted_date     text,
        decision_id      text,
        recorded_at      timestamptz NOT NULL,
        PRIMARY KEY (document_id, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE compilation_amendments (
        id                   text        PRIMARY KEY,
        document_id          text        NOT NULL,
        version_number       integer     NOT NULL,
        operation            jsonb       NOT NULL,
        placement            jsonb       NOT NULL,
        proposers            text[]      NOT NULL,
        co_sponsors          text[]      NOT NULL,
        on_behalf_of         text,
        contribution_id      text,
        contribution_symbol  text,
        status               text        NOT NULL,
        revision             integer     NOT NULL,
        explanation          text,
        decisions            jsonb       NOT NULL,
        withdrawal           jsonb,
        proposed_at          timestamptz NOT NULL,
        proposed_position    bigint      NOT NULL,
        last_position        bigint      NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX compilation_amendments_of_version ON compilation_amendments (document_id, version_number, proposed_position)',
    );
    await queryRunner.query(
      'CREATE INDEX compilation_amendments_of_contribution ON compilation_amendments (contribution_id) WHERE contribution_id IS NOT NULL',
    );

    // The consultation history: one row per event, filtered by who, which provision, what and when.
    await queryRunner.query(`
      CREATE TABLE consultation_history (
        position         bigint      PRIMARY KEY,
        consultation_id  text        NOT NULL,
        recorded_at      timestamptz NOT NULL,
        kind             text        NOT NULL,
        actor_id         text        NOT NULL,
        actor            jsonb       NOT NULL,
        stakeholders     text[]      NOT NULL,
        provisions       text[]      NOT NULL,
        document_id      text,
        summary          text        NOT NULL,
        details          jsonb       NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX consultation_history_timeline ON consultation_history (consultation_id, position)');
    await queryRunner.query('CREATE INDEX consultation_history_by_kind ON consultation_history (consultation_id, kind, position)');
    await queryRunner.query('CREATE INDEX consultation_history_by_time ON consultation_history (consultation_id, recorded_at)');
    await queryRunner.query('CREATE INDEX consultation_history_by_stakeholder ON consultation_history USING GIN (stakeholders)');
    await queryRunner.query('CREATE INDEX consultation_history_by_provision ON consultation_history USING GIN (provisions)');
    await queryRunner.query(`
      CREATE TABLE history_subjects (
        kind             text   NOT NULL,
        id               text   NOT NULL,
        consultation_id  text,
        document_id      text,
        name             text   NOT NULL,
        stakeholders     text[] NOT NULL,
        provisions       text[] NOT NULL,
        data             jsonb  NOT NULL,
        PRIMARY KEY (kind, id)
      )`);

    // The provenance of each provision.
    await queryRunner.query(`
      CREATE TABLE provenance_stakeholders (
        id        text PRIMARY KEY,
        name      text NOT NULL,
        category  text NOT NULL,
        region    text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE provenance_contributions (
        id            text   PRIMARY KEY,
        symbol        text   NOT NULL,
        submitters    text[] NOT NULL,
        co_sponsors   text[] NOT NULL,
        on_behalf_of  text
      )`);
    await queryRunner.query(`
      CREATE TABLE provenance_documents (
        id               text    PRIMARY KEY,
        consultation_id  text    NOT NULL,
        symbol           text    NOT NULL,
        current_version  integer NOT NULL,
        current_label    text    NOT NULL,
        latest           jsonb   NOT NULL,
        working          jsonb   NOT NULL,
        applied          jsonb   NOT NULL,
        last_position    bigint  NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE provenance_amendments (
        id                   text        PRIMARY KEY,
        document_id          text        NOT NULL,
        version_number       integer     NOT NULL,
        operation            jsonb       NOT NULL,
        proposers            text[]      NOT NULL,
        co_sponsors          text[]      NOT NULL,
        on_behalf_of         text,
        contribution_id      text,
        contribution_symbol  text,
        status               text        NOT NULL,
        revision             integer     NOT NULL,
        explanation          text,
        decisions            jsonb       NOT NULL,
        withdrawal           jsonb,
        proposed_at          timestamptz NOT NULL,
        proposed_position    bigint      NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE provenance_records (
        document_id   text        NOT NULL,
        provision_id  text        NOT NULL,
        position      bigint      NOT NULL,
        kind          text        NOT NULL,
        amendment_id  text,
        decision_id   text,
        recorded_at   timestamptz NOT NULL,
        record        jsonb       NOT NULL,
        PRIMARY KEY (document_id, provision_id, position)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'provenance_records',
      'provenance_amendments',
      'provenance_documents',
      'provenance_contributions',
      'provenance_stakeholders',
      'history_subjects',
      'consultation_history',
      'compilation_amendments',
      'compilation_versions',
      'compilation_contributions',
      'compilation_stakeholders',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
