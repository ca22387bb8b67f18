import type { Locale } from '#libs/web';
import { NOTE_LANGUAGES, noteLanguageOption } from './note-language';

/**
 * What `cli audit` is given and what it answers: its usage, its arguments parsed and
 * checked before any source is reached, its io and its exit codes.
 */
import type { ShowProgress } from './command';

export const AUDIT_USAGE = [
  'audit verify [--database-url <url>] [--kafka-brokers <host:port,...> [--topic <name>]] [--public-key-file <pem>] [--workers <n>] [--json] [--lang ar|en]',
  'audit checkpoint [--database-url <url>] [--json]',
  'audit export --out <file> [--database-url <url>] [--checkpoint]',
  'audit restore <bundle> [--database-url <url>] [--public-key-file <pem>] [--lang ar|en]',
].join('\n      ');

/** Exit code when the history diverges from its record. */
export const DIVERGENCE = 1;
/** Exit code when a source (PostgreSQL, Kafka) could not be read: nothing is known about the history. */
export const UNREADABLE = 3;

export type Env = Readonly<Record<string, string | undefined>>;

export interface AuditCommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Env;
  /** Where the development key is kept; `.data` unless given. */
  readonly dataDir?: string;
  readonly progress?: ShowProgress;
}

/** A mistake in the command line or its configuration: exit code USAGE_ERROR (command.ts). */
export class UsageError {
  constructor(readonly message: string) {}
}

export interface AuditArgs {
  readonly action: 'verify' | 'checkpoint' | 'export' | 'restore';
  readonly databaseUrl?: string;
  readonly kafkaBrokers?: string[];
  readonly topic?: string;
  readonly publicKeyFile?: string;
  readonly workers?: number;
  readonly json: boolean;
  readonly out?: string;
  readonly checkpointFirst?: boolean;
  readonly bundle?: string;
  /** The language of the notes (--lang); the environment's when not given. */
  readonly lang?: Locale;
}

/** Reads `audit <action> [options]`, with the environment's defaults; throws UsageError. */
export function parseAuditArgs(argv: readonly string[], env: Env): AuditArgs {
  const [action, ...rest] = argv;
  if (action !== 'verify' && action !== 'checkpoint' && action !== 'export' && action !== 'restore') {
    throw new UsageError(action === undefined ? 'say what to do: verify, checkpoint, export or restore' : `unknown action "${action}"`);
  }
  let databaseUrl: string | undefined;
  let brokers: string | undefined;
  let topic: string | undefined;
  let publicKeyFile: string | undefined;
  let workers: number | undefined;
  let json = false;
  let out: string | undefined;
  let checkpointFirst = false;
  let bundle: string | undefined;
  let lang: Locale | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || v.trim() === '' || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--database-url':
        databaseUrl = value();
        if (!/^postgres(ql)?:\/\//.test(databaseUrl))
          throw new UsageError(`--database-url must be a postgres:// URL (got "${databaseUrl}")`);
        break;
      case '--kafka-brokers':
        if (action !== 'verify') throw new UsageError('--kafka-brokers is for audit verify');
        brokers = value();
        break;
      case '--topic':
        if (action !== 'verify') throw new UsageError('--topic is for audit verify');
        topic = value();
        break;
      case '--public-key-file':
        if (action !== 'verify' && action !== 'restore') throw new UsageError('--public-key-file is for audit verify and audit restore');
        publicKeyFile = value();
        break;
      case '--workers': {
        const raw = value();
        if (!/^\d+$/.test(raw) || Number(raw) > 64) throw new UsageError(`--workers must be a whole number from 0 to 64 (got "${raw}")`);
        workers = Number(raw);
        break;
      }
      case '--json':
        if (action === 'export' || action === 'restore') throw new UsageError('--json is for audit verify and audit checkpoint');
        json = true;
        break;
      case '--out':
        if (action !== 'export') throw new UsageError('--out is for audit export');
        out = value();
        break;
      case '--lang': {
        if (action !== 'verify' && action !== 'restore') throw new UsageError('--lang is for audit verify and audit restore');
        const raw = value();
        lang = noteLanguageOption(raw);
        if (lang === undefined) throw new UsageError(`--lang must be ${NOTE_LANGUAGES} (got "${raw}")`);
        break;
      }
      case '--checkpoint':
        if (action !== 'export') throw new UsageError('--checkpoint is for audit export');
        checkpointFirst = true;
        break;
      default:
        if (action === 'restore' && !arg.startsWith('-') && bundle === undefined) {
          bundle = arg;
          break;
        }
        throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`);
    }
  }
  if (action === 'export' && out === undefined) throw new UsageError('audit export needs --out <file>');
  if (action === 'restore' && bundle === undefined) throw new UsageError('audit restore needs the bundle file');
  if (topic !== undefined && brokers === undefined && !(env.RUN_MODE === 'full' && env.KAFKA_BROKERS))
    throw new UsageError('--topic needs --kafka-brokers');
  if (action === 'verify' && brokers === undefined && env.RUN_MODE === 'full') brokers = env.KAFKA_BROKERS;
  if (action === 'verify' && env.RUN_MODE === 'full' && !brokers)
    throw new UsageError('the full mode compares the store with Kafka: give --kafka-brokers or set KAFKA_BROKERS');
  const kafkaBrokers = brokers
    ?.split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  for (const broker of kafkaBrokers ?? []) {
    if (!/^[A-Za-z0-9._-]+:\d{1,5}$/.test(broker)) throw new UsageError(`--kafka-brokers entry "${broker}" is not host:port`);
  }
  if (kafkaBrokers !== undefined && kafkaBrokers.length === 0) throw new UsageError('--kafka-brokers names no broker');
  return {
    action,
    databaseUrl,
    kafkaBrokers,
    topic: kafkaBrokers ? (topic ?? env.KAFKA_EVENTS_TOPIC ?? 'ledger.events') : undefined,
    publicKeyFile,
    workers,
    json,
    out,
    checkpointFirst,
    bundle,
    ...(lang ? { lang } : {}),
  };
}
