import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

// PostgreSQL takes at most 65,535 parameters in one statement.
const MAX_PARAMETERS = 60_000;

/**
 * Inserts or updates many rows of one entity in as few statements as PostgreSQL allows.
 * Rows with the same key are reduced to the last one (one statement may not touch a row
 * twice), so callers may pass every state a row went through in order.
 */
export async function upsertRows<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  rows: readonly Row[],
  keyProperties: readonly (keyof Row & string)[],
): Promise<void> {
  if (rows.length === 0) return;
  const byKey = new Map<string, Row>();
  for (const row of rows) byKey.set(keyProperties.map((property) => String(row[property])).join('\u0000'), row);
  const unique = [...byKey.values()];
  const columns = manager.connection.getMetadata(entity).columns.length;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < unique.length; start += perStatement) {
    await manager.upsert(entity, unique.slice(start, start + perStatement) as never, { conflictPaths: [...keyProperties], skipUpdateIfNoValuesChanged: false });
  }
}

/** Inserts many rows of one entity that are known to be new, in as few statements as PostgreSQL allows. */
export async function insertRows<Row extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = manager.connection.getMetadata(entity).columns.length;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += perStatement) {
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + perStatement) as never).updateEntity(false).execute();
  }
}
