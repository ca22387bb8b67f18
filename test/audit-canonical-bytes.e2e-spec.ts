import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { AuditReport, canonicalEvent, generateAuditSigningKey } from '#libs/audit';
import { EventMetadata } from '#libs/contracts';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, verifyRecordedHistory } from '#libs/eventstore';
import { createDataSource, runMigrations } from '#libs/platform';
import { createTestDatabase } from './support/test-database';

const REPO_ROOT = join(__dirname, '..');
const KEY = generateAuditSigningKey();

/** `npm run cli -- audit verify --json` as a process (the store workers are started from it, as in production). */
function cliVerify(url: string, workers: number): Promise<AuditReport> {
  return new Promise((resolve, reject) => {
    const args = [
      ...['--conditions=source', '-r', '@swc-node/register', join(REPO_ROOT, 'apps', 'cli', 'main.ts')],
      ...['audit', 'verify', '--database-url', url, '--workers', String(workers), '--json'],
    ];
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', AUDIT_PUBLIC_KEY: KEY.publicKeyPem },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 || code === 1 ? resolve(JSON.parse(stdout)) : reject(new Error(`audit verify exited ${code}: ${stderr}`)),
    );
  });
}

const metadata: EventMetadata = {
  actor: { id: 'chair-cwg-wsis', role: 'chair', name: 'رئيس فريق العمل' },
  correlationId: 'canonical-bytes-test',
  occurredAt: '2026-04-10T09:30:00.000Z',
};

/**
 * The event store keeps the canonical bytes it hashed at the append, and verification hashes
 * them as stored; the columns the read side uses (payload, metadata, ids, recorded_at) are
 * checked against those bytes in the same scan. A change to either is found, at its
 * position, by the store pass on this thread and on worker threads alike.
 */
