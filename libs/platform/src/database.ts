import { DataSource, MixedList, EntitySchema } from 'typeorm';

type MigrationClass = new () => unknown;

export interface DataSourceOptions {
  readonly url: string;
  readonly entities?: MixedList<Function | string | EntitySchema>;
  readonly poolSize?: number;
  readonly applicationName: string;
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
    migrations: [...migrations] as Function[],
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
