import { EntityManager } from 'typeorm';
import { Projection } from '../projection';

const MAX_IDENTIFIER_BYTES = 63;

/** The schema a projection's new version is built in: `rebuild_documents_v2`. */
export function scratchSchemaName(projection: Pick<Projection, 'name' | 'version'>): string {
  const suffix = `_v${projection.version}`;
  const name = projection.name.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
  return `rebuild_${name}`.slice(0, MAX_IDENTIFIER_BYTES - suffix.length) + suffix;
}

/** An identifier quoted for SQL. */
export function quoteIdent(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** The tables that more than one projection claims to write (a rebuild of one would lose the other's rows). */
export function sharedTables(projections: readonly Pick<Projection, 'name' | 'tables'>[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const projection of projections) {
    // A projection that does not list its tables yet cannot be rebuilt, but shares nothing either.
    for (const table of projection.tables ?? []) owners.set(table, [...(owners.get(table) ?? []), projection.name]);
  }
  return new Map([...owners].filter(([, names]) => names.length > 1));
}

/**
 * Points a definition PostgreSQL printed with every name qualified (an index, a constraint)
 * at the scratch schema for the tables being rebuilt: `ON public.documents` becomes
 * `ON "rebuild_documents_v2".documents`. `qualifiedTables` maps each table's printed name
 * (`public.documents`, `public."Odd Name"`) to its name in the scratch schema.
 */
export function retarget(definition: string, qualifiedTables: ReadonlyMap<string, string>): string {
  let result = definition;
  for (const [printed, scratch] of qualifiedTables) {
    const escaped = printed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Not a prefix of a longer name: public.documents must not match public.documents_extra.
    result = result.replace(new RegExp(`${escaped}(?![A-Za-z0-9_$"])`, 'g'), scratch);
  }
  return result;
}

export interface IndexDefinition {
  readonly name: string;
  readonly unique: boolean;
  readonly definition: string;
}

interface TableDefinition {
  readonly table: string;
  readonly printed: string;
  readonly constraints: { name: string; definition: string; kind: string }[];
  readonly indexes: IndexDefinition[];
}

/** What `finishScratchTables` must complete: the tables' logging, and the indexes left to build once the rows are in. */
export interface ScratchTables {
  readonly unlogged: boolean;
  readonly deferredIndexes: readonly string[];
}

function lookupIndexesOf(projection: Projection): ReadonlySet<string> | undefined {
  return projection.lookupIndexes && new Set(projection.lookupIndexes);
}

/**
 * Whether an index is built once the scratch tables are filled rather than row by row while
 * they fill: any index the projection does not look rows up by, when it says which it does;
 * the search indexes otherwise. Unique indexes are kept, as they decide what an upsert does.
 */
export function isBuiltWhenFinished(index: IndexDefinition, lookupIndexes: ReadonlySet<string> | undefined): boolean {
  if (index.unique) return false;
  return lookupIndexes ? !lookupIndexes.has(index.name) : isSearchIndex(index.definition);
}

/**
 * Indexes that serve readers' searches (GIN and GiST: full-text, trigram), not a projection's
 * own lookups: built once over all the rows when the tables are finished, instead of row by
 * row while they fill.
 */
export function isSearchIndex(definition: string): boolean {
  return /\sUSING\s+(gin|gist)\s/i.test(definition);
}

/**
 * Creates the scratch schema of a rebuild with an empty copy of each of the projection's
 * tables: the same columns, defaults, checks, keys and indexes, under the same names (an
 * index's name is unique per schema), so that once moved into public they are
 * indistinguishable from what the migrations made. Unlogged while they fill, when no
 * foreign key stands in the way: nothing reads them before they are made logged. Indexes
 * the projection does not look rows up by are left to `finishScratchTables` (`isBuiltWhenFinished`).
 */
export async function createScratchTables(manager: EntityManager, projection: Projection, schema: string): Promise<ScratchTables> {
  if (!projection.tables?.length)
    throw new Error(`projection ${projection.name} lists no tables: add \`readonly tables = [...]\` naming every table it writes`);
  // Every name printed below comes out schema-qualified, so it can be pointed at the scratch schema.
  await manager.query('SET LOCAL search_path TO pg_catalog');
  const definitions: TableDefinition[] = [];
  for (const table of projection.tables) {
    const [found] = await manager.query(
      `SELECT c.oid::int8 AS oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS printed
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = $1 AND c.relkind IN ('r', 'p')`,
      [table],
    );
    if (!found)
      throw new Error(`projection ${projection.name} lists table ${table}, which is not in the public schema (is its migration missing?)`);
    const [serial] = await manager.query(
      `SELECT a.attname FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
        WHERE d.adrelid = $1::oid AND pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'`,
      [found.oid],
    );
    if (serial)
      throw new Error(`table ${table} has a serial column (${serial.attname}); use GENERATED ... AS IDENTITY, which a rebuild can copy`);
    const constraints = await manager.query(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition, contype AS kind
         FROM pg_constraint WHERE conrelid = $1::oid AND contype IN ('p', 'u', 'x', 'f') ORDER BY contype <> 'p', conname`,
      [found.oid],
    );
    const indexes: IndexDefinition[] = await manager.query(
      `SELECT ic.relname AS name, i.indisunique AS unique, pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
        WHERE i.indrelid = $1::oid AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
        ORDER BY i.indexrelid`,
      [found.oid],
    );
    definitions.push({ table, printed: found.printed, constraints, indexes });
  }
  const lookupIndexes = lookupIndexesOf(projection);
  const unknown = [...(lookupIndexes ?? [])].filter((name) => !definitions.some((d) => d.indexes.some((index) => index.name === name)));
  if (unknown.length > 0)
    throw new Error(`projection ${projection.name} looks rows up by indexes its tables do not have: ${unknown.join(', ')}`);

  const unlogged = definitions.every((d) => d.constraints.every((c) => c.kind !== 'f'));
  const scratchOf = new Map(definitions.map((d) => [d.printed, `${quoteIdent(schema)}.${quoteIdent(d.table)}`]));
  await manager.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  await manager.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
  for (const d of definitions) {
    await manager.query(
      `CREATE ${unlogged ? 'UNLOGGED ' : ''}TABLE ${scratchOf.get(d.printed)} (LIKE ${d.printed} INCLUDING ALL EXCLUDING INDEXES EXCLUDING STATISTICS)`,
    );
  }
  const deferredIndexes: string[] = [];
  for (const d of definitions) {
    for (const c of d.constraints.filter((c) => c.kind !== 'f')) {
      await manager.query(`ALTER TABLE ${scratchOf.get(d.printed)} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.definition}`);
    }
    for (const index of d.indexes) {
      if (isBuiltWhenFinished(index, lookupIndexes)) deferredIndexes.push(retarget(index.definition, scratchOf));
      else await manager.query(retarget(index.definition, scratchOf));
    }
  }
  for (const d of definitions) {
    for (const c of d.constraints.filter((c) => c.kind === 'f')) {
      await manager.query(
        `ALTER TABLE ${scratchOf.get(d.printed)} ADD CONSTRAINT ${quoteIdent(c.name)} ${retarget(c.definition, scratchOf)}`,
      );
    }
  }
  return { unlogged, deferredIndexes };
}

/** Makes the filled scratch tables durable, builds the indexes left for the end and gives the planner their statistics, before they serve. */
export async function finishScratchTables(
  manager: EntityManager,
  projection: Projection,
  schema: string,
  scratch: ScratchTables,
): Promise<void> {
  for (const table of projection.tables) {
    if (scratch.unlogged) await manager.query(`ALTER TABLE ${quoteIdent(schema)}.${quoteIdent(table)} SET LOGGED`);
  }
  for (const index of scratch.deferredIndexes) await manager.query(index);
  for (const table of projection.tables) await manager.query(`ANALYZE ${quoteIdent(schema)}.${quoteIdent(table)}`);
}

/**
 * Replaces the projection's tables in public by the scratch schema's, under the same names,
 * and drops the scratch schema. Run in the swap's transaction: readers see the old tables
 * or the new ones, never a mix.
 */
export async function swapInScratchTables(manager: EntityManager, projection: Projection, schema: string): Promise<void> {
  for (const table of projection.tables) {
    await manager.query(`DROP TABLE public.${quoteIdent(table)}`);
    await manager.query(`ALTER TABLE ${quoteIdent(schema)}.${quoteIdent(table)} SET SCHEMA public`);
  }
  await manager.query(`DROP SCHEMA ${quoteIdent(schema)}`);
}

/** Drops what a rebuild that did not finish left behind. */
export async function dropScratchSchema(manager: EntityManager, schema: string): Promise<void> {
  await manager.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
}
