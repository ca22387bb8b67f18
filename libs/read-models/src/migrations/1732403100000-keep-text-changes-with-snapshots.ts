import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The text history keeps each event's change, and the whole working text only in
 * snapshot rows: each version's first row, each correction, and every 16th change of a
 * version (the projector snapshots by size from here on; either way a row's text is its
 * snapshot with the changes since folded on it). Existing rows are moved: the change is
 * the last of the row's applied changes when it is the row's own decision, the corrected
 * decision is the one the row before listed and this row no longer does.
 */
export class KeepTextChangesWithSnapshots1732403100000 implements MigrationInterface {
  name = 'KeepTextChangesWithSnapshots1732403100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE document_text_history
        ADD COLUMN snapshot_position bigint,
        ADD COLUMN change jsonb,
        ADD COLUMN corrects text,
        ALTER COLUMN working DROP NOT NULL`);
    await queryRunner.query(`
      WITH ordered AS (
        SELECT document_id, position, event_type, decision_id, applied,
               lag(applied) OVER (PARTITION BY document_id ORDER BY position) AS applied_before,
               row_number() OVER (PARTITION BY document_id, version_number ORDER BY position) AS nth
          FROM document_text_history),
      moved AS (
        SELECT document_id, position, applied_before,
               CASE WHEN event_type IN ('DocumentRegistered', 'VersionAdopted', 'RevisionIssued') THEN NULL
                    WHEN applied -> -1 ->> 'decisionId' = decision_id THEN applied -> -1 END AS change,
               event_type = 'DecisionCorrected' AS correction,
               nth = 1 OR event_type = 'DecisionCorrected' OR (nth - 1) % 16 = 0 AS snapshot,
               applied
          FROM ordered),
      placed AS (
        SELECT m.*, max(CASE WHEN snapshot THEN position END) OVER (PARTITION BY document_id ORDER BY position) AS snapshot_position
          FROM moved m)
      UPDATE document_text_history h
         SET change = p.change,
             snapshot_position = p.snapshot_position,
             working = CASE WHEN p.snapshot THEN h.working END,
             corrects = CASE WHEN p.correction THEN
               (SELECT before ->> 'decisionId' FROM jsonb_array_elements(p.applied_before) AS before
                 WHERE NOT p.applied @> jsonb_build_array(jsonb_build_object('decisionId', before ->> 'decisionId')) LIMIT 1) END
        FROM placed p
       WHERE h.document_id = p.document_id AND h.position = p.position`);
    await queryRunner.query(`
      ALTER TABLE document_text_history
        ALTER COLUMN snapshot_position SET NOT NULL,
        DROP COLUMN applied`);
  }

  async down(_queryRunner: QueryRunner): Promise<void> {
    // The working text of every row is the fold of its version's rows: only the projector can rebuild it.
    throw new Error('the text history keeps changes, not whole texts: rebuild the document_texts projection to go back');
  }
}
