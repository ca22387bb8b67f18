/**
 * The fault suite: under a steady load of commands, SIGKILL in turn the projector in the
 * middle of a batch, the outbox relay between publishing and marking, the write side in the
 * middle of commands, the Kafka broker and PostgreSQL; start each again; then prove with the
 * audit verifier and the read models that every acknowledged command is recorded exactly
 * once, that no command left half a state, and that every projection equals a fresh rebuild.
 *
 * The suite brings a PostgreSQL server and a Kafka broker of its own, since it kills them.
 * The services run as separate processes (the full mode) under a supervisor that starts a
 * crashed process again, as a container runtime does.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { StoredEvent } from '#libs/contracts';
import { PostgresEventStore } from '#libs/eventstore';
import { createDataSource, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { PROJECTOR_MIGRATIONS } from '../apps/projector/src/migrations';
import { applyToProjection } from '../apps/projector/src/projection-runner';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { readTopicEventIds } from './support/kafka-topic';
import { KillablePostgres } from './support/killable-postgres';
import { fullModeEnvironment } from './support/ledger-cluster';
import { scenarioSteps } from './support/negotiation-steps';
import { projectorProjections, tableRows } from './support/read-model-tables';
import { SteadyLoad } from './support/steady-load';
import { SupervisedService } from './support/supervised-service';
import { tokenFor } from './support/tokens';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startKafka } = require('./infra/kafka.js');

const COMMANDS_PER_SECOND = Number(process.env.FAULT_SUITE_COMMANDS_PER_SECOND ?? 20);
/** Commands acknowledged after each recovery before the next fault: the system is taking load again. */
const RECOVERED_AFTER = 30;

