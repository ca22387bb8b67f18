import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One append, one statement: `append_events` takes the append lock, answers an idempotency
 * key recorded before, checks each stream's version, continues the hash chain from the head
 * (SHA-256 over the canonical form the caller sends with the position and the stream version
 * left open; see canonicalEventTemplate in libs/audit), inserts the events and their outbox
 * rows and records the idempotency key, all in the caller's transaction (autocommit: the call
 * is the transaction). The lock is held for this call and its commit only, not for the
 * round trips of a conversation between the application and the database.
 *
 * It answers a jsonb object, `status` first:
 * - `appended`: `headBefore` (the position before the first event), `versionsBefore` (each
 *   stream's version before), `hashes` and `chainHashes` (hex, one per event);
 * - `conflict`: `streamId`, `expectedVersion`, `actualVersion`; nothing was written;
 * - `replayed`: `requestHash`, `outcome` of the request recorded under the key; nothing was written.
 *
 * The recorded outcome is the caller's, with `streamVersion` (the first stream's version
 * after the append) and `position` (the last event's, 0 without events) filled in.
 */
export class AppendInOneStatement1733200000000 implements MigrationInterface {
  name = 'AppendInOneStatement1733200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // On a fresh database this runs after KeepCanonicalBytes1732402400000 (its timestamp is earlier), which made the
    // function already, storing the canonical bytes it hashes; a database that ran this before got it replaced there.
    const [{ made }] = await queryRunner.query("SELECT to_regproc('append_events') IS NOT NULL AS made");
    if (made) return;
    await queryRunner.query(`
      CREATE FUNCTION append_events(
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
          event_hash := sha256('\\x00'::bytea || convert_to(p_canonical_heads[i] || next_position::text || p_canonical_middles[i] || versions[w]::text || p_canonical_tails[i], 'UTF8'));
          chain := sha256(chain || event_hash);
          positions := positions || next_position;
          stream_versions := stream_versions || versions[w];
          hashes := hashes || event_hash;
          chains := chains || chain;
        END LOOP;
        INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, hash, chain_hash)
        SELECT u.position, u.event_id, p_stream_ids[u.write], u.stream_version, u.type, u.schema_version, u.payload, p_metadata, p_recorded_at, u.hash, u.chain_hash
        FROM unnest(positions, p_event_ids, p_event_writes, stream_versions, p_types, p_schema_versions, p_payloads, hashes, chains)
          AS u (position, event_id, write, stream_version, type, schema_version, payload, hash, chain_hash);
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
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION append_events');
  }
}
