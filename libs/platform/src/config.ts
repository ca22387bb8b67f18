/**
 * Configuration, read and validated once at start from the environment. The rest of the
 * code receives an AppConfig and never reads process.env.
 */

import { AuditKeys, loadAuditKeys } from './audit-config';
import { readFileSync } from 'node:fs';
import { AuthConfig, loadAuthConfig } from './auth-config';
import { DEFAULT_EMBEDDED_DATABASE_DIR } from './data-folders';
import { MetricsConfig, loadMetricsConfig } from './metrics-config';
import { PdfConfig, loadPdfConfig } from './pdf-config';
import { SecurityConfig, loadSecurityConfig } from './security-config';

export * from './audit-config';
export * from './security-config';
export * from './metrics-config';
export * from './pdf-config';

export type RunMode = 'embedded' | 'full';
export type ServiceName = 'gateway' | 'ledger' | 'projector';
export const SERVICE_NAMES: readonly ServiceName[] = ['gateway', 'ledger', 'projector'];

export interface KafkaConfig {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly eventsTopic: string;
  readonly projectorGroupId: string;
}

export type DatabaseConfig =
  { readonly kind: 'url'; readonly url: string } | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number };

export interface FaultInjection {
  /** Fault suite only: the projector pauses this long halfway through applying a batch. */
  readonly projectorPauseMidBatchMs: number;
  /** Fault suite only: the relay pauses this long after publishing and before marking. */
  readonly relayPauseAfterPublishMs: number;
}

/** Tamper evidence: the keys of the signed checkpoints and how often the ledger writes one. */
export interface AuditConfig extends AuditKeys {
  /** The ledger writes a checkpoint once this many events were recorded since the last. */
  readonly checkpointEveryEvents: number;
  /** ...and at least this often while events keep coming. */
  readonly checkpointIntervalMs: number;
}

/** What an uploaded Office file may weigh: as sent, once decompressed, in entries, and in compression ratio (zip bombs). */
export interface UploadLimitsConfig {
  readonly maxUploadBytes: number;
  readonly maxUncompressedBytes: number;
  readonly maxEntries: number;
  readonly maxCompressionRatio: number;
}

