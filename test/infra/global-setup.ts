import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, startEmbeddedPostgres } from '#libs/platform';
import { freePort } from '../support/free-port';
// Plain CommonJS so CI can also run it on its own before any TypeScript is built.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startKafka } = require('./kafka.js');

/**
 * Brings the real infrastructure the integration tests need: PostgreSQL (DATABASE_URL, or
 * an embedded server) and a Kafka broker (KAFKA_BROKERS, or a KRaft broker from Maven
 * Central's jars). Tests read TEST_DATABASE_URL and TEST_KAFKA_BROKERS.
 */
export default async function globalSetup(): Promise<void> {
  const logger = createLogger('test-infra', 'warn');
  const teardown: (() => Promise<void>)[] = [];
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-test-pg-'));
    const postgres = await startEmbeddedPostgres(dataDir, await freePort(), logger, 'ledger_test');
    process.env.TEST_DATABASE_URL = postgres.url;
    teardown.push(() => postgres.stop());
  }
  const kafka = await startKafka({ log: process.env.CI ? true : undefined });
  process.env.TEST_KAFKA_BROKERS = kafka.brokers;
  teardown.push(() => kafka.stop());
  (globalThis as { __ledgerTestTeardown?: typeof teardown }).__ledgerTestTeardown = teardown;
}
