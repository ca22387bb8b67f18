import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group commit: `append_batch` appends the writes of several commands in one statement, one
 * transaction and one commit, each command keeping its own outcome. It does for each command,
 * in the order given, what `append_events` does for one (see AppendInOneStatement), under the
 * same append lock:
 * - an idempotency key recorded before (also by an earlier command of the same batch) answers
 *   `replayed`, and the command writes nothing;
 * - a stream not at the expected version answers `conflict`, and the command writes nothing;
 *   the versions it is checked against include the writes of the earlier commands in the batch;
 * - otherwise the command's events take the next positions and continue the hash chain, and
 *   it answers `appended` with its own `headBefore`, `versionsBefore`, `hashes`, `chainHashes`.
 * A command that fails leaves the others untouched. Every event carries its own command's
 * metadata and recorded_at (which its canonical form, sent by the caller, covers).
 *
 * The commands' writes and events are flattened: `p_write_ends[c]` and `p_event_ends[c]` are
 * the (1-based, inclusive) indices of command c's last write and last event; `p_event_writes`
 * gives each event's write, as an index into the flattened writes.
 *
 * It answers a jsonb array of the commands' answers, in their order.
 */
export class AppendInGroups1732402000000 implements MigrationInterface {
  name = 'AppendInGroups1732402000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION append_batch(
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
            event_hash := sha256('\\x00'::bytea || convert_to(p_canonical_heads[i] || next_position::text || p_canonical_middles[i] || versions[w]::text || p_canonical_tails[i], 'UTF8'));
            chain := sha256(chain || event_hash);
            accepted := accepted || i;
            commands := commands || c;
            positions := positions || next_position;
            stream_versions := stream_versions || versions[w];
            hashes := hashes || event_hash;
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
        INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, hash, chain_hash)
        SELECT u.position, p_event_ids[u.i], p_stream_ids[p_event_writes[u.i]], u.stream_version, p_types[u.i], p_schema_versions[u.i],
               p_payloads[u.i], p_metadata[u.c], p_recorded_at[u.c], u.hash, u.chain_hash
        FROM unnest(accepted, commands, positions, stream_versions, hashes, chains)
          AS u (i, c, position, stream_version, hash, chain_hash);
        INSERT INTO outbox (position) SELECT unnest(positions);
        RETURN answers;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION append_batch');
  }
}
