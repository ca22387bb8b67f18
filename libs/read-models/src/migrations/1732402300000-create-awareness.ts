import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Awareness (issue 22): the notification centre and what it needs to address and cite, the
 * comment threads, which notifications each stakeholder has read, and the webhook endpoints
 * with the outbox of their deliveries.
 */
export class CreateAwareness1732402300000 implements MigrationInterface {
  name = 'CreateAwareness1732402300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id               text        PRIMARY KEY,
        recipient_id     text        NOT NULL,
        consultation_id  text        NOT NULL,
        document_id      text,
        kind             text        NOT NULL,
        detail           jsonb       NOT NULL,
        occurred_at      timestamptz NOT NULL,
        position         bigint      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX notifications_of_recipient ON notifications (recipient_id, position DESC)');
    await queryRunner.query(`
      CREATE TABLE notification_consultations (
        consultation_id  text   PRIMARY KEY,
        title            text   NOT NULL,
        phase            text   NOT NULL,
        deadlines        jsonb  NOT NULL,
        followers        text[] NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX notification_consultations_by_follower ON notification_consultations USING gin (followers)');
    await queryRunner.query(`
      CREATE TABLE notification_documents (
        document_id      text    PRIMARY KEY,
        consultation_id  text    NOT NULL,
        symbol           text    NOT NULL,
        version_number   integer NOT NULL,
        text             jsonb   NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_amendments (
        document_id      text    NOT NULL,
        amendment_id     text    NOT NULL,
        version_number   integer NOT NULL,
        operation        jsonb   NOT NULL,
        owners           text[]  NOT NULL,
        language         text,
        undecided        boolean NOT NULL,
        PRIMARY KEY (document_id, amendment_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE comments (
        id               text        PRIMARY KEY,
        consultation_id  text        NOT NULL,
        document_id      text        NOT NULL,
        subject_kind     text        NOT NULL,
        subject_id       text        NOT NULL,
        author_id        text        NOT NULL,
        text             text        NOT NULL,
        language         text        NOT NULL,
        reply_to         text,
        posted_at        timestamptz NOT NULL,
        hidden           jsonb,
        position         bigint      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX comments_of_thread ON comments (document_id, subject_kind, subject_id, position)');
    await queryRunner.query(`
      CREATE TABLE notification_reads (
        recipient_id     text        NOT NULL,
        notification_id  text        NOT NULL,
        read_at          timestamptz NOT NULL,
        PRIMARY KEY (recipient_id, notification_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE webhook_endpoints (
        id               uuid        PRIMARY KEY,
        stakeholder_id   text        NOT NULL,
        url              text        NOT NULL,
        secret           text        NOT NULL,
        created_at       timestamptz NOT NULL,
        queued_up_to     bigint      NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX webhook_endpoints_of_stakeholder ON webhook_endpoints (stakeholder_id)');
    await queryRunner.query(`
      CREATE TABLE webhook_deliveries (
        endpoint_id      uuid        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        notification_id  text        NOT NULL,
        body             text        NOT NULL,
        status           text        NOT NULL,
        attempts         integer     NOT NULL,
        next_attempt_at  timestamptz NOT NULL,
        last_status_code integer,
        last_error       text,
        delivered_at     timestamptz,
        queued_at        timestamptz NOT NULL,
        PRIMARY KEY (endpoint_id, notification_id)
      )`);
    await queryRunner.query("CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE webhook_deliveries');
    await queryRunner.query('DROP TABLE webhook_endpoints');
    await queryRunner.query('DROP TABLE notification_reads');
    await queryRunner.query('DROP TABLE comments');
    await queryRunner.query('DROP TABLE notification_amendments');
    await queryRunner.query('DROP TABLE notification_documents');
    await queryRunner.query('DROP TABLE notification_consultations');
    await queryRunner.query('DROP TABLE notifications');
  }
}
