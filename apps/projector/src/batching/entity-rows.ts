import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers.js';
import { JsonTable, quoteIdent, upsertJsonRows } from './json-rows';

type ColumnMetadata = EntityMetadata['columns'][number];

/**
 * A read-model table as its TypeORM entity declares it, for the stores' raw SQL: the entity
 * is the one description of a row (table, columns, types, key), so a store neither repeats
 * the column list nor maps each property to its column by hand.
 */
export interface EntityTable extends JsonTable {
  /** `id, document_id AS "documentId", ...`: every column, under its property's name. */
  readonly selectList: string;
  readonly entityColumns: readonly ColumnMetadata[];
}

const described = new WeakMap<EntityMetadata, EntityTable>();

/** The table of an entity registered with the manager's data source. */
export function entityTable(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): EntityTable {
  const metadata = manager.connection.getMetadata(entity);
  let table = described.get(metadata);
  if (!table) {
    const driver = manager.connection.driver;
    const entityColumns = metadata.columns;
    const columns = Object.fromEntries(
      entityColumns.map((column) => {
        const type = typeof column.type === 'string' ? column.type : driver.normalizeType(column);
        return [column.databaseName, column.isArray ? `${type}[]` : type];
      }),
    );
    const selectList = entityColumns
      .map((column) =>
        column.databaseName === column.propertyPath
          ? quoteIdent(column.databaseName)
          : `${quoteIdent(column.databaseName)} AS ${quoteIdent(column.propertyPath)}`,
      )
      .join(', ');
    table = {
      name: metadata.tableName,
      columns,
      key: metadata.primaryColumns.map((column) => column.databaseName),
      selectList,
      entityColumns,
    };
    described.set(metadata, table);
  }
  return table;
}

/** A row as its table's columns hold it: each property under its column's name, through the column's transformer, a Date as ISO 8601. */
export function toColumns(table: EntityTable, row: ObjectLiteral): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const column of table.entityColumns) {
    const value = column.getEntityValue(row, true);
    columns[column.databaseName] = value instanceof Date ? value.toISOString() : value;
  }
  return columns;
}

/** A row read with the table's `selectList`, through each column's transformer (bigint positions back to numbers). */
export function fromColumns<Row extends ObjectLiteral>(table: EntityTable, raw: ObjectLiteral): Row {
  const row: ObjectLiteral = { ...raw };
  for (const column of table.entityColumns) {
    if (column.transformer && column.propertyPath in row)
      row[column.propertyPath] = ApplyValueTransformers.transformFrom(column.transformer, row[column.propertyPath]);
  }
  return row as Row;
}

/** Inserts or overwrites rows of an entity's table in one statement per chunk (see `upsertJsonRows`). */
export function upsertEntityRows<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  rows: readonly Row[],
): Promise<void> {
  const table = entityTable(manager, entity);
  return upsertJsonRows(
    manager,
    table,
    rows.map((row) => toColumns(table, row)),
  );
}

/** Reads the rows of an entity's table that a condition on its columns selects (`id = ANY ($1::text[])`), every column, as the entity's rows. */
export async function selectEntityRows<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  where: string,
  parameters: readonly unknown[],
): Promise<Row[]> {
  const table = entityTable(manager, entity);
  const raw: ObjectLiteral[] = await manager.query(`SELECT ${table.selectList} FROM ${quoteIdent(table.name)} WHERE ${where}`, [
    ...parameters,
  ]);
  return raw.map((row) => fromColumns<Row>(table, row));
}
