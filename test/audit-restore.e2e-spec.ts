import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { generateAuditSigningKey } from '#libs/audit';
import { CheckpointWriter, EVENT_STORE_MIGRATIONS, PostgresEventStore } from '#libs/eventstore';
import { createDataSource, createLogger, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { changePayload, joinLines, parseLines } from '../libs/audit/src/testing/bundle-tampering';
import { ExecuteLedgerCommandHandler } from '../apps/ledger/src/ledger-command-executor';
import { PROJECTOR_MIGRATIONS } from '../apps/projector/src/migrations';
import { versionLabel } from '../apps/projector/src/projection-runner';
import { ProcessResult, auditCli } from './support/audit-processes';
import { eventually } from './support/eventually';
import { freePort } from './support/free-port';
import { HttpClient } from './support/http';
import { TEST_AUDIT_SIGNING_KEY, fullModeEnvironment, startService } from './support/ledger-cluster';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { projectorProjections, tableRows } from './support/read-model-tables';
import { negotiateInTwoLanguages } from './support/language-workflow';
import { LedgerSession } from './support/recorded-workflow';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { TEST_JWT_SECRET, tokenFor } from './support/tokens';

const PUBLIC_KEY = createPublicKey(TEST_AUDIT_SIGNING_KEY).export({ type: 'spki', format: 'pem' }).toString();
const logger = createLogger('audit-restore-test', 'error');

/** What the read side answers about the consultations and documents, and every row it built. */
interface ReadSide {
  readonly texts: Record<string, string>;
  readonly histories: Record<string, unknown>;
  readonly rows: Record<string, unknown[]>;
}

async function count(url: string, sql: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * Disaster recovery from an audit bundle: a negotiation history recorded by the write side
 * and signed, exported, restored by `npm run cli -- audit restore` into an empty database;
 * the restored store verifies, exports the same bundle, and the embedded server started on it
 * rebuilds the same read side and appends where the history ends. A bundle that does not
 * verify, and a database that is not empty, are refused with nothing written.
 */
describe('restore from an audit bundle', () => {
  const step = scenarioSteps();
  let original: { url: string; drop: () => Promise<void> };
  let target: { url: string; drop: () => Promise<void> };
  let fullModeTarget: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let dataSource: DataSource;
  let server: ServiceProcess | undefined;
  let dir: string;
  let publicKeyFile: string;
  let bundlePath: string;
  let head: number;
  let checkpointSizes: number[];
  const negotiations: { consultationId: string; documentId: string }[] = [];
  let before: ReadSide;

  beforeAll(async () => {
    original = await createTestDatabase('audit_restore_original');
    target = await createTestDatabase('audit_restore_target');
    fullModeTarget = await createTestDatabase('audit_restore_full');
    await runMigrations(original.url, 'ledger', EVENT_STORE_MIGRATIONS);
    await runMigrations(original.url, 'projector', [...READ_MODEL_MIGRATIONS, ...PROJECTOR_MIGRATIONS]);
    dataSource = await createDataSource({
      url: original.url,
      entities: READ_MODEL_ENTITIES,
      applicationName: 'audit-restore-test',
      poolSize: 5,
    }).initialize();
    dir = mkdtempSync(join(tmpdir(), 'audit-restore-'));
    publicKeyFile = join(dir, 'ledger-public-key.pem');
    writeFileSync(publicKeyFile, PUBLIC_KEY);
    bundlePath = join(dir, 'bundle.jsonl');
  });

  afterAll(async () => {
    await server?.stop();
    await Promise.all(services.map((s) => s.stop()));
    await dataSource?.destroy();
    await fullModeTarget?.drop();
    await original?.drop();
    await target?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function startServer(databaseUrl: string): Promise<HttpClient> {
    const port = await freePort();
    server = await startService('all', {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      JWT_SECRET: TEST_JWT_SECRET,
      AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
      RELAY_POLL_INTERVAL_MS: '50',
      AUDIT_CHECKPOINT_INTERVAL_MS: '3600000',
    });
    return new HttpClient(`http://127.0.0.1:${port}`);
  }

  async function stopServer(): Promise<void> {
    await server?.stop();
    server = undefined;
  }

  /** Waits until every projection has applied the store's head, then reads what the read side answers. */
  async function readSide(gateway: HttpClient, databaseUrl: string): Promise<ReadSide> {
    const source = await createDataSource({
      url: databaseUrl,
      entities: READ_MODEL_ENTITIES,
      applicationName: 'audit-restore-read',
      poolSize: 2,
    }).initialize();
    try {
      const projections = projectorProjections(source);
      const storeHead = Number((await source.query('SELECT max(position) AS head FROM events'))[0].head);
      await eventually(async () => {
        const rows: { projection: string; position: string }[] = await source.query(
          `SELECT name || '@v' || version AS projection, position FROM projection_checkpoints`,
        );
        const at = Object.fromEntries(rows.map((row) => [row.projection, Number(row.position)]));
        expect(projections.map((p) => at[versionLabel(p)])).toEqual(projections.map(() => storeHead));
      }, 90_000);
      const secretariat = gateway.as(await tokenFor('sec-1', 'secretariat'));
      const texts: Record<string, string> = {};
      const histories: Record<string, unknown> = {};
      for (const { consultationId, documentId } of negotiations) {
        const text = await secretariat.request('GET', `/api/v1/documents/${documentId}/text?format=text`);
        expect(text.status).toBe(200);
        texts[documentId] = text.text;
        const history = await secretariat.get(`/api/v1/consultations/${consultationId}/history?limit=100`);
        expect(history.status).toBe(200);
        histories[consultationId] = history.json;
      }
      return { texts, histories, rows: await tableRows(source, projections.flatMap((p) => p.tables).sort()) };
    } finally {
      await source.destroy();
    }
  }

  const restore = (args: string[]): Promise<ProcessResult> => auditCli(['restore', ...args], {});

  step('a negotiation history is recorded and signed, with events after the latest checkpoint', async () => {
    const session = new LedgerSession(new ExecuteLedgerCommandHandler(new PostgresEventStore(dataSource)));
    const pool = new Pool({ connectionString: original.url, max: 1 });
    try {
      const writer = new CheckpointWriter(pool, TEST_AUDIT_SIGNING_KEY, logger);
      await session.registerStakeholders();
      negotiations.push(await session.negotiate('wsis'));
      await writer.checkpoint();
      negotiations.push(await session.negotiate('climate'));
      // Every read-side table has rows to compare after the restore: the language versions' too.
      await negotiateInTwoLanguages(session, 'six-languages');
      await writer.checkpoint();
    } finally {
      await pool.end();
    }
    const gateway = await startServer(original.url);
    // The ledger signs a checkpoint of the head as it starts; a checkpoint asked for now is signed after that one (one at a time),
    // and signs nothing new: the head is the latest checkpoint's. The event after it is under no signature.
    const latest = recorded(
      'the latest checkpoint',
      await gateway.as(await tokenFor('sec-1', 'secretariat')).post('/api/v1/audit/checkpoints', {}),
      200,
    );
    await session.registerStakeholder('apc', 'Association for Progressive Communications');
    before = await readSide(gateway, original.url);
    expect(Object.values(before.texts).every((text) => text.length > 100)).toBe(true);
    expect(Object.values(before.rows).every((rows) => rows.length > 0)).toBe(true);
    await stopServer();

    const exported = await auditCli(['export', '--out', bundlePath], { DATABASE_URL: original.url, AUDIT_PUBLIC_KEY: PUBLIC_KEY });
    expect(exported.code).toBe(0);
    const header = JSON.parse(parseLines(readFileSync(bundlePath, 'utf8'))[0]).bundle;
    head = header.headPosition;
    checkpointSizes = parseLines(readFileSync(bundlePath, 'utf8'))
      .filter((l) => l.startsWith('{"checkpoint"'))
      .map((l) => JSON.parse(l).checkpoint.treeSize);
    expect(checkpointSizes.length).toBe(2);
    expect(checkpointSizes[1]).toBe(head - 1);
    expect(latest.treeSize).toBe(head - 1);
  });

  step(
    "a tampered bundle, or one signed with another key than the ledger's, is refused with the verifier's findings and nothing written",
    async () => {
      const lines = parseLines(readFileSync(bundlePath, 'utf8'));
      const tamperedPath = join(dir, 'tampered.jsonl');
      writeFileSync(tamperedPath, joinLines(changePayload(lines, 20, (p) => ({ ...p, name: 'someone else' }))));
      const tampered = await restore([tamperedPath, '--database-url', target.url, '--public-key-file', publicKeyFile]);
      expect(tampered.code).toBe(1);
      expect(tampered.stdout).toMatch(/^verify-bundle: FAILED/);
      expect(tampered.stdout).toMatch(/first divergence at position 20 \(event [0-9a-f-]+\): event-hash-mismatch/);
      expect(tampered.stderr).toMatch(/does not verify: nothing was restored/);

      const otherKeyFile = join(dir, 'another-public-key.pem');
      writeFileSync(otherKeyFile, generateAuditSigningKey().publicKeyPem);
      const otherKey = await restore([bundlePath, '--database-url', target.url, '--public-key-file', otherKeyFile]);
      expect(otherKey.code).toBe(1);
      expect(otherKey.stdout).toMatch(/first divergence at line 1: public-key-mismatch/);

      // Not even the schema: the target is as it was created.
      expect(await count(target.url, "SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'")).toBe(0);
    },
  );

  step('the bundle is restored into the empty database; the store verifies and exports the same bundle byte for byte', async () => {
    const started = performance.now();
    const restored = await restore([bundlePath, '--database-url', target.url, '--public-key-file', publicKeyFile]);
    const seconds = (performance.now() - started) / 1000;
    expect(restored.stderr).not.toMatch(/^audit:/m);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      new RegExp(`^audit restore: ${head} events \\(head position ${head}\\) and 2 checkpoint\\(s\\) restored`),
    );
    expect(restored.stderr).toContain(`restore: the bundle verifies: ${head} events`);
    expect(restored.stderr).toContain(`restore: ${head} of ${head} events written`);
    expect(restored.stderr).toMatch(/restore: the store written verifies: .* 2 checkpoint signature\(s\) valid/);
    expect(seconds).toBeLessThan(60);
    // Every restored event waits in the outbox, for the relay to hand to the read side as it hands new events.
    expect(await count(target.url, 'SELECT count(*) AS n FROM outbox')).toBe(head);

    const verified = await auditCli(['verify', '--database-url', target.url, '--public-key-file', publicKeyFile], {});
    expect(verified.stdout).toMatch(/^audit verify: CLEAN\n/);
    expect(verified.code).toBe(0);

    const again = join(dir, 'restored-bundle.jsonl');
    expect((await auditCli(['export', '--out', again], { DATABASE_URL: target.url, AUDIT_PUBLIC_KEY: PUBLIC_KEY })).code).toBe(0);
    const originalText = readFileSync(bundlePath, 'utf8');
    const restoredText = readFileSync(again, 'utf8');
    // The same file but for the moment of export the header carries.
    const exportedAt = (text: string) => JSON.parse(text.slice(0, text.indexOf('\n'))).bundle.exportedAt as string;
    expect(restoredText.replace(exportedAt(restoredText), exportedAt(originalText))).toBe(originalText);
  });

  step('a database that holds events is refused, and left as it was', async () => {
    const refused = await restore([bundlePath, '--database-url', target.url]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      new RegExp(`audit: the database is not empty \\(${head} event\\(s\\), head position ${head}, 2 checkpoint\\(s\\)\\)`),
    );
    expect(await count(target.url, 'SELECT count(*) AS n FROM events')).toBe(head);
    expect(await count(target.url, 'SELECT count(*) AS n FROM audit_checkpoints')).toBe(2);
  });

  step('the embedded server on the restored database rebuilds the same read side, and the history continues from its head', async () => {
    const gateway = await startServer(target.url);
    const after = await readSide(gateway, target.url);
    expect(after.texts).toEqual(before.texts);
    expect(after.histories).toEqual(before.histories);
    expect(after.rows).toEqual(before.rows);
    // The relay drained the outbox.
    await eventually(async () => expect(await count(target.url, 'SELECT count(*) AS n FROM outbox')).toBe(0));
    // The checkpoint writer resumed from the restored checkpoint's frontier rather than recomputing the tree.
    await eventually(async () =>
      expect(server!.lines).toContainEqual(
        expect.objectContaining({ message: 'audit checkpoints resume from the latest', treeSize: checkpointSizes[1] }),
      ),
    );

    const secretariat = gateway.as(await tokenFor('sec-1', 'secretariat'));
    recorded(
      'one more stakeholder',
      await secretariat.post('/api/v1/stakeholders', {
        id: 'isoc-2',
        name: 'Internet Society chapter',
        category: 'technical-community',
        region: 'global',
      }),
    );
    expect(await count(target.url, 'SELECT max(position) AS n FROM events')).toBe(head + 1);
    const signed = recorded('a checkpoint', await secretariat.post('/api/v1/audit/checkpoints', {}), 200);
    expect(signed.treeSize).toBe(head + 1);
    const auditor = gateway.as(await tokenFor('auditor-1', 'auditor'));
    const report = await auditor.get('/api/v1/audit/verify');
    expect(report.json).toMatchObject({
      ok: true,
      store: { events: head + 1, headPosition: head + 1 },
      checkpoints: { latest: { treeSize: head + 1, signatureValid: true, rootMatches: true, chainMatches: true } },
    });
  });

  step(
    'in the full mode, the relay publishes the restored outbox to a fresh topic and the projector builds the same read side from it',
    async () => {
      expect((await restore([bundlePath, '--database-url', fullModeTarget.url, '--public-key-file', publicKeyFile])).code).toBe(0);
      const env = await fullModeEnvironment(fullModeTarget.url);
      services = await Promise.all([startService('ledger', env), startService('projector', env)]);
      services.push(await startService('gateway', env));
      const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`);
      const after = await readSide(gateway, fullModeTarget.url);
      expect(after.texts).toEqual(before.texts);
      expect(after.histories).toEqual(before.histories);
      expect(after.rows).toEqual(before.rows);
      // The topic holds the whole history, as the store does.
      const report = await gateway.as(await tokenFor('auditor-1', 'auditor')).get('/api/v1/audit/verify');
      expect(report.json).toMatchObject({ ok: true, kafka: { checked: true }, store: { headPosition: head } });
    },
  );
});
