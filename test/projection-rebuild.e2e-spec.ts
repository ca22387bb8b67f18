import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { STAKEHOLDER_REGISTERED } from '#libs/contracts';
import { EVENT_STORE_MIGRATIONS, KafkaEventPublisher, OutboxRelay, PostgresEventStore, createKafka } from '#libs/eventstore';
import { createDataSource, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { ExecuteLedgerCommandHandler } from '../apps/ledger/src/ledger-command-executor';
import { PROJECTOR_MIGRATIONS } from '../apps/projector/src/migrations';
import { Projection } from '../apps/projector/src/projection';
import { versionLabel } from '../apps/projector/src/projection-runner';
import { HistorySource, KafkaHistory, ProjectionRebuilder, RebuildRequests } from '../apps/projector/src/rebuild';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { projectorProjections } from './support/read-model-tables';
import { LedgerSession } from './support/recorded-workflow';
import { negotiateInTwoLanguages } from './support/language-workflow';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import {
  REBUILD_BATCH_SIZE,
  REBUILD_OPTIONS,
  SMALL_FETCH_BYTES,
  TestProjector,
  logger,
  nextVersion,
  projectorLog,
} from './support/test-projector';
import { tokenFor } from './support/tokens';
import { WebClient, formToken } from './support/web-client';
import { ListProjectionStatusesHandler } from '../apps/gateway/src/projections';
import { projectionsPage, translator } from '#libs/web';

describe('rebuilding projections from the whole history beside the ones that serve', () => {
  const suffix = randomBytes(4).toString('hex');
  const topic = `ledger.events.rebuild-test-${suffix}`;
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let session: LedgerSession;
  let kafka: Kafka;
  let publisher: KafkaEventPublisher;
  let relay: OutboxRelay;
  /** The projections as the code stands at each step: the tests below change versions. */
  let current: Projection[];
  const running: { stop(): Promise<void> }[] = [];

  async function dump(projections: readonly Projection[]): Promise<Record<string, unknown[]>> {
    const tables: Record<string, unknown[]> = {};
    for (const table of projections.flatMap((p) => p.tables).sort()) {
      const key: { attname: string }[] = await dataSource.query(
        `SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
          WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
        [`public.${table}`],
      );
      const order = key.length > 0 ? key.map((k) => `"${k.attname}"`).join(', ') : `t::text`;
      tables[table] = await dataSource.query(`SELECT * FROM public."${table}" t ORDER BY ${order}`);
    }
    return tables;
  }

  async function indexes(projections: readonly Projection[]): Promise<unknown[]> {
    return dataSource.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1) ORDER BY indexname`,
      [projections.flatMap((p) => p.tables)],
    );
  }

  async function checkpoints(): Promise<Record<string, number>> {
    const rows: { projection: string; position: string }[] = await dataSource.query(
      `SELECT name || '@v' || version AS projection, position FROM projection_checkpoints`,
    );
    return Object.fromEntries(rows.map((row) => [row.projection, Number(row.position)]));
  }

  async function caughtUp(projections: readonly Projection[]): Promise<number> {
    const head = await store.headPosition();
    await eventually(async () => {
      const at = await checkpoints();
      expect(Object.fromEntries(projections.map((p) => [versionLabel(p), at[versionLabel(p)]]))).toEqual(
        Object.fromEntries(projections.map((p) => [versionLabel(p), head])),
      );
    }, 60_000);
    return head;
  }

  async function rebuildSchemas(): Promise<string[]> {
    return (await dataSource.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%'`)).map(
      (row: { nspname: string }) => row.nspname,
    );
  }

  async function startProjector(transport: 'kafka' | 'store', options = { rebuildInBackground: false }): Promise<TestProjector> {
    const projector = await TestProjector.start(
      dataSource,
      current,
      transport === 'kafka' ? { kafka, topic, groupId: `projector-${suffix}-${running.length}` } : { store },
      options,
    );
    running.push(projector);
    return projector;
  }

  async function stop(projector: { stop(): Promise<void> }): Promise<void> {
    running.splice(running.indexOf(projector), 1);
    await projector.stop();
  }

  beforeAll(async () => {
    database = await createTestDatabase('projection_rebuild');
    await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
    await runMigrations(database.url, 'projector', [...READ_MODEL_MIGRATIONS, ...PROJECTOR_MIGRATIONS]);
    dataSource = await createDataSource({
      url: database.url,
      entities: READ_MODEL_ENTITIES,
      applicationName: 'projection-rebuild-test',
      poolSize: 20,
    }).initialize();
    store = new PostgresEventStore(dataSource);
    session = new LedgerSession(new ExecuteLedgerCommandHandler(store));
    kafka = createKafka(process.env.TEST_KAFKA_BROKERS!.split(','), 'projection-rebuild-test', logger);
    publisher = await KafkaEventPublisher.connect(kafka, topic);
    relay = new OutboxRelay(dataSource, store, publisher, { batchSize: 25, pollIntervalMs: 50, pauseAfterPublishMs: 0 }, logger);
    current = [...projectorProjections(dataSource)];

    await session.registerStakeholders();
    for (const label of ['wsis', 'ai-governance', 'climate', 'cybersecurity']) await session.negotiate(label);
    // Every table of every projection has rows to rebuild: the language versions' too.
    await negotiateInTwoLanguages(session, 'six-languages');
    await relay.drain();
    // As after a relay killed between publishing and marking: some events are on the topic twice.
    await publisher.publish(await store.readAll(20, 30));
  });

  afterAll(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()));
    await publisher?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('rebuilds every projection from Kafka offset 0 into the same rows, row for row, as the live projector built', async () => {
    const projector = await startProjector('kafka');
    const head = await caughtUp(current);
    expect(head).toBeGreaterThan(3 * REBUILD_BATCH_SIZE);
    const builtLive = await dump(current);
    const indexesBefore = await indexes(current);
    expect(Object.values(builtLive).every((rows) => rows.length > 0)).toBe(true);

    const requests = new RebuildRequests(dataSource);
    const ids = [];
    for (const projection of current) ids.push(await requests.request(projection.name, 'requested', 'auditor-1'));
    await projector.rebuilds.pollOnce();

    expect(projectorLog.find((line) => line.message === 'rebuilding projections')).toMatchObject({
      projections: current.map(versionLabel),
      from: `kafka topic ${topic} from offset 0`,
    });
    expect(await dump(current)).toEqual(builtLive);
    expect(await indexes(current)).toEqual(indexesBefore);
    expect(await checkpoints()).toEqual(Object.fromEntries(current.map((p) => [versionLabel(p), head])));
    const done = await dataSource.query('SELECT status, position FROM projection_rebuild_requests WHERE id = ANY($1) ORDER BY id', [ids]);
    expect(done).toEqual(ids.map(() => ({ status: 'done', position: String(head) })));
    expect(await rebuildSchemas()).toEqual([]);
    await stop(projector);
  });

  it('keeps answering from the old rows while a new version rebuilds, and from the new rows after the swap, never a mix', async () => {
    const stakeholders = current.find((p) => p.name === 'stakeholders')!;
    // Version 2 writes names in capitals: the rows tell which version wrote them.
    const shouting = nextVersion(stakeholders, async (event, manager) => {
      if (event.type !== STAKEHOLDER_REGISTERED) return;
      await manager.query('UPDATE stakeholders SET name = upper(name) WHERE id = $1', [event.payload.stakeholderId]);
    });
    current = current.map((p) => (p === stakeholders ? shouting : p));
    const names = async (): Promise<string[]> =>
      (await dataSource.query('SELECT array_agg(name ORDER BY id) AS names FROM stakeholders'))[0].names;
    const oldNames = await names();
    const projector = await startProjector('kafka');
    expect(projector.runner.isAwaitingRebuild('stakeholders')).toBe(true);

    let paused!: () => void;
    const pausedMidway = new Promise<void>((resolve) => (paused = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const requests = new RebuildRequests(dataSource);
    const ids = await requests.claim([shouting]);
    const kafkaHistory = new KafkaHistory(kafka, topic, `rebuild-test-${suffix}`, SMALL_FETCH_BYTES);
    let eventsFromKafka = 0;
    const fromKafka: HistorySource = {
      description: kafkaHistory.description,
      replay: (handler, chunkSize, signal) =>
        kafkaHistory.replay(async (events) => ((eventsFromKafka += events.length), handler(events)), chunkSize, signal),
    };
    expect(ids).toHaveLength(1);
    const rebuilding = new ProjectionRebuilder(dataSource, logger, REBUILD_OPTIONS).rebuild([shouting], fromKafka, {
      onProgress: async (progress) => {
        await requests.progress(ids, progress.position, progress.head);
        paused();
        await released;
      },
      inSwap: (manager, position) => requests.done(manager, ids, position),
    });
    await pausedMidway;

    const seen: string[][] = [];
    let reading = true;
    let head: number;
    try {
      // Midway: the old rows answer, and a new stakeholder reaches every live projection but not the held one.
      expect(await names()).toEqual(oldNames);
      await session.registerStakeholder('youth-network', 'Global Youth Network');
      await relay.drain();
      head = await caughtUp(current.filter((p) => p !== shouting));
      expect(await names()).toEqual(oldNames);
      expect((await checkpoints())['stakeholders@v1']).toBeLessThan(head);
      const [progress] = await dataSource.query('SELECT status, position, target_position FROM projection_rebuild_requests WHERE id = $1', [
        ids[0],
      ]);
      expect(progress.status).toBe('running');
      expect(Number(progress.position)).toBeGreaterThan(0);
      expect(Number(progress.target_position)).toBeGreaterThan(Number(progress.position));

      // The status the API and the read-models page answer: events done of the total, the rate, the expected end.
      const askedAt = Date.now();
      const statuses = await new ListProjectionStatusesHandler(dataSource).execute();
      const { rebuild } = statuses.find((status) => status.name === 'stakeholders')!;
      expect(rebuild).toMatchObject({
        status: 'running',
        position: Number(progress.position),
        targetPosition: Number(progress.target_position),
      });
      expect(rebuild!.eventsPerSecond).toBeGreaterThan(0);
      expect(Date.parse(rebuild!.estimatedEndAt!)).toBeGreaterThan(askedAt - 1000);
      const page = projectionsPage(
        {
          locale: 'en',
          t: translator('en'),
          csrf: 'x',
          url: '/web/projections',
          viewer: { id: 'auditor-1', role: 'auditor', roles: ['auditor'] },
        },
        statuses,
      );
      expect(page).toContain(`<progress max="${rebuild!.targetPosition}" value="${rebuild!.position}"`);
      expect(page).toMatch(/[\d,]+ events a second/);
      expect(page).toContain('Expected to end at ');
    } finally {
      // Readers during the swap see the old list or the new one.
      void (async () => {
        while (reading) {
          seen.push(await names());
          await sleep(2);
        }
      })();
      release();
    }
    const outcome = await rebuilding;
    await sleep(50);
    reading = false;
    const newNames = [...oldNames, 'Global Youth Network'].map((n) => n.toUpperCase());

    expect(outcome.position).toBe(head);
    expect(eventsFromKafka).toBeGreaterThan(head - 2 * REBUILD_BATCH_SIZE);
    const sorted = (list: string[]) => [...list].sort();
    expect(
      seen.every(
        (list) => JSON.stringify(list) === JSON.stringify(oldNames) || JSON.stringify(sorted(list)) === JSON.stringify(sorted(newNames)),
      ),
    ).toBe(true);
    expect(sorted(await names())).toEqual(sorted(newNames));
    const at = await checkpoints();
    expect(at['stakeholders@v2']).toBe(head);
    expect(at).not.toHaveProperty('stakeholders@v1');
    expect((await indexes([shouting])).map((row) => (row as { indexname: string }).indexname)).toEqual([
      'stakeholders_by_name',
      'stakeholders_pkey',
    ]);
    expect(await rebuildSchemas()).toEqual([]);

    // The live runner applies the new version from the swap on.
    await session.registerStakeholder('women-in-tech', 'Women in Tech Alliance');
    await relay.drain();
    await eventually(async () => expect(await names()).toContain('WOMEN IN TECH ALLIANCE'));
    await caughtUp(current);
    await stop(projector);
  });

  it('rebuilds at start a projection whose version was bumped, in the embedded default, and resumes it live', async () => {
    const consultations = current.find((p) => p.name === 'consultations')!;
    const bumped = nextVersion(consultations);
    const before = await dump([consultations]);
    current = current.map((p) => (p === consultations ? bumped : p));

    const projector = await startProjector('store', { rebuildInBackground: true });
    const [request] = await dataSource.query(
      `SELECT reason FROM projection_rebuild_requests WHERE projection = 'consultations' ORDER BY id DESC LIMIT 1`,
    );
    expect(request.reason).toBe('version-changed');

    const head = await caughtUp(current);
    const at = await checkpoints();
    expect(at).toHaveProperty(versionLabel(bumped), head);
    expect(at).not.toHaveProperty(versionLabel(consultations));
    expect(await dump([bumped])).toEqual(before);
    await eventually(async () => {
      const [done] = await dataSource.query(
        `SELECT status FROM projection_rebuild_requests WHERE projection = 'consultations' ORDER BY id DESC LIMIT 1`,
      );
      expect(done.status).toBe('done');
    });

    await session.negotiate('spectrum');
    await relay.drain();
    await caughtUp(current);
    expect((await dump([bumped])).consultations.length).toBe(before.consultations.length + 1);
    await stop(projector);
  });

  describe('the lag endpoint', () => {
    let gateway: ServiceProcess;
    let api: HttpClient;

    beforeAll(async () => {
      const env = await fullModeEnvironment(database.url);
      gateway = await startService('gateway', env);
      api = new HttpClient(`http://127.0.0.1:${env.PORT}`, await tokenFor('auditor-1', 'auditor'));
    });

    afterAll(async () => {
      await gateway?.stop();
    });

    async function recordedAt(position: number): Promise<number> {
      const [row] = await dataSource.query('SELECT recorded_at FROM events WHERE position = $1', [position]);
      return (row.recorded_at as Date).getTime();
    }

    it('counts the events and milliseconds each projection is behind while the projector is stopped, and nothing once it caught up', async () => {
      const projector = await startProjector('store');
      const checkpoint = await caughtUp(current);
      const lastApplied = await dataSource.query(`SELECT name || '@v' || version AS projection, updated_at FROM projection_checkpoints`);
      await stop(projector);

      for (const [id, name] of [
        ['itu-academia', 'ITU Academia'],
        ['apt', 'Asia-Pacific Telecommunity'],
        ['citel', 'CITEL'],
      ]) {
        await sleep(40);
        await session.registerStakeholder(id, name);
      }
      const head = await store.headPosition();
      const behind = await api.get('/api/v1/projections');
      expect(behind.status).toBe(200);
      expect(behind.json.map((p: { name: string }) => p.name)).toEqual(current.map((p) => p.name).sort());
      const msBehind = (await recordedAt(head)) - (await recordedAt(checkpoint));
      expect(msBehind).toBeGreaterThanOrEqual(80);
      for (const projection of current) {
        const status = behind.json.find((p: { name: string }) => p.name === projection.name);
        expect(status).toMatchObject({
          name: projection.name,
          version: projection.version,
          status: 'live',
          checkpointPosition: checkpoint,
          headPosition: head,
          eventsBehind: head - checkpoint,
          msBehind,
          lastAppliedAt: lastApplied
            .find((row: { projection: string }) => row.projection === versionLabel(projection))
            .updated_at.toISOString(),
        });
        expect(status).not.toHaveProperty('rebuild');
      }

      const auditor = await api.post('/api/v1/projections/documents/rebuild', {});
      expect(auditor.status).toBe(202);
      expect(auditor.json).toEqual({ id: expect.any(Number), projection: 'documents', status: 'pending', requestedAt: expect.any(String) });
      expect((await api.as(await tokenFor('egypt', 'stakeholder')).post('/api/v1/projections/documents/rebuild', {})).status).toBe(403);
      expect((await api.post('/api/v1/projections/no-such-projection/rebuild', {})).status).toBe(404);
      const queued = (await api.get('/api/v1/projections')).json.find((p: { name: string }) => p.name === 'documents');
      expect(queued).toMatchObject({
        status: 'rebuilding',
        checkpointPosition: checkpoint,
        rebuild: {
          requestId: auditor.json.id,
          status: 'pending',
          reason: 'requested',
          progress: 0,
          eventsPerSecond: null,
          estimatedEndAt: null,
        },
      });

      // The read-models page says the same to an auditor, in English and in Arabic; a stakeholder is not shown it.
      const pages = new WebClient(api.baseUrl);
      const signIn = await pages.get('/web/sign-in');
      await pages.post('/web/sign-in', { _csrf: formToken(signIn.text), token: await tokenFor('auditor-1', 'auditor'), next: '/web' });
      const english = await pages.get('/web/projections?lang=en');
      expect(english.status).toBe(200);
      expect(english.text).toContain('Rebuild of \u2068Documents and amendments\u2069: waiting for a projector to take it');
      expect(english.text).toContain(`${checkpoint.toLocaleString('en-GB')} of ${head.toLocaleString('en-GB')}`);
      const arabic = await pages.get('/web/projections?lang=ar');
      expect(arabic.text).toContain('إعادة بناء \u2068الوثائق والتعديلات\u2069: في انتظار أن يتولاها مُسقِط');
      const stakeholderPages = new WebClient(api.baseUrl);
      const stakeholderSignIn = await stakeholderPages.get('/web/sign-in');
      await stakeholderPages.post('/web/sign-in', {
        _csrf: formToken(stakeholderSignIn.text),
        token: await tokenFor('egypt', 'stakeholder'),
        next: '/web',
      });
      expect((await stakeholderPages.get('/web/projections')).status).toBe(403);

      const restarted = await startProjector('store', { rebuildInBackground: true });
      await caughtUp(current);
      await eventually(async () => {
        const statuses = (await api.get('/api/v1/projections')).json;
        for (const projection of current) {
          expect(statuses.find((p: { name: string }) => p.name === projection.name)).toMatchObject({
            version: projection.version,
            status: 'live',
            checkpointPosition: head,
            headPosition: head,
            eventsBehind: 0,
            msBehind: 0,
          });
        }
        expect(statuses.find((p: { name: string }) => p.name === 'documents').lastRebuild).toMatchObject({
          requestId: auditor.json.id,
          status: 'done',
        });
      });
      await stop(restarted);
    });
  });
});