export interface AppConfig {
  readonly mode: RunMode;
  readonly services: readonly ServiceName[];
  readonly gatewayPort: number;
  readonly ledgerPort: number;
  readonly projectorPort: number;
  /** Where the gateway sends commands in full mode. */
  readonly ledgerUrl: string;
  /** Full mode: the secret the gateway presents to the ledger's internal command API. */
  readonly internalApiToken?: string;
  readonly maxBodyBytes: number;
  /** Limits on uploaded Office files (Word contributions), apart from the JSON body limit. */
  readonly uploads: UploadLimitsConfig;
  /** Whether /metrics is served, and the token it asks for. */
  readonly metrics: MetricsConfig;
  readonly database: DatabaseConfig;
  readonly kafka?: KafkaConfig;
  readonly relayBatchSize: number;
  readonly relayPollIntervalMs: number;
  /** How often the ledger looks for silences whose deadline has passed (besides a timer for the nearest one). */
  readonly silenceClockIntervalMs: number;
  readonly projectorBatchSize: number;
  /** Group commit of the ledger's appends: how long a busy append waits for company (ms, 0: never) and the most in one commit. */
  readonly groupCommit: { readonly maxWaitMs: number; readonly maxBatch: number };
  /** On SIGTERM or SIGINT, how long requests being served may run before their connections are closed. */
  readonly shutdownGraceMs: number;
  readonly faults: FaultInjection;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Bearer-token identity for the HTTP API; set when the gateway runs in this process. */
  readonly auth?: AuthConfig;
  /** Audit checkpoints; the keys are read when the ledger runs in this process. */
  readonly audit: AuditConfig;
  /** Rate limits, trusted proxies and the limits of a request body beyond its size. */
  readonly security: SecurityConfig;
  /** Where PDF is printed (the gateway's documents in PDF). */
  readonly pdf: PdfConfig;
  /** What loading the configuration did that an operator should hear of, for the log. */
  readonly notices: readonly string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and validates the configuration for the given services; throws ConfigError listing every problem. */
export function loadConfig(env: Env, services: readonly ServiceName[]): AppConfig {
  const problems: string[] = [];
  const notices: string[] = [];
  const reader = new EnvReader(env, problems);

  const mode = reader.oneOf('RUN_MODE', ['embedded', 'full'] as const, 'embedded');
  const database: DatabaseConfig = env.DATABASE_URL
    ? { kind: 'url', url: reader.url('DATABASE_URL', ['postgres:', 'postgresql:']) }
    : { kind: 'embedded', dataDir: env.DATA_DIR || DEFAULT_EMBEDDED_DATABASE_DIR, port: reader.port('EMBEDDED_PG_PORT', 54329) };

  let kafka: KafkaConfig | undefined;
  let internalApiToken: string | undefined;
  if (mode === 'full' && (services.includes('gateway') || services.includes('ledger'))) {
    internalApiToken = readInternalApiToken(env, problems);
    if (!internalApiToken || internalApiToken.length < 32) {
      problems.push(
        'INTERNAL_API_TOKEN is required in the full mode for the gateway and the ledger: the same secret of at least 32 characters on both',
      );
    }
  }
  if (mode === 'full') {
    if (database.kind === 'embedded') problems.push('DATABASE_URL is required when RUN_MODE=full (e.g. postgres://user@host:5432/ledger)');
    const brokers = (env.KAFKA_BROKERS ?? '')
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean);
    if (brokers.length === 0) problems.push('KAFKA_BROKERS is required when RUN_MODE=full (e.g. kafka:9092 or host1:9092,host2:9092)');
    for (const broker of brokers) {
      if (!/^[A-Za-z0-9._-]+:\d{1,5}$/.test(broker)) problems.push(`KAFKA_BROKERS entry "${broker}" is not host:port`);
    }
    kafka = {
      brokers,
      clientId: env.KAFKA_CLIENT_ID || 'consultation-ledger',
      eventsTopic: reader.topic('KAFKA_EVENTS_TOPIC', 'ledger.events'),
      projectorGroupId: env.KAFKA_PROJECTOR_GROUP || 'ledger-projector',
    };
  } else if (env.KAFKA_BROKERS) {
    problems.push('KAFKA_BROKERS is set but RUN_MODE is embedded: set RUN_MODE=full to use Kafka, or unset KAFKA_BROKERS');
  }
  if (mode === 'embedded' && services.length !== SERVICE_NAMES.length) {
    problems.push('the embedded mode runs all services in one process; set RUN_MODE=full to run one service alone');
  }

