import { Client } from 'pg';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { readTopicEventIds } from './support/kafka-topic';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';

/**
 * Crashes at the two places where an event could be lost or doubled between PostgreSQL and
 * Kafka, each made certain by a fault-injection pause, and SIGKILL while paused.
 */
describe('crashes lose nothing and double nothing', () => {
  let database: { url: string; drop: () => Promise<void> };
  let env: Record<string, string>;
  let sql: Client;
  const running: ServiceProcess[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('crash');
    env = await fullModeEnvironment(database.url);
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
    await sql.end();
    await database.drop();
  });

  async function start(service: 'gateway' | 'ledger' | 'projector', extra: Record<string, string> = {}) {
    const process = await startService(service, { ...env, ...extra });
    running.push(process);
    return process;
  }

  async function registerConsultations(gateway: HttpClient, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const response = await gateway.post('/api/v1/consultations', wsis20Consultation({ title: `consultation ${i}` }));
      expect(response.status).toBe(201);
      ids.push(response.json.id);
    }
    return ids;
  }

  async function readModel(): Promise<{ id: string; event_count: number }[]> {
    return (await sql.query('SELECT id, event_count FROM consultations ORDER BY id')).rows;
  }

  it('the outbox relay killed between publishing and marking publishes again, and the projector applies each event once', async () => {
    const ledger = await start('ledger', { FAULT_RELAY_PAUSE_AFTER_PUBLISH_MS: '60000' });
    await start('gateway');
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`, await tokenFor('secretariat-1', 'secretariat'));
    const ids = await registerConsultations(gateway, 25);

    await ledger.waitForLog(/fault injection: published, pausing before marking/);
    await ledger.kill();
    running.splice(running.indexOf(ledger), 1);
    const unmarked = Number((await sql.query('SELECT count(*) AS n FROM outbox')).rows[0].n);
    expect(unmarked).toBeGreaterThan(0);

    await start('ledger');
    await start('projector');
    await eventually(async () => expect(Number((await sql.query('SELECT count(*) AS n FROM outbox')).rows[0].n)).toBe(0));
    await eventually(async () => expect(await readModel()).toHaveLength(ids.length));

    const onTopic = await readTopicEventIds(env.KAFKA_BROKERS, env.KAFKA_EVENTS_TOPIC);
    const recorded = (await sql.query('SELECT event_id FROM events ORDER BY position')).rows.map((r) => r.event_id);
    expect(onTopic.length).toBeGreaterThan(recorded.length); // the crash made the relay publish some events twice
    expect([...new Set(onTopic)]).toEqual(recorded); // yet the topic holds every event, in order
    expect(await readModel()).toEqual(ids.sort().map((id) => ({ id, event_count: 1 })));
  });

  it('the projector killed in the middle of a batch applies every event exactly once after restart', async () => {
    await start('ledger');
    await start('gateway');
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`, await tokenFor('secretariat-1', 'secretariat'));
    const ids = await registerConsultations(gateway, 60);
    await eventually(async () => expect(Number((await sql.query('SELECT count(*) AS n FROM outbox')).rows[0].n)).toBe(0));

    const projector = await start('projector', { FAULT_PROJECTOR_PAUSE_MID_BATCH_MS: '60000' });
    const paused = await projector.waitForLog(/fault injection: pausing in the middle of a batch/);
    expect(paused.applied).toBeGreaterThan(0);
    await projector.kill();
    running.splice(running.indexOf(projector), 1);
    // The half-applied batch was one transaction: nothing of it, nor of its checkpoint, is visible.
    expect(await readModel()).toHaveLength(0);

    await start('projector');
    await eventually(async () => expect(await readModel()).toHaveLength(ids.length));
    const head = Number((await sql.query('SELECT max(position) AS p FROM events')).rows[0].p);
    await eventually(async () => {
      const slowest = (await sql.query('SELECT min(position) AS position FROM projection_checkpoints')).rows[0];
      expect(Number(slowest.position)).toBe(head);
    });
    expect(await readModel()).toEqual(ids.sort().map((id) => ({ id, event_count: 1 })));
  });
});
