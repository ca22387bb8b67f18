import { spawn } from 'node:child_process';
import { createPublicKey, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { AuditReport, canonicalEvent, chainHash, eventHash, sha256 } from '#libs/audit';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { TEST_AUDIT_SIGNING_KEY, fullModeEnvironment, startService } from './support/ledger-cluster';
import { STAKEHOLDERS, amendmentsTo, contributionCover, negotiationActors } from './support/negotiation-parties';
import { recorded } from './support/negotiation-steps';
import { modifyWords, res1334, res1334Source } from './support/negotiation-text';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';

const REPO_ROOT = join(__dirname, '..');
const PUBLIC_KEY = createPublicKey(TEST_AUDIT_SIGNING_KEY).export({ type: 'spki', format: 'pem' }).toString();

/** `npm run cli -- audit ...` as a process: its exit code and output. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '-r', '@swc-node/register', join(REPO_ROOT, 'apps', 'cli', 'main.ts'), 'audit', ...args],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', AUDIT_PUBLIC_KEY: PUBLIC_KEY, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

interface StoredEvent {
  position: number;
  event_id: string;
  type: string;
}

/**
 * Tamper evidence on a real PostgreSQL and a real Kafka: a negotiation recorded through the
 * full mode (ledger and gateway as processes, checkpoints signed by the ledger), published
 * to the topic, then changed the ways an insider with access to the database or the broker
 * could change it. Each change is found and located by position and event id; the
 * untouched history verifies clean. Each tampering works on a copy of the database.
 */
describe('audit: the recorded history verified against its hash chain, Kafka and the signed checkpoints', () => {
  let database: { url: string; drop: () => Promise<void> };
  let env: Record<string, string>;
  let services: ServiceProcess[] = [];
  let history: StoredEvent[];
  const copies: string[] = [];
  const topics: string[] = [];
  let kafka: Kafka;

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
      await sql.query('ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only');
      await tamper(sql);
    });
    return url.toString();
  }

  async function verify(
    databaseUrl: string,
    topic = env.KAFKA_EVENTS_TOPIC,
    extra: string[] = [],
  ): Promise<{ code: number; report: AuditReport }> {
    const run = await cli([
      'verify',
      '--database-url',
      databaseUrl,
      '--kafka-brokers',
      env.KAFKA_BROKERS,
      '--topic',
      topic,
      '--json',
      ...extra,
    ]);
    if (run.code !== 0 && run.code !== 1) throw new Error(`audit verify exited ${run.code}: ${run.stderr}`);
    return { code: run.code, report: JSON.parse(run.stdout) };
  }

  const event = (position: number) => history[position - 1];
  const ofType = (type: string) => history.filter((e) => e.type === type);

  beforeAll(async () => {
    database = await createTestDatabase('audit');
    env = { ...(await fullModeEnvironment(database.url)), AUDIT_CHECKPOINT_EVERY_EVENTS: '8', AUDIT_CHECKPOINT_INTERVAL_MS: '500' };
    services = [await startService('ledger', env), await startService('gateway', env)];
    kafka = new Kafka({ clientId: 'audit-test', brokers: env.KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING });
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    for (const name of copies)
      await withSql(serverUrl(), (sql) => sql.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => undefined);
    if (topics.length > 0) {
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics }).catch(() => undefined);
      await admin.disconnect();
    }
    await database?.drop();
  });

  it('records a negotiation, publishes it and signs checkpoints as it goes', async () => {
    const as = await negotiationActors(new HttpClient(`http://127.0.0.1:${env.PORT}`));
    const base = res1334();
    for (const stakeholder of Object.values(STAKEHOLDERS))
      recorded(`register ${stakeholder.id}`, await as.secretariat.post('/api/v1/stakeholders', stakeholder));
    const consultationId = recorded(
      'register the consultation',
      await as.secretariat.post(
        '/api/v1/consultations',
        wsis20Consultation({
          chairs: ['chair-cwg-wsis'],
          deadlines: { 'open-for-contributions': new Date(Date.now() + 30 * 86_400_000).toISOString() },
        }),
      ),
    ).id;
    const documentId = recorded(
      'register the Arabic base text',
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        source: res1334Source(),
        language: 'ar',
        style: 'itu',
      }),
    ).id;
    for (const { id } of Object.values(STAKEHOLDERS))
      recorded(`admit ${id}`, await as.secretariat.post(`/api/v1/consultations/${consultationId}/participants`, { stakeholderId: id }));
    recorded(
      'open for contributions',
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }),
      200,
    );
    recorded(
      'Egypt contributes',
      await as.egypt.post('/api/v1/contributions', {
        consultationId,
        ...contributionCover('C26/12-A', 'Proposed modifications to Resolution 1334'),
        substance: amendmentsTo(
          documentId,
          1,
          { operation: modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة') },
          { operation: { kind: 'suppress', provisionId: 'op-1-6' } },
        ),
      }),
    );
    const apcAmendment = recorded(
      'APC proposes',
      await as.apc.post(`/api/v1/documents/${documentId}/amendments`, {
        versionNumber: 1,
        operation: { kind: 'changeHeading', sectionId: 'pre-5', heading: 'وإذ يعرب عن تقديره' },
        explanation: 'Civil society: "inclusive" — \u00absee §2\u00bb',
      }),
    ).id;
    recorded('Kenya co-sponsors', await as.kenya.post(`/api/v1/amendments/${apcAmendment}/co-sponsors`, { stakeholderId: 'kenya' }));
    recorded('negotiation', await as.chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
    recorded(
      'the chair rules',
      await as.chair.post(`/api/v1/amendments/${apcAmendment}/decision`, {
        ruling: 'accepted',
        meeting: 'CWG-WSIS&SDG-44',
        date: '2026-04-10',
      }),
    );

    // Everything published, and a checkpoint of the head asked for by an auditor.
    await eventually(async () =>
      expect(await withSql(database.url, async (sql) => Number((await sql.query('SELECT count(*) AS n FROM outbox')).rows[0].n))).toBe(0),
    );
    const auditor = new HttpClient(`http://127.0.0.1:${env.PORT}`, await tokenFor('auditor-1', 'auditor'));
    const checkpoint = await auditor.post('/api/v1/audit/checkpoints', {});
    expect(checkpoint.status).toBe(200);
    history = await withSql(
      database.url,
      async (sql) => (await sql.query('SELECT position::int, event_id, type FROM events ORDER BY position')).rows,
    );
    expect(history.length).toBeGreaterThanOrEqual(18);
    expect(checkpoint.json).toMatchObject({
      treeSize: history.length,
      rootHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      signature: expect.any(String),
    });
    const checkpoints = await withSql(database.url, async (sql) =>
      (await sql.query('SELECT tree_size::int FROM audit_checkpoints ORDER BY tree_size')).rows.map((r) => r.tree_size),
    );
    expect(checkpoints.length).toBeGreaterThan(1);
    expect(checkpoints[checkpoints.length - 1]).toBe(history.length);
  });

  it('carries the hashes on Kafka and answers GET /api/v1/audit/verify to auditors and the secretariat only', async () => {
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`);
    const report = await gateway.as(await tokenFor('auditor-1', 'auditor')).get('/api/v1/audit/verify');
    expect(report.status).toBe(200);
    expect(report.json).toMatchObject({
      ok: true,
      divergences: [],
      store: { events: history.length, headPosition: history.length },
      kafka: { checked: true, events: history.length, headPosition: history.length },
      checkpoints: {
        validSignatures: expect.any(Number),
        latest: { treeSize: history.length, signatureValid: true, rootMatches: true, chainMatches: true, kafkaMatches: true },
      },
    });
    expect(report.json.checkpoints.consistentWithLatest).toBe(report.json.checkpoints.validSignatures - 1);
    expect((await gateway.as(await tokenFor('itu-secretariat', 'secretariat')).get('/api/v1/audit/verify')).status).toBe(200);
    expect((await gateway.as(await tokenFor('egypt', 'stakeholder')).get('/api/v1/audit/verify')).status).toBe(403);
    expect((await gateway.as(await tokenFor('chair-cwg-wsis', 'chair')).post('/api/v1/audit/checkpoints', {})).status).toBe(403);
    expect((await gateway.get('/api/v1/audit/verify')).status).toBe(401);

    // The relay publishes the recorded events as they are, hashes included.
    const first = await withSql(
      database.url,
      async (sql) =>
        (await sql.query("SELECT encode(hash, 'hex') AS hash, encode(chain_hash, 'hex') AS chain FROM events WHERE position = 1")).rows[0],
    );
    const messages: any[] = [];
    const consumer = kafka.consumer({ groupId: `audit-test-${randomBytes(4).toString('hex')}` });
    await consumer.connect();
    await consumer.subscribe({ topic: env.KAFKA_EVENTS_TOPIC, fromBeginning: true });
    await new Promise<void>(
      (resolve) =>
        void consumer.run({
          eachMessage: async ({ message }) => void (messages.push(JSON.parse(message.value!.toString())) === 1 && resolve()),
        }),
    );
    await consumer.disconnect();
    expect(messages[0]).toMatchObject({ position: 1, hash: first.hash, chainHash: first.chain });
    expect(eventHash(messages[0]).toString('hex')).toBe(first.hash);
    expect(chainHash(Buffer.alloc(32), eventHash(messages[0])).toString('hex')).toBe(first.chain);

    // The services stop here: the copies below are made from a database nobody writes to.
    await Promise.all(services.splice(0).map((s) => s.stop()));
  });

  it('finds the untouched history clean with the command line, against the store, Kafka and every checkpoint', async () => {
    const run = await cli([
      'verify',
      '--database-url',
      database.url,
      '--kafka-brokers',
      env.KAFKA_BROKERS,
      '--topic',
      env.KAFKA_EVENTS_TOPIC,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^audit verify: CLEAN\n/);
    expect(run.stdout).toContain(`${history.length} events, positions 1..${history.length}`);
    expect(run.stdout).toMatch(/kafka +\d+ messages, \d+ events up to position \d+ .*agrees with the store/);
    const { code, report } = await verify(database.url);
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true, divergenceCount: 0, kafka: { checked: true, events: history.length } });
    const parallel = await verify(database.url, env.KAFKA_EVENTS_TOPIC, ['--workers', '3']);
    expect(parallel.code).toBe(0);
    expect(parallel.report.store).toEqual(report.store);
  });

  it('locates a payload changed in PostgreSQL: the recorded hash no longer matches, and Kafka holds the original', async () => {
    const target = ofType('AmendmentRuled')[0];
    const url = await tamperedCopy((sql) =>
      sql.query(`UPDATE events SET payload = jsonb_set(payload, '{ruling}', '"rejected"') WHERE position = $1`, [target.position]),
    );
    const { code, report } = await verify(url);
    expect(code).toBe(1);
    expect(report.firstDivergence).toMatchObject({ kind: 'store-hash-mismatch', position: target.position, eventId: target.event_id });
    expect(report.divergences.map((d) => d.kind)).toEqual(expect.arrayContaining(['kafka-differs', 'checkpoint-root-mismatch']));
  });

  it('locates a deleted event as a gap in the positions, naming the event Kafka still holds there', async () => {
    const target = ofType('ParticipantAdmitted')[1];
    const url = await tamperedCopy((sql) => sql.query('DELETE FROM events WHERE position = $1', [target.position]));
    const { code, report } = await verify(url);
    expect(code).toBe(1);
    expect(report.firstDivergence).toMatchObject({ kind: 'store-position-gap', position: target.position, eventId: target.event_id });
    expect(report.divergences).toContainEqual(expect.objectContaining({ kind: 'store-chain-break', position: target.position + 1 }));
    // The store pass spread over worker threads (as for long histories) finds the same.
    const parallel = await verify(url, env.KAFKA_EVENTS_TOPIC, ['--workers', '2']);
    expect(parallel.code).toBe(1);
    expect(parallel.report.divergences).toEqual(report.divergences);
    expect(parallel.report.store).toEqual(report.store);
  });

  it('locates two events swapped in PostgreSQL at the first of them', async () => {
    const [a, b] = [event(9), event(15)];
    const url = await tamperedCopy(async (sql) => {
      // Positions are unique: one is parked aside while the other takes its place.
      await sql.query('UPDATE events SET position = -1 WHERE position = $1', [a.position]);
      await sql.query('UPDATE events SET position = $1 WHERE position = $2', [a.position, b.position]);
      await sql.query('UPDATE events SET position = $1 WHERE position = -1', [b.position]);
    });
    const { code, report } = await verify(url);
    expect(code).toBe(1);
    expect(report.firstDivergence).toMatchObject({ kind: 'store-hash-mismatch', position: a.position, eventId: b.event_id });
    expect(report.divergences).toContainEqual(expect.objectContaining({ kind: 'kafka-differs', position: a.position }));
  });

  it('locates payloads swapped between two events, even with their recorded hashes swapped too', async () => {
    const [a, b] = [event(10), event(11)];
    const url = await tamperedCopy(async (sql) => {
      await sql.query(
        `UPDATE events e SET payload = o.payload, type = o.type, hash = o.hash
         FROM events o WHERE (e.position, o.position) IN (($1, $2), ($2, $1))`,
        [a.position, b.position],
      );
    });
    const { code, report } = await verify(url);
    expect(code).toBe(1);
    expect(report.firstDivergence).toMatchObject({ position: a.position, eventId: a.event_id });
    expect(['store-hash-mismatch', 'store-chain-break']).toContain(report.firstDivergence!.kind);
  });

  it('locates an event forged into the Kafka topic: a second, different event at a position', async () => {
    const target = ofType('AmendmentRuled')[0];
    const topic = `${env.KAFKA_EVENTS_TOPIC}.forged`;
    topics.push(topic);
    // The topic as it is, and after it one more message: the ruling rewritten, with hashes that match its new content.
    const messages: { key: Buffer | null; value: Buffer | null }[] = [];
    const consumer = kafka.consumer({ groupId: `audit-test-${randomBytes(4).toString('hex')}` });
    const admin = kafka.admin();
    await admin.connect();
    const [{ high }] = await admin.fetchTopicOffsets(env.KAFKA_EVENTS_TOPIC);
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();
    await consumer.connect();
    await consumer.subscribe({ topic: env.KAFKA_EVENTS_TOPIC, fromBeginning: true });
    await new Promise<void>(
      (resolve) =>
        void consumer.run({
          eachMessage: async ({ message }) => {
            messages.push({ key: message.key, value: message.value });
            if (messages.length === Number(high)) resolve();
          },
        }),
    );
    await consumer.disconnect();
    const original = JSON.parse(messages.find((m) => JSON.parse(m.value!.toString()).position === target.position)!.value!.toString());
    const forged = { ...original, payload: { ...original.payload, ruling: 'rejected', reason: 'no support' } };
    forged.hash = eventHash(forged).toString('hex');
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [...messages, { key: Buffer.from(forged.streamId), value: Buffer.from(JSON.stringify(forged)) }],
    });
    await producer.disconnect();

    const { code, report } = await verify(database.url, topic);
    expect(code).toBe(1);
    expect(report.divergences).toHaveLength(1);
    expect(report.firstDivergence).toMatchObject({
      kind: 'kafka-conflicting-duplicate',
      source: 'kafka',
      position: target.position,
      eventId: target.event_id,
      kafka: { offset: String(messages.length) },
    });
  });

  it('locates a truncated tail: the store ends below the latest signed checkpoint, and Kafka names the first lost event', async () => {
    const keep = history.length - 3;
    const url = await tamperedCopy((sql) => sql.query('DELETE FROM events WHERE position > $1', [keep]));
    const { code, report } = await verify(url);
    expect(code).toBe(1);
    expect(report.firstDivergence).toMatchObject({
      kind: 'store-truncated',
      position: keep + 1,
      eventId: event(keep + 1).event_id,
      range: { from: keep + 1, to: history.length },
    });
    expect(report.divergences).toHaveLength(1);
  });

  it('refuses a replaced checkpoint: its signature does not verify', async () => {
    let forgedSize = 0;
    const url = await tamperedCopy(async (sql) => {
      // The latest checkpoint made to vouch for a history a few events shorter, as someone covering a truncation would
      // (at a size no other checkpoint holds: sizes are unique, and checkpoints are signed every few events here).
      const sizes: number[] = (await sql.query('SELECT tree_size::int FROM audit_checkpoints ORDER BY tree_size DESC')).rows.map(
        (r) => r.tree_size,
      );
      forgedSize = sizes[0] - 3;
      while (sizes.includes(forgedSize)) forgedSize--;
      await sql.query('UPDATE audit_checkpoints SET tree_size = $1 WHERE tree_size = $2', [forgedSize, sizes[0]]);
    });
    const { code, report } = await verify(url);
    expect(code).toBe(1);
    expect(forgedSize).toBeLessThan(history.length - 2);
    expect(report.divergences).toEqual([
      expect.objectContaining({ kind: 'checkpoint-bad-signature', checkpoint: expect.objectContaining({ treeSize: forgedSize }) }),
    ]);
    expect(report.checkpoints.latest?.treeSize).toBeLessThan(history.length);
  });

  it('finds a history rewritten with every hash recomputed by its signed checkpoints and by Kafka', async () => {
    const target = event(14);
    const url = await tamperedCopy(async (sql) => {
      // A careful insider: changes an event and recomputes its canonical bytes, its hash and every chain hash after it.
      await sql.query(`UPDATE events SET metadata = jsonb_set(metadata, '{actor,id}', '"someone-else"') WHERE position = $1`, [
        target.position,
      ]);
      await sql.query("SET TIME ZONE 'UTC'");
      const rows = (
        await sql.query(
          'SELECT position::int, event_id, stream_id, stream_version, type, schema_version, payload, metadata, recorded_at, chain_hash FROM events ORDER BY position',
        )
      ).rows;
      let chain = rows[target.position - 2].chain_hash as Buffer;
      for (const row of rows.slice(target.position - 1)) {
        const canonical = canonicalEvent({
          position: row.position,
          eventId: row.event_id,
          streamId: row.stream_id,
          streamVersion: row.stream_version,
          type: row.type,
          schemaVersion: row.schema_version,
          payload: row.payload,
          metadata: row.metadata,
          recordedAt: row.recorded_at.toISOString(),
        });
        const hash = sha256('\u0000' + canonical);
        chain = chainHash(chain, hash);
        await sql.query('UPDATE events SET canonical = $1, hash = $2, chain_hash = $3 WHERE position = $4', [
          Buffer.from(canonical),
          hash,
          chain,
          row.position,
        ]);
      }
    });
    const { code, report } = await verify(url);
    expect(code).toBe(1);
    expect(report.store.divergences).toBe(0);
    expect(report.firstDivergence).toMatchObject({ kind: 'kafka-differs', position: target.position, eventId: target.event_id });
    expect(report.divergences).toContainEqual(expect.objectContaining({ kind: 'checkpoint-root-mismatch' }));
  });

  it('finds every published event missing when the topic is gone', async () => {
    const { code, report } = await verify(database.url, `${env.KAFKA_EVENTS_TOPIC}.deleted`);
    expect(code).toBe(1);
    expect(report.firstDivergence).toMatchObject({
      kind: 'kafka-missing',
      position: 1,
      eventId: event(1).event_id,
      range: { from: 1, to: history.length },
    });
    expect(report.notes).toContainEqual(expect.stringMatching(/does not exist/));
  });

  it('answers usage mistakes with exit code 2', async () => {
    expect((await cli(['verify', '--kafka-brokers', 'not a broker', '--database-url', database.url])).code).toBe(2);
    expect((await cli(['rewrite'])).code).toBe(2);
    expect((await cli(['verify', '--topic', 'ledger.events', '--database-url', database.url])).code).toBe(2);
  });
});
