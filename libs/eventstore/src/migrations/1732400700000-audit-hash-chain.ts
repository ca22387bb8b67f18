import { MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_CHAIN_HASH, chainHash, eventHash } from '#libs/audit';

const BACKFILL_BATCH = 1000;

/**
 * The audit's hash chain: each event's hash (of its canonical form) and the chain hash up to
 * it, recorded beside it; and the table of signed checkpoints. Events recorded before this
 * migration are hashed here, in position order, their recorded_at as the API always gave it
 * (to the millisecond); from now on the application sets recorded_at itself, so the hash
 * covers exactly the value stored.
 */
export class AuditHashChain1732400700000 implements MigrationInterface {
  name = 'AuditHashChain1732400700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE events ADD COLUMN hash bytea, ADD COLUMN chain_hash bytea');
    await this.backfill(queryRunner);
    await queryRunner.query(`
      ALTER TABLE events
        ALTER COLUMN hash SET NOT NULL,
        ALTER COLUMN chain_hash SET NOT NULL,
        ALTER COLUMN recorded_at DROP DEFAULT,
        ADD CONSTRAINT events_hash_is_sha256 CHECK (octet_length(hash) = 32 AND octet_length(chain_hash) = 32)`);

    await queryRunner.query(`
      CREATE TABLE audit_checkpoints (
        id          bigserial   PRIMARY KEY,
        tree_size   bigint      NOT NULL UNIQUE CHECK (tree_size >= 1),
        root_hash   bytea       NOT NULL CHECK (octet_length(root_hash) = 32),
        chain_hash  bytea       NOT NULL CHECK (octet_length(chain_hash) = 32),
        signed_at   timestamptz NOT NULL,
        key_id      text        NOT NULL,
        signature   bytea       NOT NULL,
        -- Not signed: the roots of the complete subtrees at tree_size, for the writer to resume from (checked against root_hash).
        frontier    bytea       NOT NULL
      )`);
    // Checkpoints are a record too: never edited or removed.
    await queryRunner.query(`
      CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_checkpoints
      FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change()`);
  }

  /** Hashes the events recorded before the chain existed, in position order. */
  private async backfill(queryRunner: QueryRunner): Promise<void> {
    // Filling in the new columns is the one change the append-only rule must let through, inside this transaction.
    await queryRunner.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
    let chain: Buffer = GENESIS_CHAIN_HASH;
    let after = 0;
    for (;;) {
      const rows: Row[] = await queryRunner.query(
        `SELECT position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at
         FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
        [after, BACKFILL_BATCH],
      );
      if (rows.length === 0) break;
      const positions: string[] = [];
      const hashes: Buffer[] = [];
      const chains: Buffer[] = [];
      for (const row of rows) {
        const hash = eventHash({
          position: Number(row.position),
          eventId: row.event_id,
          streamId: row.stream_id,
          streamVersion: row.stream_version,
          type: row.type,
          schemaVersion: row.schema_version,
          payload: row.payload,
          metadata: row.metadata,
          recordedAt: row.recorded_at.toISOString(),
        });
        chain = chainHash(chain, hash);
        positions.push(row.position);
        hashes.push(hash);
        chains.push(chain);
      }
      await queryRunner.query(
        `UPDATE events e SET hash = v.hash, chain_hash = v.chain_hash
         FROM unnest($1::bigint[], $2::bytea[], $3::bytea[]) AS v(position, hash, chain_hash)
         WHERE e.position = v.position`,
        [positions, hashes, chains],
      );
      after = Number(rows[rows.length - 1].position);
    }
    await queryRunner.query('ALTER TABLE events ENABLE TRIGGER events_append_only');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_checkpoints');
    await queryRunner.query(`
      ALTER TABLE events
        DROP CONSTRAINT events_hash_is_sha256,
        DROP COLUMN hash,
        DROP COLUMN chain_hash,
        ALTER COLUMN recorded_at SET DEFAULT clock_timestamp()`);
  }
}

interface Row {
  position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  payload: unknown;
  metadata: unknown;
  recorded_at: Date;
}
