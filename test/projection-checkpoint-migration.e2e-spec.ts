import { DataSource } from 'typeorm';
import { runMigrations } from '#libs/platform';
import { KeyProjectionCheckpointsByNameAndVersion1732401450000, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { createTestDatabase } from './support/test-database';

/** The read side's schema before checkpoints had a name and a version of their own. */
const BEFORE = READ_MODEL_MIGRATIONS.filter((migration) => migration !== KeyProjectionCheckpointsByNameAndVersion1732401450000);
const UPDATED_AT = new Date('2026-03-01T12:00:00Z');

describe('projection checkpoints keyed by name and version', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('checkpoint_migration');
    await runMigrations(database.url, 'projector', BEFORE);
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [...READ_MODEL_MIGRATIONS],
      migrationsTableName: 'projector_migrations',
    }).initialize();
    await dataSource.query(
      'INSERT INTO projection_checkpoints (projection, position, updated_at) VALUES ($1, 40, $4), ($2, 7, $4), ($3, 0, $4), ($5, 3, $4)',
      ['documents@v2', 'document_texts@v1', 'search@v13', UPDATED_AT, 'not-a-checkpoint'],
    );
    await runMigrations(database.url, 'projector', READ_MODEL_MIGRATIONS);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('carries each checkpoint over to its name and version, where it stood and when it moved, and drops a key of another shape', async () => {
    expect(
      await dataSource.query('SELECT name, version, position, updated_at FROM projection_checkpoints ORDER BY name COLLATE "C", version'),
    ).toEqual([
      { name: 'document_texts', version: 1, position: '7', updated_at: UPDATED_AT },
      { name: 'documents', version: 2, position: '40', updated_at: UPDATED_AT },
      { name: 'search', version: 13, position: '0', updated_at: UPDATED_AT },
    ]);
  });

  it('keeps one checkpoint per name and version, and another version of the same projection beside it', async () => {
    await expect(dataSource.query("INSERT INTO projection_checkpoints (name, version) VALUES ('documents', 2)")).rejects.toMatchObject({
      driverError: { code: '23505' },
    });
    await dataSource.query("INSERT INTO projection_checkpoints (name, version) VALUES ('documents', 3)");
    expect(await dataSource.query("SELECT version FROM projection_checkpoints WHERE name = 'documents' ORDER BY version")).toEqual([
      { version: 2 },
      { version: 3 },
    ]);
  });

  it('goes back to the name@vN keys when reverted', async () => {
    await dataSource.undoLastMigration();
    expect(await dataSource.query('SELECT projection, position FROM projection_checkpoints ORDER BY projection COLLATE "C"')).toEqual([
      { projection: 'document_texts@v1', position: '7' },
      { projection: 'documents@v2', position: '40' },
      { projection: 'documents@v3', position: '0' },
      { projection: 'search@v13', position: '0' },
    ]);
  });
});
