import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { freePort } from './free-port';
import { ServiceProcess } from './service-process';
import { TEST_JWT_SECRET } from './tokens';

/** The Ed25519 key the ledgers under test sign their audit checkpoints with (PEM, PKCS #8). */
export const TEST_AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** The environment of the full mode for one test: its own database, topic and consumer group. */
export async function fullModeEnvironment(databaseUrl: string): Promise<Record<string, string>> {
  const brokers = process.env.TEST_KAFKA_BROKERS;
  if (!brokers) throw new Error('TEST_KAFKA_BROKERS is not set: run the integration tests through jest (npm test)');
  const suffix = randomBytes(4).toString('hex');
  const ledgerPort = await freePort();
  return {
    RUN_MODE: 'full',
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers,
    KAFKA_EVENTS_TOPIC: `ledger.events.test-${suffix}`,
    KAFKA_PROJECTOR_GROUP: `ledger-projector-test-${suffix}`,
    PORT: String(await freePort()),
    LEDGER_PORT: String(ledgerPort),
    LEDGER_URL: `http://127.0.0.1:${ledgerPort}`,
    PROJECTOR_PORT: String(await freePort()),
    RELAY_POLL_INTERVAL_MS: '50',
    JWT_SECRET: TEST_JWT_SECRET,
    INTERNAL_API_TOKEN: `internal-${suffix}-0123456789abcdef0123456789`,
    AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
  };
}

/** Starts a service and waits until it listens. */
export async function startService(
  service: 'all' | 'gateway' | 'ledger' | 'projector',
  env: Record<string, string>,
): Promise<ServiceProcess> {
  const process = ServiceProcess.start(service, env);
  await process.waitForLog(/^listening$/, 90_000);
  return process;
}
