import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { freePort } from './support/free-port';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { Scrape } from './support/prometheus-text';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { TEST_JWT_SECRET, tokenFor } from './support/tokens';

const METRICS_TOKEN = 'metrics-scraper-token-0123456789abcdef0123';

/** Every metric docs/metrics.md documents, with its type: the test holds the code to the document. */
const DOCUMENTED = [
  ...readFileSync(join(__dirname, '..', 'docs', 'metrics.md'), 'utf8').matchAll(/^\| `(ledger_[a-z_]+)` \| (counter|gauge|histogram) \|/gm),
].map(([, name, type]) => ({ name, type }));

async function scrape(baseUrl: string, token?: string): Promise<Scrape> {
  const response = await new HttpClient(baseUrl, token).get('/metrics');
  if (response.status !== 200) throw new Error(`GET ${baseUrl}/metrics: ${response.status} ${response.text}`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return new Scrape(response.text);
}

/** One accepted command, one refused by the rules (the next phase after drafting is not adoption), one refused for the role. */
async function runCommands(gateway: HttpClient): Promise<string> {
  const created = await gateway.post('/api/v1/consultations', wsis20Consultation());
  expect(created.status).toBe(201);
  const refused = await gateway.post(`/api/v1/consultations/${created.json.id}/phase`, { to: 'adoption' });
  expect(refused.status).toBe(422);
  expect(refused.json.type).toMatch(/\/invalid$/);
  const forbidden = await gateway.as(await tokenFor('egypt', 'stakeholder')).post('/api/v1/consultations', wsis20Consultation());
  expect(forbidden.status).toBe(403);
  return created.json.id;
}

/** Every projection caught up with the store's head: no event waiting, none waiting for any time. */
function expectCaughtUp(metrics: Scrape, head: number): void {
  const lags = metrics.find('ledger_projection_lag_events');
  expect(lags.map((s) => s.labels.projection)).toEqual(expect.arrayContaining(['consultations', 'documents', 'history', 'search']));
  expect(lags.map((s) => s.value)).toEqual(lags.map(() => 0));
  expect(metrics.find('ledger_projection_lag_seconds').map((s) => s.value)).toEqual(lags.map(() => 0));
  expect(metrics.find('ledger_projection_checkpoint_position').map((s) => s.value)).toEqual(lags.map(() => head));
}

function httpCount(metrics: Scrape, method: string, route: string, statusClass: string): number {
  const found = metrics.find('ledger_http_request_duration_seconds_count', { method, route, status_class: statusClass });
  return found.reduce((sum, s) => sum + s.value, 0);
}

describe('metrics', () => {
  it('finds the thirteen metrics docs/metrics.md documents', () => {
    expect(DOCUMENTED.map((m) => m.name)).toHaveLength(13);
  });

  describe('the full mode: each service serves the metrics of its own work', () => {
    let database: { url: string; drop: () => Promise<void> };
    let env: Record<string, string>;
    let services: ServiceProcess[] = [];
    let sql: Client;
    let urls: { gateway: string; ledger: string; projector: string };

    beforeAll(async () => {
      database = await createTestDatabase('metrics');
      env = { ...(await fullModeEnvironment(database.url)), METRICS_TOKEN };
      // The projector pauses in the middle of each batch, so that its lag can be seen before it catches up.
      services = await Promise.all([
        startService('ledger', env),
        startService('projector', { ...env, FAULT_PROJECTOR_PAUSE_MID_BATCH_MS: '400' }),
      ]);
      services.push(await startService('gateway', env));
      urls = { gateway: `http://127.0.0.1:${env.PORT}`, ledger: env.LEDGER_URL, projector: `http://127.0.0.1:${env.PROJECTOR_PORT}` };
      sql = new Client({ connectionString: database.url });
      await sql.connect();
    });

    afterAll(async () => {
      await sql?.end();
      await Promise.all(services.map((s) => s.stop()));
      await database?.drop();
    });

    it('counts the commands, refusals, appends and requests, and shows projection lag falling to 0', async () => {
      const gateway = new HttpClient(urls.gateway, await tokenFor('secretariat-1', 'secretariat'));
      const id = await runCommands(gateway);

      const behind = await eventually(
        async () => {
          const lag = await scrape(urls.projector, METRICS_TOKEN);
          expect(lag.value('ledger_projection_lag_events', { projection: 'consultations' })).toBe(1);
          return lag;
        },
        30_000,
        50,
      );
      expect(behind.value('ledger_projection_lag_seconds', { projection: 'consultations' })).toBeGreaterThan(0);
      expect(behind.value('ledger_projection_checkpoint_position', { projection: 'consultations' })).toBe(0);

      const projector = await eventually(async () => {
        const caughtUp = await scrape(urls.projector, METRICS_TOKEN);
        expectCaughtUp(caughtUp, 1);
        return caughtUp;
      }, 60_000);
      expect(projector.find('ledger_commands_total')).toEqual([]);

      const ledger = await eventually(async () => {
        const written = await scrape(urls.ledger, METRICS_TOKEN);
        expect(written.value('ledger_relay_backlog_events')).toBe(0);
        return written;
      });
      expect(ledger.value('ledger_relay_oldest_unpublished_age_seconds')).toBe(0);
      expect(ledger.value('ledger_commands_total', { kind: 'RegisterConsultation', outcome: 'accepted' })).toBe(1);
      expect(ledger.value('ledger_commands_total', { kind: 'ChangePhase', outcome: 'refused' })).toBe(1);
      expect(ledger.find('ledger_commands_total')).toHaveLength(2);
      expect(ledger.value('ledger_refusals_total', { source: 'command', reason: 'invalid' })).toBe(1);
      expect(ledger.find('ledger_refusals_total')).toHaveLength(1);
      // The refused command was decided and never appended.
      expect(ledger.value('ledger_event_store_append_duration_seconds_count', { outcome: 'appended' })).toBe(1);
      expect(ledger.value('ledger_event_store_append_duration_seconds_sum', { outcome: 'appended' })).toBeGreaterThan(0);
      const events = Number((await sql.query('SELECT count(*) AS n FROM events')).rows[0].n);
      expect(ledger.value('ledger_event_store_head_position')).toBe(events);
      expect(events).toBe(1);
      expect(ledger.value('ledger_event_store_size_bytes')).toBeGreaterThan(8192);
      expect(ledger.value('ledger_event_store_commits')).toBe(1);
      expect(ledger.value('ledger_event_store_committed_appends')).toBe(1);
      expect(httpCount(ledger, 'POST', '/internal/commands', '2xx')).toBe(2);
      expect(ledger.types.has('ledger_projection_lag_events')).toBe(false);
      expect(ledger.find('process_resident_memory_bytes')[0].value).toBeGreaterThan(0);

      const anonymous = await new HttpClient(urls.gateway).get('/metrics');
      expect(anonymous.status).toBe(401);
      const front = await scrape(urls.gateway, METRICS_TOKEN);
      expect(front.value('ledger_refusals_total', { source: 'access', reason: 'forbidden' })).toBe(1);
      expect(front.find('ledger_commands_total')).toEqual([]);
      expect(httpCount(front, 'POST', '/api/v1/consultations', '2xx')).toBe(1);
      expect(httpCount(front, 'POST', '/api/v1/consultations', '4xx')).toBe(1);
      expect(httpCount(front, 'POST', '/api/v1/consultations/:id/phase', '4xx')).toBe(1);
      expect(
        front.find('ledger_http_request_duration_seconds_bucket', { route: '/api/v1/consultations/:id/phase', le: '+Inf' })[0].value,
      ).toBe(1);
      expect(front.text).not.toContain(id);
      expect(front.find('ledger_http_request_duration_seconds_count').map((s) => s.labels.route)).not.toContain('/metrics');

      const openApi = await gateway.get('/api/docs/openapi.json');
      expect(Object.keys(openApi.json.paths)).not.toContain('/metrics');
    });
  });

  describe('the embedded default: one process, one registry, every metric', () => {
    let database: { url: string; drop: () => Promise<void> };
    let server: ServiceProcess;
    let baseUrl: string;

    beforeAll(async () => {
      database = await createTestDatabase('metrics_embedded');
      const port = String(await freePort());
      server = await startService('all', {
        DATABASE_URL: database.url,
        PORT: port,
        RELAY_POLL_INTERVAL_MS: '50',
        JWT_SECRET: TEST_JWT_SECRET,
      });
      baseUrl = `http://127.0.0.1:${port}`;
    });

    afterAll(async () => {
      await server?.stop();
      await database?.drop();
    });

    it('shows every documented metric once, unauthenticated in development, with the work of all three services', async () => {
      const gateway = new HttpClient(baseUrl, await tokenFor('secretariat-1', 'secretariat'));
      await runCommands(gateway);

      const metrics = await eventually(async () => {
        const all = await scrape(baseUrl);
        expectCaughtUp(all, 1);
        expect(all.value('ledger_relay_backlog_events')).toBe(0);
        return all;
      });
      for (const { name, type } of DOCUMENTED) {
        expect({ name, type: metrics.types.get(name), declared: metrics.declarations.get(name) }).toEqual({ name, type, declared: 1 });
      }
      expect([...metrics.declarations.values()].every((n) => n === 1)).toBe(true);

      expect(metrics.value('ledger_commands_total', { kind: 'RegisterConsultation', outcome: 'accepted' })).toBe(1);
      expect(metrics.value('ledger_commands_total', { kind: 'ChangePhase', outcome: 'refused' })).toBe(1);
      expect(metrics.value('ledger_refusals_total', { source: 'command', reason: 'invalid' })).toBe(1);
      expect(metrics.value('ledger_refusals_total', { source: 'access', reason: 'forbidden' })).toBe(1);
      expect(metrics.value('ledger_event_store_append_duration_seconds_count', { outcome: 'appended' })).toBe(1);
      expect(metrics.value('ledger_event_store_head_position')).toBe(1);
      expect(metrics.value('ledger_event_store_commits')).toBe(1);
      expect(metrics.value('ledger_relay_oldest_unpublished_age_seconds')).toBe(0);
      expect(metrics.value('ledger_event_store_size_bytes')).toBeGreaterThan(0);
      expect(httpCount(metrics, 'POST', '/api/v1/consultations', '2xx')).toBe(1);
      expect(httpCount(metrics, 'POST', '/api/v1/consultations/:id/phase', '4xx')).toBe(1);
      // In process, commands reach the write side without HTTP.
      expect(metrics.find('ledger_http_request_duration_seconds_count', { route: '/internal/commands' })).toEqual([]);
      for (const name of [
        'process_cpu_user_seconds_total',
        'process_resident_memory_bytes',
        'nodejs_heap_size_used_bytes',
        'nodejs_eventloop_lag_seconds',
      ]) {
        expect(metrics.find(name)).toHaveLength(1);
      }
    });
  });
});
