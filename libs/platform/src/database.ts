import { DataSource, type DataSourceOptions as TypeOrmDataSourceOptions } from 'typeorm';
import { Logger } from './logger';

type MigrationClass = new () => unknown;

export interface DataSourceOptions {
  readonly url: string;
  readonly entities?: TypeOrmDataSourceOptions['entities'];
  readonly poolSize?: number;
  readonly applicationName: string;
  /** Where the pool's connection errors go; without it TypeORM's own logger (silent by default) takes them. */
  readonly logger?: Logger;
}

/** A pg Pool (the errors of its idle clients) or Client (errors outside a query). */
interface ConnectionErrorSource {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Logs the errors a pg Pool or Client raises outside any query, where an 'error' event with
 * no listener would crash the process: the server ended an idle connection (a restart, or the
 * embedded PostgreSQL stopping at shutdown). A pool opens a new connection when next asked.
 */
export function logConnectionErrors<T extends ConnectionErrorSource>(connection: T, logger: Logger, name: string): T {
  connection.on('error', (error) => logConnectionError(logger, name, error));
  return connection;
}

function logConnectionError(logger: Logger, name: string, error: Error): void {
  logger.warn('postgres ended a connection', { connection: name, code: (error as { code?: string }).code, error: error.message });
}

/** A TypeORM data source on PostgreSQL. Schema changes come from migrations only, never synchronize. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    synchronize: false,
    migrationsRun: false,
    extra: { max: options.poolSize ?? 10, application_name: options.applicationName },
    ...(options.logger ? { poolErrorHandler: (error: Error) => logConnectionError(options.logger!, options.applicationName, error) } : {}),
  });
}

/**
 * Runs the migrations one owner (the ledger, the projector) needs, each owner with its own
 * history table. An advisory lock keeps services that start together from racing.
 */
export async function runMigrations(url: string, owner: string, migrations: readonly MigrationClass[]): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: [...migrations],
    migrationsTableName: `${owner}_migrations`,
    migrationsTransactionMode: 'each',
    extra: { max: 1, application_name: `${owner}-migrations` },
  });
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock(7301336)');
    await dataSource.runMigrations();
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock(7301336)').catch(() => undefined);
    await dataSource.destroy();
  }
}
