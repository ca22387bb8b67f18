/**
 * Audit verification from the event store: a history of 200,000 events by default (so that
 * `npm run bench` stays inside its 15 minutes on a clean clone, where the history is loaded
 * first; AUDIT_BENCH_EVENTS=1000000 for a million) read from PostgreSQL in one snapshot (by worker threads
 * reading ranges, one per core; AUDIT_BENCH_WORKERS=0 reads the ranges one after another in the main
 * thread), each event's hash recomputed from its canonical bytes as stored with node:crypto (its
 * columns checked against them by PostgreSQL in the same scan), the hash chain and
 * the RFC 6962 Merkle tree rebuilt, and every checkpoint (one per 1,000 events, as the ledger
 * writes them) checked: signature, root, chain and consistency with the latest. The aim is
 * 200,000 events a second.
 *
 * The database is BENCH_DATABASE_URL's server, else DATABASE_URL's when the caller gave it
 * (not when the runner started a server for this run only), else an embedded PostgreSQL kept
 * in .cache/audit-bench-postgres; the history is loaded once per count and reused.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import {
  GENESIS_CHAIN_HASH,
  MerkleFrontier,
  canonicalEvent,
  chainHash,
  generateAuditSigningKey,
  sha256,
  signCheckpoint,
} from '#libs/audit';
import { EVENT_STORE_MIGRATIONS, defaultStoreWorkers, verifyRecordedHistory } from '#libs/eventstore';
import { EmbeddedPostgresHandle, createLogger, runMigrations, startEmbeddedPostgres } from '#libs/platform';
import { SeededRandom } from '../factories/random';
import { generatePhrase } from '../factories/resolution-factory';
import { BenchSuite, benchCase } from '../harness';

const DEFAULT_EVENTS = 200_000;
/** The aim, events verified per second. */
const AIM_EVENTS_PER_SECOND = 200_000;
const CHECKPOINT_EVERY = 1000;
const LOAD_BATCH = 5000;
const EMBEDDED_PORT = 54391;

/** Worker threads for the store pass: AUDIT_BENCH_WORKERS, or the verifier's default (one per core). */
function workerCount(): number | undefined {
  const raw = process.env.AUDIT_BENCH_WORKERS;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`AUDIT_BENCH_WORKERS must be a whole number (got "${raw}")`);
  return Number(raw);
}

function eventCount(): number {
  const raw = process.env.AUDIT_BENCH_EVENTS;
  const count = raw ? Number(raw.replace(/[_,]/g, '')) : DEFAULT_EVENTS;
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`AUDIT_BENCH_EVENTS must be a positive whole number (got "${raw}")`);
  return count;
}

const STAKEHOLDERS = ['egypt', 'kenya', 'brazil', 'india', 'apc', 'isoc', 'ericsson', 'african-group', 'arab-group', 'cept'];

/** The n-th event of a long negotiation: proposals, co-sponsorships, rulings, reservations, as the write side records them. */
function negotiationEvent(random: SeededRandom, n: number, documents: number, startMs: number) {
  const documentId = `doc-${n % documents}`;
  const language = random.chance(0.4) ? 'ar' : 'en';
  const actor = random.pick(STAKEHOLDERS);
  const roll = random.next();
  const amendmentId = `a-${Math.floor(n / 3)}`;
  let type: string;
  let payload: Record<string, unknown>;
  let role = 'stakeholder';
  if (roll < 0.45) {
    type = 'AmendmentProposed';
    const oldText = generatePhrase(random, language, random.int(12, 30));
    payload = {
      documentId,
      amendmentId,
      versionNumber: random.int(1, 4),
      operation: {
        kind: 'modify',
        provisionId: `op-${random.int(1, 6)}-${random.int(1, 12)}`,
        oldText,
        newText: `${oldText} ${generatePhrase(random, language, random.int(2, 8))}`,
      },
      proposers: [actor],
      ...(random.chance(0.3) ? { explanation: generatePhrase(random, language, random.int(5, 15)) } : {}),
    };
  } else if (roll < 0.6) {
    type = 'AmendmentCoSponsored';
    payload = { documentId, amendmentId, stakeholderId: random.pick(STAKEHOLDERS) };
  } else if (roll < 0.9) {
    type = 'AmendmentRuled';
    role = 'chair';
    payload = {
      documentId,
      decisionId: `dec-${n}`,
      amendmentId,
      ruling: random.pick(['accepted', 'rejected', 'deferred']),
      meeting: 'CWG-WSIS&SDG-44',
      date: '2026-04-10',
    };
  } else {
    type = 'ReservationRecorded';
    role = 'chair';
    payload = {
      documentId,
      decisionId: `dec-${n}`,
      stakeholderId: actor,
      provisionId: `op-1-${random.int(1, 12)}`,
      text: generatePhrase(random, language, random.int(10, 25)),
      meeting: 'CWG-WSIS&SDG-45',
      date: '2026-04-11',
    };
  }
  const at = new Date(startMs + n * 37).toISOString();
  return {
    type,
    payload,
    streamId: `document-${documentId}`,
    metadata: { actor: { id: role === 'chair' ? 'chair-cwg-wsis' : actor, role }, correlationId: `bench-${n}`, occurredAt: at },
    recordedAt: at,
  };
}

