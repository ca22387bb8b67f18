/**
 * The ledger's services as real processes for the HTTP benchmarks, started from the
 * sources as the integration tests start them (test/support/service-process.ts):
 *
 * - the embedded default: one process (`main.js all`) with its own embedded PostgreSQL in a
 *   scratch data folder and the in-process transport, as `npm start` runs it;
 * - the full mode: the ledger, the projector and the gateway as three processes on the
 *   run's PostgreSQL server (a scratch database) and Kafka broker (a fresh topic and group).
 *
 * Every variable `BENCH_SERVICE_<NAME>` of the benchmark's environment is passed to the
 * services as `<NAME>` (to raise a rate limit, say, or change a batch size).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../test/support/free-port';
import { ServiceProcess } from '../../test/support/service-process';
import { createScratchDatabase } from '../infrastructure';
import { deleteTopics, kafkaClient } from '../limits/kafka-rates';
import { ProcessMemory, processMemory } from '../process-memory';

const START_TIMEOUT_MS = 180_000;

export type LedgerMode = 'embedded' | 'full';

export interface RunningLedger {
  readonly mode: LedgerMode;
  readonly gatewayUrl: string;
  /** The database of the event store, the read models and the projection checkpoints. */
  readonly databaseUrl: string;
  readonly jwtSecret: string;
  /** How long the services took to start (listening), ms. */
  readonly startMs: number;
  /** Each service process by name (`all` in the embedded default). */
  readonly services: Readonly<Record<string, ServiceProcess>>;
  /** Each service's memory now; read before `stop`. */
  memory(): Record<string, ProcessMemory | undefined>;
  stop(): Promise<void>;
}

/** Settings the benchmark's environment passes through to the services. */
function passedThrough(): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name.startsWith('BENCH_SERVICE_') && value !== undefined) settings[name.slice('BENCH_SERVICE_'.length)] = value;
  }
  return settings;
}

/**
 * With `BENCH_CPU_PROFILE_DIR` set, each service process writes a V8 CPU profile there when
 * it stops (`--cpu-prof`; open it in Chrome's DevTools or speedscope).
 */
function profilingArguments(): string[] {
  const directory = process.env.BENCH_CPU_PROFILE_DIR;
  return directory ? ['--cpu-prof', `--cpu-prof-dir=${directory}`] : [];
}

function commonEnvironment(jwtSecret: string): Record<string, string> {
  return {
    LOG_LEVEL: 'info',
    JWT_SECRET: jwtSecret,
    // The load comes from this machine: per-address limits stay off for loopback (the default,
    // said here so a change of default does not throttle the benchmark). Per-actor limits stay
    // as configured: the commands come from many stakeholders, each well under its limit.
    RATE_LIMIT_LOOPBACK: 'off',
    // Given, so the embedded default does not make a signing key in the working folder's .data.
    AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Waits until each service logs that it listens; fails as soon as one exits instead. */
async function waitListening(services: readonly ServiceProcess[]): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const listening = (s: ServiceProcess) => s.lines.some((line) => line.message === 'listening');
  try {
    while (!services.every(listening)) {
      const gone = services.find((s) => !listening(s) && processMemory(s.pid) === undefined);
      if (gone) throw new Error(`the ${gone.service} service exited before it listened:\n${gone.tail(30)}`);
      if (Date.now() > deadline)
        throw new Error(`the services did not listen within ${START_TIMEOUT_MS} ms:\n${services.map((s) => s.tail(10)).join('\n')}`);
      await sleep(100);
    }
  } catch (error) {
    await Promise.all(services.map((s) => s.stop()));
    throw error;
  }
}

function memoryOf(services: Record<string, ServiceProcess>): Record<string, ProcessMemory | undefined> {
  return Object.fromEntries(Object.entries(services).map(([name, service]) => [name, processMemory(service.pid)]));
}

/** `npm start`: every service in one process, its own embedded PostgreSQL, no Kafka. */
export async function startEmbeddedLedger(): Promise<RunningLedger> {
  const jwtSecret = randomBytes(32).toString('base64');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-embedded-'));
  const pgPort = await freePort();
  const port = await freePort();
  const started = performance.now();
  const all = ServiceProcess.start(
    'all',
    {
      ...commonEnvironment(jwtSecret),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(port),
      ...passedThrough(),
    },
    profilingArguments(),
  );
  try {
    await waitListening([all]);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const services = { all };
  return {
    mode: 'embedded',
    gatewayUrl: `http://127.0.0.1:${port}`,
    // As libs/platform/src/embedded-postgres.ts makes it.
    databaseUrl: `postgres://ledger:ledger@127.0.0.1:${pgPort}/ledger`,
    jwtSecret,
    startMs: Math.round(performance.now() - started),
    services,
    memory: () => memoryOf(services),
    stop: async () => {
      await all.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The full mode: ledger, projector and gateway as three processes on the run's PostgreSQL and Kafka. */
export async function startFullLedger(serverUrl: string, brokers: readonly string[]): Promise<RunningLedger> {
  const jwtSecret = randomBytes(32).toString('base64');
  const database = await createScratchDatabase(serverUrl, 'bench_http');
  const suffix = randomBytes(4).toString('hex');
  const ledgerPort = await freePort();
  const port = await freePort();
  const env = {
    ...commonEnvironment(jwtSecret),
    RUN_MODE: 'full',
    DATABASE_URL: database.url,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_EVENTS_TOPIC: `bench.ledger.events.${suffix}`,
    KAFKA_PROJECTOR_GROUP: `bench-projector-${suffix}`,
    PORT: String(port),
    LEDGER_PORT: String(ledgerPort),
    LEDGER_URL: `http://127.0.0.1:${ledgerPort}`,
    PROJECTOR_PORT: String(await freePort()),
    INTERNAL_API_TOKEN: `bench-${suffix}-${randomBytes(24).toString('hex')}`,
    ...passedThrough(),
  };
  const started = performance.now();
  const services: Record<string, ServiceProcess> = {};
  try {
    // As the integration tests do: the ledger and the projector first (each runs its migrations), then the gateway.
    services.ledger = ServiceProcess.start('ledger', env, profilingArguments());
    services.projector = ServiceProcess.start('projector', env, profilingArguments());
    await waitListening([services.ledger, services.projector]);
    services.gateway = ServiceProcess.start('gateway', env, profilingArguments());
    await waitListening([services.gateway]);
  } catch (error) {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    await database.drop().catch(() => undefined);
    throw error;
  }
  return {
    mode: 'full',
    gatewayUrl: `http://127.0.0.1:${port}`,
    databaseUrl: database.url,
    jwtSecret,
    startMs: Math.round(performance.now() - started),
    services,
    memory: () => memoryOf(services),
    stop: async () => {
      await Promise.all(Object.values(services).map((s) => s.stop()));
      await database.drop();
      // On a broker that outlives the run, the events topic would otherwise stay.
      await deleteTopics(kafkaClient(brokers), [env.KAFKA_EVENTS_TOPIC]);
    },
  };
}
