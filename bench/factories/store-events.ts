/** Fills the event store with recorded events, as the write side would have appended them, for the benchmarks that read them back. */
import { DataSource } from 'typeorm';
import { canonicalEvent, chainHash, sha256 } from '#libs/audit';
import { StoredEvent } from '#libs/contracts';

/** The audit hash chain the store keeps beside each event, when this store has one. */
export interface Chain {
  hash: Buffer;
}

/** Appends a chunk of recorded events to the store as the write side would have (no outbox: they are published directly). */
export async function insertEvents(dataSource: DataSource, events: readonly StoredEvent[], chain?: Chain): Promise<void> {
  const columns = 'position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at';
  const values = [
    events.map((e) => e.position),
    events.map((e) => e.eventId),
    events.map((e) => e.streamId),
    events.map((e) => e.streamVersion),
    events.map((e) => e.type),
    events.map((e) => e.schemaVersion),
    events.map((e) => JSON.stringify(e.payload)),
    events.map((e) => JSON.stringify(e.metadata)),
    events.map((e) => e.recordedAt),
  ];
  const types = 'bigint[], uuid[], text[], int[], text[], int[], jsonb[], jsonb[], timestamptz[]';
  if (!chain) {
    await dataSource.query(`INSERT INTO events (${columns}) SELECT * FROM unnest(${placeholders(types)})`, values);
    return;
  }
  const canonical = events.map((event) => canonicalEvent(event));
  const hashes = canonical.map((form) => sha256('\u0000' + form));
  const chainHashes = hashes.map((hash) => (chain.hash = chainHash(chain.hash, hash)));
  await dataSource.query(
    `INSERT INTO events (${columns}, hash, chain_hash, canonical) SELECT * FROM unnest(${placeholders(`${types}, bytea[], bytea[], bytea[]`)})`,
    [...values, hashes, chainHashes, canonical.map((form) => Buffer.from(form))],
  );
}

function placeholders(types: string): string {
  return types
    .split(', ')
    .map((type, i) => `$${i + 1}::${type}`)
    .join(', ');
}