interface BenchDatabase {
  readonly url: string;
  readonly publicKeyPem: string;
  readonly embedded?: EmbeddedPostgresHandle;
}

async function serverUrl(): Promise<{ url: string; embedded?: EmbeddedPostgresHandle }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL };
  // A server the runner started dies with the run: the cached one keeps the history for the next.
  if (process.env.DATABASE_URL && !process.env.BENCH_STARTED_POSTGRES) return { url: process.env.DATABASE_URL };
  const dataDir = resolve('.cache', 'audit-bench-postgres');
  mkdirSync(dataDir, { recursive: true });
  const embedded = await startEmbeddedPostgres(dataDir, EMBEDDED_PORT, createLogger('bench', 'warn'), 'postgres');
  return { url: embedded.url, embedded };
}

/** A database holding `count` events with their hashes and a signed checkpoint every 1,000 events; made once, then reused. */
async function benchDatabase(count: number): Promise<BenchDatabase> {
  const server = await serverUrl();
  const name = `audit_bench_${count}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  await runMigrations(url.toString(), 'ledger', EVENT_STORE_MIGRATIONS);
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const [{ head }] = (await client.query('SELECT coalesce(max(position), 0)::int AS head FROM events')).rows;
    const keys = await client.query('SELECT value FROM audit_bench_key').catch(() => undefined);
    if (head === count && keys?.rows[0]) return { url: url.toString(), publicKeyPem: keys.rows[0].value, embedded: server.embedded };
    await client.query(
      'ALTER TABLE events DISABLE TRIGGER events_append_only; ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only',
    );
    await client.query('TRUNCATE outbox, events, audit_checkpoints');
    await client.query(
      'ALTER TABLE events ENABLE TRIGGER events_append_only; ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_append_only',
    );
    const key = generateAuditSigningKey();
    await load(client, count, key.privateKeyPem);
    await client.query('DROP TABLE IF EXISTS audit_bench_key; CREATE TABLE audit_bench_key (value text NOT NULL)');
    await client.query('INSERT INTO audit_bench_key (value) VALUES ($1)', [key.publicKeyPem]);
    await client.query('VACUUM ANALYZE events');
    return { url: url.toString(), publicKeyPem: key.publicKeyPem, embedded: server.embedded };
  } finally {
    await client.end();
  }
}

/** Writes the history the way the event store records it: hashes and chain computed in the append, checkpoints signed as the ledger signs them. */
async function load(client: Client, count: number, privateKeyPem: string): Promise<void> {
  const random = new SeededRandom(1334);
  const documents = Math.max(1, Math.floor(count / 2000));
  const versions = new Map<string, number>();
  const frontier = MerkleFrontier.empty();
  let chain: Buffer = GENESIS_CHAIN_HASH;
  const startMs = Date.UTC(2026, 0, 5, 9);
  for (let first = 1; first <= count; first += LOAD_BATCH) {
    const columns: unknown[][] = Array.from({ length: 12 }, () => []);
    const checkpoints: unknown[][] = [];
    for (let position = first; position < Math.min(first + LOAD_BATCH, count + 1); position++) {
      const event = negotiationEvent(random, position, documents, startMs);
      const streamVersion = (versions.get(event.streamId) ?? 0) + 1;
      versions.set(event.streamId, streamVersion);
      const eventId = `00000000-0000-4000-8000-${position.toString(16).padStart(12, '0')}`;
      const canonical = canonicalEvent({
        position,
        eventId,
        streamId: event.streamId,
        streamVersion,
        type: event.type,
        schemaVersion: 1,
        payload: event.payload,
        metadata: event.metadata,
        recordedAt: event.recordedAt,
      });
      const hash = sha256('\u0000' + canonical);
      chain = chainHash(chain, hash);
      frontier.append(hash);
      const row = [
        position,
        eventId,
        event.streamId,
        streamVersion,
        event.type,
        1,
        JSON.stringify(event.payload),
        JSON.stringify(event.metadata),
        event.recordedAt,
        hash,
        chain,
        Buffer.from(canonical),
      ];
      row.forEach((value, i) => columns[i].push(value));
      if (position % CHECKPOINT_EVERY === 0 || position === count) {
        const signed = signCheckpoint(
          { treeSize: position, rootHash: frontier.root().toString('hex'), chainHash: chain.toString('hex'), timestamp: event.recordedAt },
          privateKeyPem,
        );
        checkpoints.push([
          position,
          frontier.root(),
          chain,
          signed.timestamp,
          signed.keyId,
          Buffer.from(signed.signature, 'base64'),
          Buffer.concat(frontier.hashes),
        ]);
      }
    }
    await client.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, hash, chain_hash, canonical)
       SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::int[], $7::jsonb[], $8::jsonb[], $9::timestamptz[], $10::bytea[], $11::bytea[], $12::bytea[])`,
      columns,
    );
    for (const checkpoint of checkpoints) {
      await client.query(
        'INSERT INTO audit_checkpoints (tree_size, root_hash, chain_hash, signed_at, key_id, signature, frontier) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        checkpoint,
      );
    }
  }
}

