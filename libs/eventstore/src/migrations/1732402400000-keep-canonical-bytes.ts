import { MigrationInterface, QueryRunner } from 'typeorm';
import { canonicalEvent } from '#libs/audit';
import { AppendInOneStatement1733200000000 } from './1733200000000-append-in-one-statement';
import { AppendInGroups1732402000000 } from './1732402000000-append-in-groups';

const BACKFILL_BATCH = 1000;

/**
 * The event store keeps the canonical form it hashed (docs/audit.md): `canonical` holds its
 * UTF-8 bytes, so that verification hashes what is stored instead of parsing the jsonb and
 * writing the canonical form again. `append_events` and `append_batch` store the bytes they
 * hash. Events recorded before are given the canonical form of their columns as stored (an
 * event changed before this migration still fails to match the hash recorded with it).
 */
export class KeepCanonicalBytes1732402400000 implements MigrationInterface {
  name = 'KeepCanonicalBytes1732402400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE events ADD COLUMN canonical bytea');
    await this.backfill(queryRunner);
    await queryRunner.query('ALTER TABLE events ALTER COLUMN canonical SET NOT NULL');
    await queryRunner.query(APPEND_EVENTS);
    await queryRunner.query(APPEND_BATCH);
  }

  /** The canonical form of the events recorded before, from their columns. */
  private async backfill(queryRunner: QueryRunner): Promise<void> {
    // Filling in the new column is the one change the append-only rule must let through, inside this transaction.
    await queryRunner.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
    await queryRunner.query("SET LOCAL TIME ZONE 'UTC'");
    let after = 0;
    for (;;) {
      const rows: Row[] = await queryRunner.query(
        `SELECT position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at
         FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
        [after, BACKFILL_BATCH],
      );
      if (rows.length === 0) break;
      const canonical = rows.map((row) =>
        canonicalEvent({
          position: Number(row.position),
          eventId: row.event_id,
          streamId: row.stream_id,
          streamVersion: row.stream_version,
          type: row.type,
          schemaVersion: row.schema_version,
          payload: row.payload,
          metadata: row.metadata,
          recordedAt: row.recorded_at.toISOString(),
        }),
      );
      await queryRunner.query(
        `UPDATE events e SET canonical = convert_to(v.canonical, 'UTF8')
         FROM unnest($1::bigint[], $2::text[]) AS v(position, canonical)
         WHERE e.position = v.position`,
        [rows.map((row) => row.position), canonical],
      );
      after = Number(rows[rows.length - 1].position);
    }
    await queryRunner.query('ALTER TABLE events ENABLE TRIGGER events_append_only');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION append_batch');
    await queryRunner.query('DROP FUNCTION append_events');
    await new AppendInOneStatement1733200000000().up(queryRunner);
    await new AppendInGroups1732402000000().up(queryRunner);
    await queryRunner.query('ALTER TABLE events DROP COLUMN canonical');
  }
}

// The functions of AppendInOneStatement and AppendInGroups, each storing the canonical bytes it hashes.
const APPEND_EVENTS = `
      CREATE OR REPLACE FUNCTION append_events(
        p_stream_ids        text[],
        p_expected_versions integer[],
        p_event_writes      integer[],
        p_event_ids         uuid[],
        p_types             text[],
        p_schema_versions   integer[],
        p_payloads          jsonb[],
        p_metadata          jsonb,
        p_recorded_at       timestamptz,
        p_canonical_heads   text[],
        p_canonical_middles text[],
        p_canonical_tails   text[],
        p_idempotency_key   text,
        p_request_hash      text,
        p_outcome           jsonb
      ) RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        previous        record;
        actual          integer;
        versions_before integer[] := '{}';
        versions        integer[];
        head_position   bigint;
        chain           bytea;
        next_position   bigint;
        event_hash      bytea;
        canonical_bytes bytea;
        canonicals      bytea[] := '{}';
        w               integer;
        positions       bigint[] := '{}';
        stream_versions integer[] := '{}';
        hashes          bytea[] := '{}';
        chains          bytea[] := '{}';
      BEGIN
        -- The same lock as every append: positions in commit order, one chain.
        PERFORM pg_advisory_xact_lock(7301334);
        IF p_idempotency_key IS NOT NULL THEN
          SELECT c.request_hash, c.outcome INTO previous FROM command_idempotency c WHERE c.key = p_idempotency_key;
          IF FOUND THEN
            RETURN jsonb_build_object('status', 'replayed', 'requestHash', previous.request_hash, 'outcome', previous.outcome);
          END IF;
        END IF;
        FOR w IN 1 .. coalesce(array_length(p_stream_ids, 1), 0) LOOP
          SELECT coalesce(max(e.stream_version), 0) INTO actual FROM events e WHERE e.stream_id = p_stream_ids[w];
          IF p_expected_versions[w] IS NOT NULL AND p_expected_versions[w] <> actual THEN
            RETURN jsonb_build_object('status', 'conflict', 'streamId', p_stream_ids[w], 'expectedVersion', p_expected_versions[w], 'actualVersion', actual);
          END IF;
          versions_before := versions_before || actual;
        END LOOP;
        SELECT e.position, e.chain_hash INTO head_position, chain FROM events e ORDER BY e.position DESC LIMIT 1;
        head_position := coalesce(head_position, 0);
        chain := coalesce(chain, decode(repeat('00', 32), 'hex'));
        next_position := head_position;
        versions := versions_before;
        FOR i IN 1 .. coalesce(array_length(p_event_ids, 1), 0) LOOP
          w := p_event_writes[i];
          versions[w] := versions[w] + 1;
          next_position := next_position + 1;
          -- RFC 6962 leaf: SHA-256(0x00 || canonical form); chain: SHA-256(previous chain || hash).
          canonical_bytes := convert_to(p_canonical_heads[i] || next_position::text || p_canonical_middles[i] || versions[w]::text || p_canonical_tails[i], 'UTF8');
          event_hash := sha256('\\x00'::bytea || canonical_bytes);
          chain := sha256(chain || event_hash);
          positions := positions || next_position;
          stream_versions := stream_versions || versions[w];
          hashes := hashes || event_hash;
          canonicals := canonicals || canonical_bytes;
          chains := chains || chain;
        END LOOP;
        INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, hash, chain_hash, canonical)
        SELECT u.position, u.event_id, p_stream_ids[u.write], u.stream_version, u.type, u.schema_version, u.payload, p_metadata, p_recorded_at, u.hash, u.chain_hash, u.canonical
        FROM unnest(positions, p_event_ids, p_event_writes, stream_versions, p_types, p_schema_versions, p_payloads, hashes, chains, canonicals)
          AS u (position, event_id, write, stream_version, type, schema_version, payload, hash, chain_hash, canonical);
        INSERT INTO outbox (position) SELECT unnest(positions);
        IF p_idempotency_key IS NOT NULL THEN
          INSERT INTO command_idempotency (key, request_hash, outcome)
          VALUES (p_idempotency_key, p_request_hash, p_outcome || jsonb_build_object(
            'streamVersion', coalesce(versions[1], 0),
            'position', CASE WHEN next_position > head_position THEN next_position ELSE 0 END));
        END IF;
        RETURN jsonb_build_object(
          'status', 'appended',
          'headBefore', head_position,
          'versionsBefore', to_jsonb(versions_before),
          'hashes', to_jsonb(ARRAY(SELECT encode(h, 'hex') FROM unnest(hashes) AS h)),
          'chainHashes', to_jsonb(ARRAY(SELECT encode(c, 'hex') FROM unnest(chains) AS c)));
      END $$`;

const APPEND_BATCH = `
      CREATE OR REPLACE FUNCTION append_batch(
        p_metadata          jsonb[],
        p_recorded_at       timestamptz[],
        p_idempotency_keys  text[],
        p_request_hashes    text[],
        p_outcomes          jsonb[],
        p_write_ends        integer[],
        p_event_ends        integer[],
        p_stream_ids        text[],
        p_expected_versions integer[],
        p_event_writes      integer[],
        p_event_ids         uuid[],
        p_types             text[],
        p_schema_versions   integer[],
        p_payloads          jsonb[],
        p_canonical_heads   text[],
        p_canonical_middles text[],
        p_canonical_tails   text[]
      ) RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        previous        record;
        answers         jsonb := '[]';
        conflict        jsonb;
        touched         jsonb := '{}';
        actual          integer;
        versions_before integer[];
        versions        integer[];
        chain           bytea;
        next_position   bigint;
        head_before     bigint;
        event_hash      bytea;
        canonical_bytes bytea;
        canonicals      bytea[] := '{}';
        first_write     integer;
        first_event     integer;
        w               integer;
        own_hashes      text[];
        own_chains      text[];
        accepted        integer[] := '{}';
        commands        integer[] := '{}';
        positions       bigint[] := '{}';
        stream_versions integer[] := '{}';
        hashes          bytea[] := '{}';
        chains          bytea[] := '{}';
      BEGIN
        -- The same lock as append_events: positions in commit order, one chain.
        PERFORM pg_advisory_xact_lock(7301334);
        SELECT e.position, e.chain_hash INTO next_position, chain FROM events e ORDER BY e.position DESC LIMIT 1;
        next_position := coalesce(next_position, 0);
        chain := coalesce(chain, decode(repeat('00', 32), 'hex'));
        FOR c IN 1 .. coalesce(array_length(p_write_ends, 1), 0) LOOP
          first_write := CASE WHEN c = 1 THEN 1 ELSE p_write_ends[c - 1] + 1 END;
          first_event := CASE WHEN c = 1 THEN 1 ELSE p_event_ends[c - 1] + 1 END;
          IF p_idempotency_keys[c] IS NOT NULL THEN
            SELECT k.request_hash, k.outcome INTO previous FROM command_idempotency k WHERE k.key = p_idempotency_keys[c];
            IF FOUND THEN
              answers := answers || jsonb_build_array(jsonb_build_object('status', 'replayed', 'requestHash', previous.request_hash, 'outcome', previous.outcome));
              CONTINUE;
            END IF;
          END IF;
          conflict := NULL;
          versions_before := '{}';
          FOR i IN first_write .. p_write_ends[c] LOOP
            IF touched ? p_stream_ids[i] THEN
              actual := (touched ->> p_stream_ids[i])::integer;
            ELSE
              SELECT coalesce(max(e.stream_version), 0) INTO actual FROM events e WHERE e.stream_id = p_stream_ids[i];
            END IF;
            IF p_expected_versions[i] IS NOT NULL AND p_expected_versions[i] <> actual THEN
              conflict := jsonb_build_object('status', 'conflict', 'streamId', p_stream_ids[i], 'expectedVersion', p_expected_versions[i], 'actualVersion', actual);
              EXIT;
            END IF;
            versions_before := versions_before || actual;
          END LOOP;
          IF conflict IS NOT NULL THEN
            answers := answers || jsonb_build_array(conflict);
            CONTINUE;
          END IF;
          versions := versions_before;
          head_before := next_position;
          own_hashes := '{}';
          own_chains := '{}';
          FOR i IN first_event .. p_event_ends[c] LOOP
            w := p_event_writes[i] - first_write + 1;
            versions[w] := versions[w] + 1;
            next_position := next_position + 1;
            -- RFC 6962 leaf: SHA-256(0x00 || canonical form); chain: SHA-256(previous chain || hash).
            canonical_bytes := convert_to(p_canonical_heads[i] || next_position::text || p_canonical_middles[i] || versions[w]::text || p_canonical_tails[i], 'UTF8');
            event_hash := sha256('\\x00'::bytea || canonical_bytes);
            chain := sha256(chain || event_hash);
            accepted := accepted || i;
            commands := commands || c;
            positions := positions || next_position;
            stream_versions := stream_versions || versions[w];
            hashes := hashes || event_hash;
          canonicals := canonicals || canonical_bytes;
            chains := chains || chain;
            own_hashes := own_hashes || encode(event_hash, 'hex');
            own_chains := own_chains || encode(chain, 'hex');
          END LOOP;
          FOR i IN first_write .. p_write_ends[c] LOOP
            touched := touched || jsonb_build_object(p_stream_ids[i], versions[i - first_write + 1]);
          END LOOP;
          IF p_idempotency_keys[c] IS NOT NULL THEN
            INSERT INTO command_idempotency (key, request_hash, outcome)
            VALUES (p_idempotency_keys[c], p_request_hashes[c], p_outcomes[c] || jsonb_build_object(
              'streamVersion', coalesce(versions[1], 0),
              'position', CASE WHEN next_position > head_before THEN next_position ELSE 0 END));
          END IF;
          answers := answers || jsonb_build_array(jsonb_build_object(
            'status', 'appended',
            'headBefore', head_before,
            'versionsBefore', to_jsonb(versions_before),
            'hashes', to_jsonb(own_hashes),
            'chainHashes', to_jsonb(own_chains)));
        END LOOP;
        INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, hash, chain_hash, canonical)
        SELECT u.position, p_event_ids[u.i], p_stream_ids[p_event_writes[u.i]], u.stream_version, p_types[u.i], p_schema_versions[u.i],
               p_payloads[u.i], p_metadata[u.c], p_recorded_at[u.c], u.hash, u.chain_hash, u.canonical
        FROM unnest(accepted, commands, positions, stream_versions, hashes, chains, canonicals)
          AS u (i, c, position, stream_version, hash, chain_hash, canonical);
        INSERT INTO outbox (position) SELECT unnest(positions);
        RETURN answers;
      END $$`;

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