  const config: AppConfig = {
    mode,
    services,
    gatewayPort: reader.port('PORT', 3000),
    ledgerPort: reader.port('LEDGER_PORT', 3001),
    projectorPort: reader.port('PROJECTOR_PORT', 3002),
    ledgerUrl: env.LEDGER_URL ? reader.url('LEDGER_URL', ['http:', 'https:']) : `http://127.0.0.1:${reader.port('LEDGER_PORT', 3001)}`,
    internalApiToken,
    maxBodyBytes: reader.positiveInt('MAX_BODY_BYTES', 1_048_576),
    uploads: {
      maxUploadBytes: reader.positiveInt('MAX_UPLOAD_BYTES', 10_485_760),
      maxUncompressedBytes: reader.positiveInt('MAX_UPLOAD_UNCOMPRESSED_BYTES', 52_428_800),
      maxEntries: reader.positiveInt('MAX_UPLOAD_ENTRIES', 1000),
      maxCompressionRatio: reader.positiveInt('MAX_UPLOAD_COMPRESSION_RATIO', 100),
    },
    metrics: loadMetricsConfig(env, problems),
    database,
    kafka,
    relayBatchSize: reader.positiveInt('RELAY_BATCH_SIZE', 500),
    relayPollIntervalMs: reader.positiveInt('RELAY_POLL_INTERVAL_MS', 200),
    silenceClockIntervalMs: reader.positiveInt('SILENCE_CLOCK_INTERVAL_MS', 5000),
    projectorBatchSize: reader.positiveInt('PROJECTOR_BATCH_SIZE', 500),
    groupCommit: {
      maxWaitMs: reader.nonNegativeInt('GROUP_COMMIT_MAX_WAIT_MS', 1),
      maxBatch: reader.positiveInt('GROUP_COMMIT_MAX_BATCH', 256),
    },
    shutdownGraceMs: reader.positiveInt('SHUTDOWN_GRACE_MS', 10_000),
    faults: {
      projectorPauseMidBatchMs: reader.nonNegativeInt('FAULT_PROJECTOR_PAUSE_MID_BATCH_MS', 0),
      relayPauseAfterPublishMs: reader.nonNegativeInt('FAULT_RELAY_PAUSE_AFTER_PUBLISH_MS', 0),
    },
    logLevel: reader.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    auth: services.includes('gateway') ? loadAuthConfig(env, { mode, problems, notices }) : undefined,
    audit: {
      ...(services.includes('ledger') ? loadAuditKeys(env, { mode, purpose: 'sign', problems, notices }) : {}),
      checkpointEveryEvents: reader.positiveInt('AUDIT_CHECKPOINT_EVERY_EVENTS', 1000),
      checkpointIntervalMs: reader.positiveInt('AUDIT_CHECKPOINT_INTERVAL_MS', 60_000),
    },
    security: loadSecurityConfig(env, problems, mode),
    pdf: services.includes('gateway') ? loadPdfConfig(env, problems) : { source: 'off', timeoutMs: 30_000 },
    notices,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** INTERNAL_API_TOKEN, or the token in the file INTERNAL_API_TOKEN_FILE names (a container secret). */
function readInternalApiToken(env: Env, problems: string[]): string | undefined {
  if (env.INTERNAL_API_TOKEN && env.INTERNAL_API_TOKEN_FILE) {
    problems.push('INTERNAL_API_TOKEN and INTERNAL_API_TOKEN_FILE are both set: set one');
    return undefined;
  }
  if (!env.INTERNAL_API_TOKEN_FILE) return env.INTERNAL_API_TOKEN;
  try {
    return readFileSync(env.INTERNAL_API_TOKEN_FILE, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    problems.push(
      `INTERNAL_API_TOKEN_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): ${env.INTERNAL_API_TOKEN_FILE}`,
    );
    return undefined;
  }
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }

  port(name: string, fallback: number): number {
    const value = this.nonNegativeInt(name, fallback);
    if (value < 1 || value > 65535) this.problems.push(`${name} must be a TCP port from 1 to 65535 (got ${value})`);
    return value;
  }

  positiveInt(name: string, fallback: number): number {
    const value = this.nonNegativeInt(name, fallback);
    if (value < 1) this.problems.push(`${name} must be a positive whole number (got ${value})`);
    return value;
  }

  nonNegativeInt(name: string, fallback: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+$/.test(raw)) {
      this.problems.push(`${name} must be a whole number (got "${raw}")`);
      return fallback;
    }
    return Number(raw);
  }

  url(name: string, protocols: readonly string[]): string {
    const raw = this.env[name] ?? '';
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return raw;
  }

  topic(name: string, fallback: string): string {
    const raw = this.env[name] || fallback;
    if (!/^[A-Za-z0-9._-]{1,200}$/.test(raw)) this.problems.push(`${name} must be a Kafka topic name (letters, digits, . _ -)`);
    return raw;
  }
}
