import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: the meetings of each consultation with the provisions read at them, and the
 * state of play of each document (each provision's latest status, and the rounds).
 */
export class CreateMeetingsStateOfPlay1732401600000 implements MigrationInterface {
  name = 'CreateMeetingsStateOfPlay1732401600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE meetings (
        consultation_id uuid NOT NULL,
        meeting_id text NOT NULL,
        kind text NOT NULL,
        number integer,
        name text NOT NULL,
        date text NOT NULL,
        place text,
        session text,
        readings jsonb NOT NULL DEFAULT '[]',
        registered_at timestamptz NOT NULL,
        last_position bigint NOT NULL,
        PRIMARY KEY (consultation_id, meeting_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE state_of_play_provisions (
        document_id uuid NOT NULL,
        provision_id text NOT NULL,
        status text NOT NULL,
        previous_status text NOT NULL,
        round integer NOT NULL,
        version_number integer NOT NULL,
        note text,
        PRIMARY KEY (document_id, provision_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE state_of_play_rounds (
        document_id uuid NOT NULL,
        round integer NOT NULL,
        decision_id text NOT NULL,
        version_number integer NOT NULL,
        meeting_id text,
        meeting text,
        date text,
        statuses jsonb NOT NULL,
        recorded_at timestamptz NOT NULL,
        position bigint NOT NULL,
        PRIMARY KEY (document_id, round)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE state_of_play_rounds');
    await queryRunner.query('DROP TABLE state_of_play_provisions');
    await queryRunner.query('DROP TABLE meetings');
  }
}