describe('audit: verification from the canonical bytes the store keeps', () => {
  let database: { url: string; drop: () => Promise<void> };
  const copies: string[] = [];

  const serverUrl = () => process.env.TEST_DATABASE_URL!;
  const databaseName = (url: string) => new URL(url).pathname.slice(1);

  async function withSql<T>(url: string, work: (sql: Client) => Promise<T>): Promise<T> {
    const sql = new Client({ connectionString: url });
    await sql.connect();
    try {
      return await work(sql);
    } finally {
      await sql.end();
    }
  }

  /** A copy of the recorded database, changed by `tamper` as an insider would (the append-only trigger switched off first). */
  async function tamperedCopy(tamper: (sql: Client) => Promise<unknown>): Promise<string> {
    const name = `${databaseName(database.url)}_t${copies.length}`;
    await withSql(serverUrl(), (sql) => sql.query(`CREATE DATABASE "${name}" TEMPLATE "${databaseName(database.url)}"`));
    copies.push(name);
    const url = new URL(database.url);
    url.pathname = `/${name}`;
    await withSql(url.toString(), async (sql) => {
      await sql.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
      await tamper(sql);
    });
    return url.toString();
  }

  /** The store pass on this thread and on worker threads (from the command line); both must find the same. */
  async function verifyBothWays(url: string): Promise<AuditReport> {
    const [inOrder, onWorkers] = await Promise.all([
      verifyRecordedHistory({ databaseUrl: url, kafkaSkipped: 'not in this test', publicKeyPem: KEY.publicKeyPem, workers: 0 }),
      cliVerify(url, 2),
    ]);
    expect(onWorkers.divergences).toEqual(inOrder.divergences);
    expect(onWorkers.store).toEqual(inOrder.store);
    return inOrder;
  }

  beforeAll(async () => {
    database = await createTestDatabase('audit_canonical');
    await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
    const dataSource = await createDataSource({ url: database.url, applicationName: 'audit-canonical-bytes-test' }).initialize();
    const store = new PostgresEventStore(dataSource);
    for (let n = 1; n <= 6; n++) {
      await store.append(
        `document-d${n % 2}`,
        'any',
        [
          {
            type: 'AmendmentProposed',
            schemaVersion: 1,
            payload: { documentId: `d${n % 2}`, amendmentId: `a-${n}`, newText: `يدعو الدول الأعضاء ${n} \u2028 «نص»`, ratio: n / 7 },
          },
          { type: 'AmendmentRuled', schemaVersion: 1, payload: { documentId: `d${n % 2}`, amendmentId: `a-${n}`, ruling: 'accepted' } },
        ],
        metadata,
      );
    }
    // The tampered copies are made from this database as a template: no connection may stay open on it.
    await dataSource.destroy();
  });

  afterAll(async () => {
    for (const name of copies) await withSql(serverUrl(), (sql) => sql.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    await database?.drop();
  });

  it('keeps, with every event appended, the canonical bytes its recorded hash is the hash of', async () => {
    const dataSource = await createDataSource({ url: database.url, applicationName: 'audit-canonical-bytes-test' }).initialize();
    const events = await new PostgresEventStore(dataSource).readAll(0, 100);
    const rows: { position: string; canonical: Buffer; hash: Buffer }[] = await dataSource.query(
      'SELECT position, canonical, hash FROM events ORDER BY position',
    );
    await dataSource.destroy();
    expect(rows).toHaveLength(12);
    for (const [i, row] of rows.entries()) {
      expect(row.canonical.toString('utf8')).toBe(canonicalEvent(events[i]));
      expect(
        createHash('sha256')
          .update(Buffer.from([0]))
          .update(row.canonical)
          .digest(),
      ).toEqual(row.hash);
    }
    const report = await verifyBothWays(database.url);
    expect(report).toMatchObject({ ok: true, divergenceCount: 0, store: { events: 12, headPosition: 12 } });
  });

  it('finds a payload changed in its jsonb column, though the canonical bytes still match the recorded hash', async () => {
    const url = await tamperedCopy((sql) =>
      sql.query(`UPDATE events SET payload = jsonb_set(payload, '{ruling}', '"rejected"') WHERE position = 4`),
    );
    const report = await verifyBothWays(url);
    const [eventId] = await withSql(url, async (sql) =>
      (await sql.query('SELECT event_id FROM events WHERE position = 4')).rows.map((r) => r.event_id),
    );
    expect(report.divergences).toEqual([
      expect.objectContaining({ kind: 'store-hash-mismatch', position: 4, eventId, detail: expect.stringContaining('columns') }),
    ]);
  });

  it('finds metadata, a stream id and recorded_at changed in their columns', async () => {
    const url = await tamperedCopy(async (sql) => {
      await sql.query(`UPDATE events SET metadata = jsonb_set(metadata, '{actor,id}', '"someone-else"') WHERE position = 2`);
      await sql.query(`UPDATE events SET stream_id = 'document-d9' WHERE position = 7`);
      await sql.query(`UPDATE events SET recorded_at = recorded_at + interval '1 second' WHERE position = 11`);
    });
    const report = await verifyBothWays(url);
    expect(report.divergences.map((d) => [d.kind, d.position])).toEqual([
      ['store-hash-mismatch', 2],
      ['store-hash-mismatch', 7],
      ['store-hash-mismatch', 11],
    ]);
  });

  it('finds a byte of the stored canonical form changed, whether or not it is still JSON', async () => {
    const url = await tamperedCopy(async (sql) => {
      // The ruling rewritten in the bytes alone ("accepted" becomes "excepted"), the columns left as they were.
      await sql.query(
        `UPDATE events SET canonical = overlay(canonical PLACING 'e'::bytea FROM position('accepted'::bytea IN canonical)) WHERE position = 6`,
      );
      // A byte that is not UTF-8: PostgreSQL cannot read the bytes as JSON, and the range is compared in Node instead.
      await sql.query(`UPDATE events SET canonical = set_byte(canonical, 3, 255) WHERE position = 9`);
    });
    const report = await verifyBothWays(url);
    expect(report.divergences.map((d) => [d.kind, d.position])).toEqual([
      ['store-hash-mismatch', 6],
      ['store-hash-mismatch', 9],
    ]);
    expect(report.store.events).toBe(12);
  });
});
