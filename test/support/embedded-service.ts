import { Client } from 'pg';
import { freePort } from './free-port';
import { HttpClient } from './http';
import { TEST_AUDIT_SIGNING_KEY, startService } from './ledger-cluster';
import { createTestDatabase } from './test-database';
import { TEST_JWT_SECRET } from './tokens';

/** The services in one process on a fresh database, verifying tokens as production does. */
export interface EmbeddedService {
  /** Unauthenticated; `gateway.as(token)` for an actor. */
  readonly gateway: HttpClient;
  /** The service's database, for counting what was recorded. */
  readonly pg: Client;
  eventCount(): Promise<number>;
  stop(): Promise<void>;
}

export async function startEmbeddedService(databasePrefix: string, env: Record<string, string> = {}): Promise<EmbeddedService> {
  const database = await createTestDatabase(databasePrefix);
  const pg = new Client({ connectionString: database.url });
  await pg.connect();
  const port = await freePort();
  const server = await startService('all', {
    DATABASE_URL: database.url,
    PORT: String(port),
    RELAY_POLL_INTERVAL_MS: '50',
    AUTH_MODE: 'production',
    JWT_SECRET: TEST_JWT_SECRET,
    AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    ...env,
  });
  return {
    gateway: new HttpClient(`http://127.0.0.1:${port}`),
    pg,
    eventCount: async () => (await pg.query('SELECT count(*)::int AS n FROM events')).rows[0].n as number,
    stop: async () => {
      await server.stop();
      await pg.end();
      await database.drop();
    },
  };
}
