import { Client } from 'pg';
import { freePort } from './free-port';
import { TEST_AUDIT_SIGNING_KEY, startService } from './ledger-cluster';
import { TestIdentityProvider } from './security-idp';
import { ServiceProcess } from './service-process';
import { createTestDatabase } from './test-database';
import { TEST_JWT_SECRET } from './tokens';

/**
 * The embedded composition in the production auth mode, verifying tokens with the shared
 * secret and the identity provider's key set, on its own database, with a connection to count
 * what the event store records: what the security specs send hostile requests to.
 */
export interface SecuredService {
  readonly port: number;
  readonly baseUrl: string;
  readonly pg: Client;
  /** How many events the store holds. */
  eventCount(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts it on a new database named after `name`; `env` adds to or overrides the security settings. */
export async function startSecuredService(
  name: string,
  idp: TestIdentityProvider,
  env: Record<string, string> = {},
): Promise<SecuredService> {
  const database = await createTestDatabase(name);
  const pg = new Client({ connectionString: database.url });
  await pg.connect();
  const port = await freePort();
  let server: ServiceProcess | undefined;
  const stop = async () => {
    await server?.stop();
    await pg.end();
    await database.drop();
  };
  server = await startService('all', {
    DATABASE_URL: database.url,
    PORT: String(port),
    RELAY_POLL_INTERVAL_MS: '50',
    AUTH_MODE: 'production',
    JWT_SECRET: TEST_JWT_SECRET,
    JWT_JWKS_URL: idp.jwksUrl,
    AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    MAX_BODY_BYTES: '65536',
    ...env,
  });
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    pg,
    async eventCount() {
      const { rows } = await pg.query('SELECT count(*)::int AS n FROM events');
      return rows[0].n;
    },
    stop,
  };
}
