import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { freePort } from './support/free-port';
import { HttpClient } from './support/http';
import { startService } from './support/ledger-cluster';
import { ServiceProcess } from './support/service-process';
import { TEST_JWT_SECRET, tokenFor } from './support/tokens';

describe('the embedded default: one process, its own PostgreSQL, no Kafka', () => {
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-embedded-'));
    env = {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
      RELAY_POLL_INTERVAL_MS: '50',
      JWT_SECRET: TEST_JWT_SECRET,
    };
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on a bare machine, round-trips a consultation, and keeps it across a restart', async () => {
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`, await tokenFor('secretariat-1', 'secretariat'));
    let server = await startService('all', env);
    let id: string;
    try {
      const created = await gateway.post('/api/v1/consultations', wsis20Consultation());
      expect(created.status).toBe(201);
      id = created.json.id;
      await eventually(async () => expect((await gateway.get(`/api/v1/consultations/${id}`)).status).toBe(200));
      const health = await gateway.get('/health');
      expect(health.json).toEqual({ status: 'up', checks: { postgres: { status: 'up' } } });
    } finally {
      await server.stop();
    }

    server = await startService('all', env);
    try {
      const read = await gateway.get(`/api/v1/consultations/${id}`);
      expect(read.status).toBe(200);
      expect(read.json).toMatchObject({ id, title: wsis20Consultation().title, eventCount: 1 });
    } finally {
      await server.stop();
    }
  });

  it('refuses to start the full mode without its settings, naming each one', async () => {
    const server = ServiceProcess.start('gateway', { RUN_MODE: 'full', KAFKA_BROKERS: 'nonsense' });
    await server.waitForLog(/invalid configuration/);
    await server.stop();
    const text = server.lines.map((l) => l.message).join('\n');
    expect(text).toContain('DATABASE_URL is required when RUN_MODE=full');
    expect(text).toContain('KAFKA_BROKERS entry "nonsense" is not host:port');
  });
});