export const auditVerifySuite: BenchSuite = {
  name: 'audit-verify',
  description: 'Verification of the recorded history from the event store: canonical forms, hashes, chain, Merkle tree and checkpoints.',
  cases: [
    benchCase({
      name: 'verify-store',
      description: `the chain and Merkle tree of ${eventCount().toLocaleString('en-US')} events recomputed from PostgreSQL (one snapshot, node:crypto), with a checkpoint per 1,000 events checked`,
      runs: 3,
      warmupRuns: 1,
      operationsPerRun: eventCount(),
      setup: async () => ({ ...(await benchDatabase(eventCount())), verifyMs: [] as number[] }),
      run: async (database: BenchDatabase & { verifyMs: number[] }) => {
        const started = performance.now();
        const report = await verifyRecordedHistory({
          databaseUrl: database.url,
          kafkaSkipped: 'the benchmark reads the store only',
          publicKeyPem: database.publicKeyPem,
          workers: workerCount(),
        });
        if (!report.ok || report.store.events !== eventCount())
          throw new Error(`the benchmark's history did not verify clean: ${JSON.stringify(report.firstDivergence)}`);
        database.verifyMs.push(performance.now() - started);
      },
      teardown: async (database: BenchDatabase) => {
        await database.embedded?.stop();
      },
      facts: () => ({
        events: eventCount(),
        checkpoints: Math.ceil(eventCount() / CHECKPOINT_EVERY),
        workers: workerCount() ?? defaultStoreWorkers(eventCount()),
      }),
      figures: (database: BenchDatabase & { verifyMs: number[] }) => {
        // The warm-up run is the first; the figure is the median of the timed ones, as the table's.
        const timed = database.verifyMs.slice(-3).sort((a, b) => a - b);
        if (timed.length === 0) return [];
        const medianMs = timed[Math.floor(timed.length / 2)];
        return [
          {
            key: 'audit.verify-store.events-per-second',
            label: `Audit verification from the store, ${eventCount().toLocaleString('en')} events`,
            value: Math.round((eventCount() * 1000) / medianMs),
            unit: 'events/s',
            better: 'higher',
            aim: AIM_EVENTS_PER_SECOND,
          },
        ];
      },
    }),
  ],
};
