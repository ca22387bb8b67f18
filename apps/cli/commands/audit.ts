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
import { createWriteStream, readFileSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { Pool } from 'pg';
import { AuditReport, ed25519PublicKey, formatAuditReport } from '#libs/audit';
import { verificationNoteText } from '#libs/web';
import { CheckpointWriter, EMBEDDED_KAFKA_NOTE, createKafka, exportAuditBundle, verifyRecordedHistory } from '#libs/eventstore';
import { createLogger, loadAuditKeys, logConnectionErrors } from '#libs/platform';
import type { Command, CommandIo } from './command';
import { USAGE_ERROR } from './command';
import { noteLanguage } from './note-language';
import { AUDIT_USAGE, AuditArgs, AuditCommandIo, DIVERGENCE, Env, UNREADABLE, UsageError, parseAuditArgs } from './audit-args';
import { AuditDatabase, resolveDatabase } from './audit-database';
import { restoreFromBundle } from './audit-restore';
import { Progress, SILENT_PROGRESS } from '../progress';

export { DIVERGENCE, UNREADABLE } from './audit-args';
export type { AuditCommandIo } from './audit-args';

/** Runs `cli audit` (verify, checkpoint, export or restore); resolves to the exit code. */
export async function auditCommand(argv: readonly string[], io: AuditCommandIo): Promise<number> {
  let args: AuditArgs;
  try {
    args = parseAuditArgs(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`audit: ${error.message}\nusage: cli ${AUDIT_USAGE}\n`);
    return USAGE_ERROR;
  }
  if (args.action === 'restore') return restoreFromBundle(args, io);
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
    io.stderr(
      'audit: no public key for the bundle to carry: set AUDIT_PUBLIC_KEY_FILE (or AUDIT_SIGNING_KEY_FILE), or run where the embedded default keeps its development key (.data)\n',
    );
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

  let database: AuditDatabase;
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
      const kafka = args.kafkaBrokers
        ? { kafka: createKafka(args.kafkaBrokers, 'ledger-audit-cli', logger), topic: args.topic! }
        : undefined;
      const passes = new Map<'store' | 'kafka', Progress>();
      const onProgress = (pass: 'store' | 'kafka', done: number, total: number) => {
        let progress = passes.get(pass);
        if (!progress) {
          for (const earlier of passes.values()) earlier.finish();
          progress =
            io.progress?.({ label: `audit verify: ${pass}`, unit: pass === 'store' ? 'events' : 'messages', total }) ?? SILENT_PROGRESS;
          passes.set(pass, progress);
        }
        progress.update(done, total);
      };
      const { timings: _, ...answer } = await verifyRecordedHistory({
        databaseUrl: database.url,
        logger,
        kafka,
        kafkaSkipped:
          mode === 'embedded' && !args.databaseUrl && !io.env.DATABASE_URL
            ? EMBEDDED_KAFKA_NOTE
            : 'no Kafka brokers were given (--kafka-brokers)',
        publicKeyPem,
        workers: args.workers,
        onProgress,
      });
      for (const progress of passes.values()) progress.finish();
      report = answer;
    } catch (error) {
      io.stderr(`audit: the history could not be read: ${(error as Error).message}\n`);
      return UNREADABLE;
    }
    io.stdout(
      args.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : formatAuditReport(report, 20, verificationNoteText(noteLanguage(args.lang, io.env))),
    );
    return report.ok ? 0 : DIVERGENCE;
  } finally {
    await database.stop?.();
  }
}

async function checkpoint(databaseUrl: string, signingKeyPem: string, args: AuditArgs, io: AuditCommandIo): Promise<number> {
  const logger = createLogger('audit', 'warn', (line) => io.stderr(`${line}\n`));
  const pool = logConnectionErrors(
    new Pool({ connectionString: databaseUrl, max: 1, application_name: 'ledger-audit-cli' }),
    logger,
    'ledger-audit-cli',
  );
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
  const progress = io.progress?.({ label: 'audit export', unit: 'events' }) ?? SILENT_PROGRESS;
  try {
    const end = await exportAuditBundle({
      databaseUrl,
      publicKeyPem,
      logger: createLogger('audit', 'warn', (line) => io.stderr(`${line}\n`)),
      write: async (text) => {
        if (!file.write(text)) await once(file, 'drain');
      },
      onProgress: (written, events) => progress.update(written, events),
    });
    progress.finish();
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

/** The command as the dispatcher lists it; the environment is given once, at start. */
export function auditCliCommand(env: Env): Command {
  return {
    name: 'audit',
    summary:
      'verify the recorded history against its hash chain, Kafka and the signed checkpoints (exit 0 intact, 1 divergence, 2 usage, 3 unreadable); sign a checkpoint now; ' +
      'export the audit bundle for offline verification (npm run verify-bundle); or restore an empty event store from a bundle that verifies',
    usage: AUDIT_USAGE,
    run: (args: readonly string[], io: CommandIo) =>
      auditCommand(args, { stdout: io.stdout, stderr: io.stderr, env, ...(io.progress ? { progress: io.progress } : {}) }),
  };
}
