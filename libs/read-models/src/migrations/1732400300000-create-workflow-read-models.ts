import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models of the consultation workflow: the consultation's phase, chairs and
 * participants, the stakeholder registry, documents with their versions and working text,
 * amendments, contributions with their revisions, and the chair's decisions.
 *
 * Ids other than the consultation's are text: stakeholders are named ("egypt") and the
 * write side does not constrain the others, so a lookup by any string answers "not found".
 */
export class CreateWorkflowReadModels1732400300000 implements MigrationInterface {
  name = 'CreateWorkflowReadModels1732400300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The consultations projection moves to version 2 and rebuilds these rows from the log.
    await queryRunner.query(`
      ALTER TABLE consultations
        ADD COLUMN phase         text    NOT NULL DEFAULT 'drafting',
        ADD COLUMN chairs        text[]  NOT NULL DEFAULT '{}',
        ADD COLUMN deadlines     jsonb   NOT NULL DEFAULT '{}',
        ADD COLUMN restricted    boolean NOT NULL DEFAULT false,
        ADD COLUMN participants  text[]  NOT NULL DEFAULT '{}'`);

    await queryRunner.query(`
      CREATE TABLE stakeholders (
        id             text        PRIMARY KEY,
        name           text        NOT NULL,
        category       text        NOT NULL,
        region         text        NOT NULL,
        member_ids     text[]      NOT NULL,
        registered_at  timestamptz NOT NULL,
        last_position  bigint      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX stakeholders_by_name ON stakeholders (name, id)');

    await queryRunner.query(`
      CREATE TABLE documents (
        id               text        PRIMARY KEY,
        consultation_id  text        NOT NULL,
        symbol           text        NOT NULL,
        title            text        NOT NULL,
        language         text        NOT NULL,
        style            text        NOT NULL,
        current_version  integer     NOT NULL,
        current_label    text        NOT NULL,
        working          jsonb       NOT NULL,
        applied          jsonb       NOT NULL,
        source           jsonb       NOT NULL,
        registered_at    timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        last_position    bigint      NOT NULL,
        stream_version   integer     NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX documents_of_consultation ON documents (consultation_id, registered_at, id)');

    await queryRunner.query(`
      CREATE TABLE document_versions (
        document_id      text        NOT NULL,
        number           integer     NOT NULL,
        label            text        NOT NULL,
        text             jsonb       NOT NULL,
        adopted_meeting  text,
        adopted_date     text,
        decision_id      text,
        recorded_at      timestamptz NOT NULL,
        PRIMARY KEY (document_id, number)
      )`);

    await queryRunner.query(`
      CREATE TABLE amendments (
        id                 text        PRIMARY KEY,
        document_id        text        NOT NULL,
        version_number     integer     NOT NULL,
        operation          jsonb       NOT NULL,
        proposers          text[]      NOT NULL,
        co_sponsors        text[]      NOT NULL,
        on_behalf_of       text,
        contribution_id    text,
        status             text        NOT NULL,
        revision           integer     NOT NULL,
        explanation        text,
        decision_id        text,
        ruling             jsonb,
        proposed_at        timestamptz NOT NULL,
        proposed_position  bigint      NOT NULL,
        updated_at         timestamptz NOT NULL,
        last_position      bigint      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX amendments_of_document ON amendments (document_id, proposed_position)');
    await queryRunner.query('CREATE INDEX amendments_of_contribution ON amendments (contribution_id) WHERE contribution_id IS NOT NULL');

    await queryRunner.query(`
      CREATE TABLE contributions (
        id               text        PRIMARY KEY,
        consultation_id  text        NOT NULL,
        symbol           text        NOT NULL,
        title            text        NOT NULL,
        revision         integer     NOT NULL,
        status           text        NOT NULL,
        cover            jsonb       NOT NULL,
        substance        jsonb       NOT NULL,
        withdrawal       jsonb,
        submitted_at     timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        last_position    bigint      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX contributions_of_consultation ON contributions (consultation_id, submitted_at, id)');

    await queryRunner.query(`
      CREATE TABLE contribution_revisions (
        contribution_id  text        NOT NULL,
        revision         integer     NOT NULL,
        cover            jsonb       NOT NULL,
        substance        jsonb       NOT NULL,
        recorded_at      timestamptz NOT NULL,
        PRIMARY KEY (contribution_id, revision)
      )`);

    await queryRunner.query(`
      CREATE TABLE decisions (
        id               text        PRIMARY KEY,
        document_id      text        NOT NULL,
        consultation_id  text        NOT NULL,
        kind             text        NOT NULL,
        amendment_ids    text[]      NOT NULL,
        payload          jsonb       NOT NULL,
        meeting          text,
        date             text,
        decided_by       text        NOT NULL,
        corrected_by     text,
        recorded_at      timestamptz NOT NULL,
        position         bigint      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX decisions_of_document ON decisions (document_id, position)');
    await queryRunner.query('CREATE INDEX decisions_of_consultation ON decisions (consultation_id, position)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'decisions',
      'contribution_revisions',
      'contributions',
      'amendments',
      'document_versions',
      'documents',
      'stakeholders',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`
      ALTER TABLE consultations
        DROP COLUMN phase, DROP COLUMN chairs, DROP COLUMN deadlines, DROP COLUMN restricted, DROP COLUMN participants`);
  }
}
