import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history of each document's working text, one row per event that changed it, so the
 * text as it stood at any position or time is one indexed lookup ("as of").
 */
export class CreateDocumentTextHistory1732400400000 implements MigrationInterface {
  name = 'CreateDocumentTextHistory1732400400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE document_text_history (
        document_id     text        NOT NULL,
        position        bigint      NOT NULL,
        stream_version  integer     NOT NULL,
        recorded_at     timestamptz NOT NULL,
        event_type      text        NOT NULL,
        decision_id     text,
        version_number  integer     NOT NULL,
        version_label   text        NOT NULL,
        working         jsonb       NOT NULL,
        applied         jsonb       NOT NULL,
        PRIMARY KEY (document_id, position)
      )`);
    // "As of a time": the last row of the document recorded at or before it.
    await queryRunner.query('CREATE INDEX document_text_history_by_time ON document_text_history (document_id, recorded_at, position)');
    // "Version n": the row that started it (the registration or the adoption).
    await queryRunner.query(
      'CREATE INDEX document_text_history_by_version ON document_text_history (document_id, version_number, position)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE document_text_history');
  }
}