describe('the fault suite: every process and server SIGKILLed under load', () => {
  const step = scenarioSteps();
  let postgres: KillablePostgres;
  let kafka: { brokers: string; kill(): Promise<void>; restart(): Promise<void>; stop(): Promise<void> };
  let env: Record<string, string>;
  let ledger: SupervisedService;
  let projector: SupervisedService;
  let gateway: SupervisedService;
  let load: SteadyLoad;
  const faults: string[] = [];

  async function withSql<T>(work: (sql: Client) => Promise<T>, url = env.DATABASE_URL): Promise<T> {
    const sql = new Client({ connectionString: url });
    await sql.connect();
    try {
      return await work(sql);
    } finally {
      await sql.end();
    }
  }

  async function recovered(fault: string): Promise<void> {
    try {
      await load.awaitAcknowledgements(RECOVERED_AFTER);
    } catch (error) {
      const tails = [ledger, projector, gateway].map((s) => `--- ${s.name}:\n${s.tail()}`).join('\n');
      throw new Error(`${(error as Error).message}; in flight: ${load.commandsInFlight}\n${tails}`, { cause: error });
    }
    faults.push(fault);
  }

  beforeAll(async () => {
    postgres = await KillablePostgres.start();
    kafka = await startKafka({ own: true });
    env = { ...(await fullModeEnvironment(postgres.url)), DATABASE_URL: postgres.url, KAFKA_BROKERS: kafka.brokers };
    ledger = new SupervisedService('ledger', () => env);
    projector = new SupervisedService('projector', () => env);
    gateway = new SupervisedService('gateway', () => env);
  }, 180_000);

  afterAll(async () => {
    await load?.stop();
    for (const service of [gateway, projector, ledger]) await service?.stop();
    await kafka?.stop();
    await postgres?.stop();
  }, 60_000);

  step(
    'starts the write side, the projector and the gateway, and takes a steady load',
    async () => {
      await ledger.start();
      await projector.start();
      await gateway.start();
      const client = new HttpClient(`http://127.0.0.1:${env.PORT}`, await tokenFor('itu-secretariat', 'secretariat'));
      load = new SteadyLoad(client, COMMANDS_PER_SECOND, `fault-${Date.now().toString(36)}`);
      load.start();
      await recovered('none (warm-up)');
    },
    240_000,
  );

  step(
    'the projector killed in the middle of a batch',
    async () => {
      const paused = await projector.killAndRestart({ FAULT_PROJECTOR_PAUSE_MID_BATCH_MS: '60000' });
      const line = await paused.waitForLog(/fault injection: pausing in the middle of a batch/);
      expect(line.applied).toBeGreaterThan(0);
      await projector.killAndRestart();
      await recovered('projector mid-batch');
    },
    240_000,
  );

  step(
    'the outbox relay killed between publishing and marking',
    async () => {
      const paused = await ledger.killAndRestart({ FAULT_RELAY_PAUSE_AFTER_PUBLISH_MS: '60000' });
      await paused.waitForLog(/fault injection: published, pausing before marking/);
      const unmarked = await withSql(async (sql) => Number((await sql.query('SELECT count(*) AS n FROM outbox')).rows[0].n));
      expect(unmarked).toBeGreaterThan(0);
      await ledger.killAndRestart();
      await recovered('outbox relay between publish and mark');
    },
    240_000,
  );

  step(
    'the write side killed in the middle of commands',
    async () => {
      await eventually(async () => expect(load.commandsInFlight).toBeGreaterThan(0), 10_000, 1);
      await ledger.killAndRestart();
      await recovered('write side mid-command');
    },
    240_000,
  );

  step(
    'the Kafka broker killed: commands are still recorded while it is down',
    async () => {
      await kafka.kill();
      const acknowledgedBefore = load.acknowledged.length;
      await sleep(3000);
      expect(load.acknowledged.length).toBeGreaterThan(acknowledgedBefore);
      await kafka.restart();
      await recovered('Kafka broker');
    },
    240_000,
  );

  step(
    'PostgreSQL killed',
    async () => {
      await postgres.kill();
      await sleep(2000);
      await postgres.restart();
      await recovered('PostgreSQL');
    },
    240_000,
  );

  step(
    'after the load, every command sent again with its Idempotency-Key until answered',
    async () => {
      await load.stop();
      for (let round = 0; load.unacknowledged.length > 0 && round < 10; round++) {
        for (const command of load.unacknowledged) await load.resend(command);
        if (load.unacknowledged.length > 0) await sleep(1000);
      }
      expect(load.unacknowledged.map((c) => `${c.idempotencyKey}: ${c.failure}`)).toEqual([]);
    },
    240_000,
  );

  step(
    'the outbox drains and every projection reaches the head',
    async () => {
      await eventually(async () => {
        const { outbox, head, slowest } = await withSql(
          async (sql) =>
            (
              await sql.query(
                `SELECT (SELECT count(*) FROM outbox)::int AS outbox, (SELECT coalesce(max(position), 0) FROM events)::int AS head,
                (SELECT min(position) FROM projection_checkpoints)::int AS slowest`,
              )
            ).rows[0],
        );
        expect({ outbox, slowest }).toEqual({ outbox: 0, slowest: head });
      }, 120_000);
    },
    180_000,
  );

  step('every acknowledged command is recorded exactly once, and nothing else is', async () => {
    const recorded: { type: string; id: string; n: string }[] = await withSql(
      async (sql) =>
        (
          await sql.query(
            `SELECT type, coalesce(payload->>'consultationId', payload->>'stakeholderId') AS id, count(*) AS n FROM events
        WHERE type IN ('ConsultationRegistered', 'StakeholderRegistered') GROUP BY 1, 2`,
          )
        ).rows,
    );
    const found = new Map(recorded.map((row) => [row.id, Number(row.n)]));
    const acknowledgedIds = load.sent.map((command) => command.acknowledgedId!);
    expect(acknowledgedIds.filter((id) => found.get(id) !== 1)).toEqual([]);
    expect(new Set(acknowledgedIds).size).toBe(load.sent.length);
    expect(recorded.length).toBe(load.sent.length);
    const firstTry = load.sent.length - load.acknowledgedOnResend;
    // The figures a reader of CI's log wants: what was sent, acknowledged, and found in the store.
    console.log(
      `fault suite: ${load.sent.length} commands sent, ${firstTry} acknowledged at once, ${load.acknowledgedOnResend} answered only when sent again, ` +
        `${load.sent.length} acknowledged in all, ${recorded.length} found recorded once each; faults: ${faults.join('; ')}; ` +
        `crash restarts: ledger ${ledger.crashRestarts}, projector ${projector.crashRestarts}, gateway ${gateway.crashRestarts}`,
    );
  });

  step(
    'the audit verifier finds the history clean, in the store and on Kafka alike',
    async () => {
      const auditor = new HttpClient(`http://127.0.0.1:${env.PORT}`, await tokenFor('auditor-1', 'auditor'));
      const head = await withSql(async (sql) => Number((await sql.query('SELECT max(position) AS p FROM events')).rows[0].p));
      const report = await auditor.get('/api/v1/audit/verify');
      expect(report.status).toBe(200);
      expect(report.json).toMatchObject({
        ok: true,
        divergences: [],
        store: { events: head, headPosition: head },
        kafka: { checked: true, headPosition: head },
      });
      // The relay published some events twice across the crashes; the topic still holds each event once in order, none missing.
      const onTopic: string[] = await readTopicEventIds(kafka.brokers, env.KAFKA_EVENTS_TOPIC);
      const inStore = await withSql(async (sql) =>
        (await sql.query('SELECT event_id FROM events ORDER BY position')).rows.map((r) => r.event_id),
      );
      expect([...new Set(onTopic)]).toEqual(inStore);
    },
    120_000,
  );

  step(
    'every projection equals a fresh rebuild of the recorded history',
    async () => {
      const fresh = await withSql(async (sql) => {
        await sql.query('CREATE DATABASE fault_suite_rebuild');
        const url = new URL(env.DATABASE_URL);
        url.pathname = '/fault_suite_rebuild';
        return url.toString();
      });
      await runMigrations(fresh, 'projector', [...READ_MODEL_MIGRATIONS, ...PROJECTOR_MIGRATIONS]);
      const live = await createDataSource({
        url: env.DATABASE_URL,
        entities: READ_MODEL_ENTITIES,
        applicationName: 'fault-suite-live',
      }).initialize();
      const rebuilt = await createDataSource({
        url: fresh,
        entities: READ_MODEL_ENTITIES,
        applicationName: 'fault-suite-rebuild',
      }).initialize();
      try {
        const events = await recordedHistory(live);
        const projections = projectorProjections(rebuilt);
        for (let start = 0; start < events.length; start += 1000) {
          const batch = events.slice(start, start + 1000);
          await rebuilt.transaction(async (manager) => {
            for (const projection of projections) await applyToProjection(projection, batch, manager);
          });
        }
        for (const projection of projections) {
          expect({ projection: projection.name, rows: await tableRows(live, projection.tables) }).toEqual({
            projection: projection.name,
            rows: await tableRows(rebuilt, projection.tables),
          });
        }
      } finally {
        await live.destroy();
        await rebuilt.destroy();
      }
    },
    300_000,
  );

  async function recordedHistory(dataSource: DataSource): Promise<StoredEvent[]> {
    const store = new PostgresEventStore(dataSource);
    const events: StoredEvent[] = [];
    for (let after = 0; ;) {
      const page = await store.readAll(after, 5000);
      if (page.length === 0) return events;
      events.push(...page);
      after = page[page.length - 1].position;
    }
  }
});
