/**
 * The PostgreSQL server and Kafka broker the benchmarks run on: DATABASE_URL and
 * KAFKA_BROKERS when given, otherwise an embedded PostgreSQL and a KRaft broker from
 * Kafka's jars (test/infra/kafka.js), started once by the runner for every case of the run
 * and stopped at its end. Cases make their own databases and topics on them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createLogger, startEmbeddedPostgres } from '#libs/platform';
import { freePort } from '../test/support/free-port';
import { Infrastructure } from './harness';
import { createTopic, deleteTopics, kafkaClient } from './limits/kafka-rates';
// Plain CommonJS shared with the test infrastructure: a KRaft broker from Maven Central's jars.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startKafka } = require('../test/infra/kafka.js');

export interface ProvidedInfrastructure {
  /** What the runner started itself (empty when everything was given). */
  readonly started: readonly string[];
  stop(): Promise<void>;
}

/**
 * Makes sure DATABASE_URL and KAFKA_BROKERS name a server and a broker for the suites that
 * need them, starting what is missing; the children the runner forks inherit the variables.
 */
export async function provideInfrastructure(needs: ReadonlySet<Infrastructure>): Promise<ProvidedInfrastructure> {
  const stops: (() => Promise<void>)[] = [];
  const started: string[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    if (needs.has('postgres') && !process.env.DATABASE_URL) {
      const dataDir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
      const postgres = await startEmbeddedPostgres(dataDir, await freePort(), createLogger('bench', 'warn'), 'postgres');
      stops.push(async () => {
        await postgres.stop();
        rmSync(dataDir, { recursive: true, force: true });
      });
      process.env.DATABASE_URL = postgres.url;
      // Suites that keep data between runs (audit-verify) use their own cached server instead of this one.
      process.env.BENCH_STARTED_POSTGRES = '1';
      started.push(`embedded PostgreSQL (${postgres.url})`);
    }
    if (needs.has('kafka') && !process.env.KAFKA_BROKERS) {
      const kafka = await startKafka({ log: false });
      stops.push(() => kafka.stop());
      process.env.KAFKA_BROKERS = kafka.brokers;
      await waitUntilTopicsCanBeCreated(kafka.brokers.split(','));
      started.push(`Kafka broker (${kafka.brokers})`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { started, stop };
}

/**
 * A broker that answers may still be electing its controller's leaders: the first topics
 * made on it can time out (kafkajs waits 5 s). One probe topic, waited for, settles it.
 */
async function waitUntilTopicsCanBeCreated(brokers: readonly string[]): Promise<void> {
  const kafka = kafkaClient(brokers);
  const topic = await createTopic(kafka, `bench.probe.${randomBytes(4).toString('hex')}`);
  await deleteTopics(kafka, [topic]);
}

/** The server the cases run on; fails with the way to give one when the runner did not provide it. */
export function databaseServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the case through bench/run.ts, which starts a PostgreSQL, or give one');
  return url;
}

export function kafkaBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: run the case through bench/run.ts, which starts a broker, or give one');
  return brokers
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

export interface ScratchDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the server, dropped by `drop` (so runs never see each other's rows). */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
