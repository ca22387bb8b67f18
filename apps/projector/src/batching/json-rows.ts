import { EntityManager } from 'typeorm';

/**
 * Multi-row writes for the projections that apply in batches, in raw SQL: a batch's rows
 * travel as one JSON array that `jsonb_to_recordset` turns back into typed columns (arrays
 * and jsonb included), which costs PostgreSQL and the client far less per row than
 * TypeORM's upsert. Table names are left unqualified so that a rebuild's search_path
 * points them at its scratch schema.
 */
export interface JsonTable {
  readonly name: string;
  /** Every column written, with its SQL type: `{ position: 'bigint', provisions: 'text[]' }`. */
  readonly columns: Readonly<Record<string, string>>;
  /** The primary key's columns. */
  readonly key: readonly string[];
}

// One statement carries one JSON parameter; chunks bound its size (a history row's details, a document's texts).
const ROWS_PER_STATEMENT = 2_000;

/** Inserts rows (objects keyed by column name), or overwrites every column of a row that exists; of rows with the same key the last is written. */
export async function upsertJsonRows(manager: EntityManager, table: JsonTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const unique = lastOfEachKey(table, rows);
  const columns = Object.keys(table.columns);
  const list = columns.map(quoteIdent).join(', ');
  const definition = columns.map((column) => `${quoteIdent(column)} ${table.columns[column]}`).join(', ');
  const updates = columns
    .filter((column) => !table.key.includes(column))
    .map((column) => `${quoteIdent(column)} = EXCLUDED.${quoteIdent(column)}`);
  const conflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  const sql = `INSERT INTO ${quoteIdent(table.name)} (${list}) SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS r(${definition}) ON CONFLICT (${table.key.map(quoteIdent).join(', ')}) ${conflict}`;
  for (let start = 0; start < unique.length; start += ROWS_PER_STATEMENT) {
    await manager.query(sql, [JSON.stringify(unique.slice(start, start + ROWS_PER_STATEMENT))]);
  }
}

function lastOfEachKey(table: JsonTable, rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  // One INSERT ... ON CONFLICT DO UPDATE may not touch a row twice.
  const byKey = new Map<string, Record<string, unknown>>();
  for (const row of rows)
    byKey.set(table.key.length === 1 ? String(row[table.key[0]]) : table.key.map((column) => String(row[column])).join('\u0000'), row);
  return byKey.size === rows.length ? [...rows] : [...byKey.values()];
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A timestamp as PostgreSQL should store it: what `new Date(text)` keeps (milliseconds), as TypeORM writes a Date. */
export function timestamp(text: string): string {
  return new Date(text).toISOString();
}

/**
 * Writes queued while a batch goes on, so that PostgreSQL stores one chunk of rows while the
 * next is computed. They run one after another in the order sent (a connection runs one
 * query at a time), before any statement sent after `finish`; `finish` waits for them all
 * and reports the first failure, after which the rest are not sent.
 */
export class WritesInFlight {
  private last: Promise<void> = Promise.resolve();
  private failure?: { readonly reason: unknown };

  /** Queues `write(...args)` behind the writes sent before; the arguments are taken now. */
  async send<Args extends unknown[]>(write: (...args: Args) => Promise<void>, ...args: Args): Promise<void> {
    this.last = this.last.then(async () => {
      if (this.failure) return;
      try {
        await write(...args);
      } catch (reason) {
        this.failure = { reason };
      }
    });
  }

  async finish(): Promise<void> {
    await this.last;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure.reason;
  }
}
