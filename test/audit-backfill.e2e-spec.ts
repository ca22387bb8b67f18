import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GENESIS_CHAIN_HASH, canonicalEvent, chainHash, eventHash, generateAuditSigningKey } from '#libs/audit';
import { EventMetadata, RecordedEvent } from '#libs/contracts';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, verifyRecordedHistory } from '#libs/eventstore';
import { createDataSource, runMigrations } from '#libs/platform';
import { createTestDatabase } from './support/test-database';

// Payloads as JSON text, spelled the ways jsonb normalises: keys out of order and of every
// length, numbers with exponents and trailing zeros, escapes for Arabic letters, an emoji
// as a surrogate pair, line and paragraph separators, a duplicate key (the last one counts).
const PAYLOADS = [
  '{"title": "مراجعة القرار 1334 (المعدَّل في 2023)", "body": "ITU Council", "chairs": ["chair-1"], "deadlines": {}}',
  '{"z": 1.0, "a": 1E2, "mm": 0.10, "b": -0, "big": 1e21, "small": 1e-7, "long": 123456789012345678901234567890, "neg": -2.5e-3}',
  '{"text": "\\u0625\\u0630 \\u064a\\u0630\\u0643\\u0651\\u0631 \\ud83d\\ude00 \\u2028\\u2029 \\u001f tab\\t quote\\" slash\\/ back\\\\", "text": "الأخير يفوز \\u00e9"}',
  '{"operation": {"kind": "modify", "provisionId": "op-1-1", "replacements": [{"from": 3, "to": 5, "text": "التدابير المناسبة"}], "nested": {"c": [true, false, null], "b": {"ü": 1, "u": 2, "€": 3, "😀": 4, "\\ufb33": 5, "\\r": 6}}}}',
];

const metadata: EventMetadata = {
  actor: { id: 'itu-secretariat', role: 'secretariat', name: 'الأمانة العامة' },
  correlationId: 'backfill-test',
  occurredAt: '2026-03-01T09:30:00.000Z',
};

/**
 * The hash chain over a database made before it: the migration hashes the events recorded
 * earlier in position order, from their jsonb as stored and their recorded_at as the API
 * gives it; appends continue the chain; and every hash recomputes from what PostgreSQL and
 * the Kafka messages give back, whatever jsonb did to the spelling of the JSON.
 */
describe('the audit hash chain on an event store made before it', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  const key = generateAuditSigningKey();

  beforeAll(async () => {
    database = await createTestDatabase('audit_backfill');
    await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS.slice(0, 3));
    dataSource = await createDataSource({ url: database.url, applicationName: 'audit-backfill-test' }).initialize();
    // Recorded the way the store wrote before the chain: no hashes, recorded_at from the database clock, to the microsecond.
    for (const [i, payload] of PAYLOADS.entries()) {
      await dataSource.query(
        `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata) VALUES ($1, $2, $3, 1, 'ConsultationRegistered', 1, $4::jsonb, $5::jsonb)`,
        [i + 1, randomUUID(), `consultation-${i}`, payload, JSON.stringify(metadata)],
      );
    }
    await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('hashes the earlier events in position order, from their jsonb as stored', async () => {
    const events = await store.readAll(0, 100);
    expect(events).toHaveLength(PAYLOADS.length);
    let chain: Buffer = GENESIS_CHAIN_HASH;
    for (const event of events) {
      chain = chainHash(chain, eventHash(event));
      expect(event.hash).toBe(eventHash(event).toString('hex'));
      expect(event.chainHash).toBe(chain.toString('hex'));
    }
    // The microseconds the database clock gave stay stored; the hash covers the milliseconds the API has always shown.
    const [{ micros }] = await dataSource.query(
      'SELECT count(*)::int AS micros FROM events WHERE extract(microseconds FROM recorded_at)::bigint % 1000 <> 0',
    );
    expect(micros).toBeGreaterThan(0);
  });

  it('gives the canonical form of what jsonb made of the JSON: sorted members, shortest numbers, escapes undone, the last duplicate', async () => {
    const [, numbers, escapes, nested] = await store.readAll(0, 100);
    expect(canonicalEvent(numbers)).toContain(
      '"payload":{"a":100,"b":0,"big":1e+21,"long":1.2345678901234568e+29,"mm":0.1,"neg":-0.0025,"small":1e-7,"z":1}',
    );
    expect(canonicalEvent(escapes)).toContain('"payload":{"text":"الأخير يفوز é"}');
    expect(canonicalEvent(nested)).toContain('"b":{"\\r":6,"u":2,"ü":1,"€":3,"😀":4,"\ufb33":5}');
  });

  it('continues the chain from the appends, with recorded_at set by the application to the millisecond stored', async () => {
    const appended = await store.append(
      'consultation-new',
      0,
      [
        {
          type: 'ConsultationRegistered',
          schemaVersion: 2,
          payload: { title: 'القرار 1334 \u2028 «نص»', ratio: 0.1, nested: { b: [1, { y: 'ي', x: 'x' }], a: null }, skipped: undefined },
        },
        { type: 'ConsultationPhaseChanged', schemaVersion: 1, payload: { from: 'drafting', to: 'open-for-contributions' } },
      ],
      metadata,
    );
    const all = await store.readAll(0, 100);
    expect(all).toHaveLength(PAYLOADS.length + 2);
    const [before] = all.slice(-3);
    expect(appended.events.map((e) => e.position)).toEqual([PAYLOADS.length + 1, PAYLOADS.length + 2]);
    let chain: Buffer = Buffer.from(before.chainHash!, 'hex');
    for (const event of appended.events) {
      const stored = all.find((e) => e.position === event.position)!;
      chain = chainHash(chain, eventHash(stored));
      expect(event.hash).toBe(eventHash(stored).toString('hex'));
      expect(event.chainHash).toBe(chain.toString('hex'));
      expect(stored).toEqual(event);
      expect(event.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    const [{ exact }] = await dataSource.query(
      `SELECT bool_and(extract(microseconds FROM recorded_at)::bigint % 1000 = 0) AS exact FROM events WHERE position > ${PAYLOADS.length}`,
    );
    expect(exact).toBe(true);
  });

  it('recomputes every hash from the event as a Kafka message carries it', async () => {
    for (const event of await store.readAll(0, 100)) {
      const message = JSON.parse(JSON.stringify(event)) as RecordedEvent;
      expect(eventHash(message).toString('hex')).toBe(event.hash);
    }
  });

  it('verifies clean, and keeps the events and the checkpoints append-only', async () => {
    const report = await verifyRecordedHistory({
      databaseUrl: database.url,
      publicKeyPem: key.publicKeyPem,
      kafkaSkipped: 'not in this test',
      workers: 0,
    });
    expect(report).toMatchObject({ ok: true, store: { events: PAYLOADS.length + 2, headPosition: PAYLOADS.length + 2 } });
    await expect(dataSource.query(`UPDATE events SET payload = '{}'::jsonb WHERE position = 1`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM audit_checkpoints')).rejects.toThrow(/append-only/);
    await expect(
      dataSource.query(
        `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at) VALUES (99, $1, 's', 1, 't', 1, '{}', '{}', now())`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/null value in column "hash"/);
  });
});
